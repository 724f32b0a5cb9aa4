using System.Buffers;

namespace TelnetLite.Core.Telnet;

/// <summary>Builds the bytes TelnetLite sends: data with IAC doubling, and the <c>send</c> command's keys.</summary>
internal static class TelnetEncoder
{
    private const byte Iac = (byte)TelnetCommand.Iac;

    /// <summary>Appends <paramref name="data"/> to <paramref name="output"/>, doubling every 255 byte when <paramref name="doubleIac"/> is true.</summary>
    /// <param name="doubleIac">True exactly while Telnet processing is on (RFC 854: IAC IAC is a 255 data byte); raw sessions stay 8-bit clean.</param>
    public static void WriteData(ReadOnlySpan<byte> data, bool doubleIac, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!doubleIac)
        {
            output.Write(data);
            return;
        }

        while (!data.IsEmpty)
        {
            var iacAt = data.IndexOf(Iac);
            if (iacAt < 0)
            {
                output.Write(data);
                return;
            }

            output.Write(data[..(iacAt + 1)]);
            output.Write([Iac]);
            data = data[(iacAt + 1)..];
        }
    }

    /// <summary>Returns <paramref name="data"/> as it must be sent, every 255 byte doubled when <paramref name="doubleIac"/> is true.</summary>
    public static byte[] EncodeData(ReadOnlySpan<byte> data, bool doubleIac)
    {
        var output = new ArrayBufferWriter<byte>(data.Length + 8);
        WriteData(data, doubleIac, output);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>Returns the bytes for one of <c>send</c>'s special keys.</summary>
    /// <param name="escapeCharacter">The session's escape character, sent by <see cref="TelnetSendAction.Escape"/>.</param>
    /// <param name="doubleIac">Whether Telnet processing is on; only matters for an escape character of 255.</param>
    /// <remarks>
    /// For <see cref="TelnetSendAction.Synch"/> the result is IAC DM, and the engine must send it as TCP urgent
    /// data (<c>SocketFlags.OutOfBand</c>) so that the DM is the urgent byte the server's Synch handling looks
    /// for (RFC 854). The commands are returned whatever the mode: whether to send IAC sequences on a raw
    /// session is the caller's choice.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not a defined value.</exception>
    public static byte[] EncodeSendAction(TelnetSendAction action, byte escapeCharacter, bool doubleIac) => action switch
    {
        TelnetSendAction.AbortOutput => Command(TelnetCommand.Ao),
        TelnetSendAction.AreYouThere => Command(TelnetCommand.Ayt),
        TelnetSendAction.Break => Command(TelnetCommand.Brk),
        TelnetSendAction.InterruptProcess => Command(TelnetCommand.Ip),
        TelnetSendAction.Synch => Command(TelnetCommand.Dm),
        TelnetSendAction.Escape => EncodeData([escapeCharacter], doubleIac),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a send action."),
    };

    /// <summary>Returns IAC followed by <paramref name="command"/>.</summary>
    public static byte[] Command(TelnetCommand command) => [Iac, (byte)command];
}
