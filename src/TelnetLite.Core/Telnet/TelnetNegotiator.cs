using System.Buffers;
using System.Text;

namespace TelnetLite.Core.Telnet;

/// <summary>
/// Answers and initiates Telnet option negotiation with RFC 1143's Q method, so that no server can make
/// TelnetLite loop, and answers the subnegotiations of the options it supports.
/// </summary>
/// <remarks>
/// <para>Supported: ECHO from the server (RFC 857; its echo replaces local echo, see <see cref="RemoteEcho"/>),
/// SUPPRESS-GO-AHEAD both ways (RFC 858), TERMINAL-TYPE from us (RFC 1091) and NAWS from us (RFC 1073).
/// Every other request is refused with DONT or WONT, and so is DO ECHO: TelnetLite edits lines locally and
/// never echoes what the server sends.</para>
/// <para>Beyond RFC 1143, two guards bound the replies to any storm: a refusal is never sent twice in a row
/// for one option and side (a server that asks again after being refused is looping, and answering feeds
/// the loop; the first refusal already told it our state), and after
/// <see cref="MaxPeerEnables"/> enables requested by the server for one option and side, further requests
/// for it are refused. Requests to disable are always honoured, as RFC 854 requires.</para>
/// <para>Pure: methods append the bytes to send to the output they are given and return what changed.
/// Not thread-safe: the session's read loop owns it.</para>
/// </remarks>
internal sealed class TelnetNegotiator
{
    /// <summary>The default terminal type: TelnetLite shows escape sequences as text, so it asks for none.</summary>
    public const string DefaultTerminalType = "DUMB";

    /// <summary>How many times the server may have one option enabled on one side before further requests are refused.</summary>
    public const int MaxPeerEnables = 64;

    private const byte Iac = (byte)TelnetCommand.Iac;
    private const byte TerminalTypeIs = 0;
    private const byte TerminalTypeSend = 1;

    private readonly TelnetOptionSide[] _local = new TelnetOptionSide[256];
    private readonly TelnetOptionSide[] _remote = new TelnetOptionSide[256];
    private string _terminalType = DefaultTerminalType;
    private (int Width, int Height)? _windowSize;

    /// <summary>The name sent in answer to SB TERMINAL-TYPE SEND (RFC 1091); <c>set term TYPE</c>.</summary>
    /// <remarks>Takes effect at the server's next SEND. Must pass <see cref="IsValidTerminalType"/>.</remarks>
    /// <exception cref="ArgumentException">The value is not a valid terminal type name.</exception>
    public string TerminalType
    {
        get => _terminalType;
        set
        {
            if (!IsValidTerminalType(value))
            {
                throw new ArgumentException(
                    "A terminal type is 1 to 40 printable ASCII characters without spaces.", nameof(value));
            }

            _terminalType = value;
        }
    }

    /// <summary>Whether the server has agreed to echo (it sent WILL ECHO and we said DO): local echo must be off.</summary>
    public bool RemoteEcho => IsEnabledRemotely((byte)TelnetOption.Echo);

    /// <summary>The last size given to <see cref="SetWindowSize"/>, or null if none was.</summary>
    public (int Width, int Height)? WindowSize => _windowSize;

    /// <summary>Whether <paramref name="name"/> can be sent as a terminal type: 1–40 characters from '!' to '~' (RFC 1091, RFC 1010).</summary>
    public static bool IsValidTerminalType(string? name) =>
        name is { Length: > 0 and <= 40 } && name.All(c => c is > ' ' and <= '~');

    /// <summary>Whether we perform <paramref name="option"/> (our side is YES).</summary>
    public bool IsEnabledLocally(byte option) => _local[option].State == TelnetQState.Yes;

    /// <summary>Whether the server performs <paramref name="option"/> (its side is YES).</summary>
    public bool IsEnabledRemotely(byte option) => _remote[option].State == TelnetQState.Yes;

    internal TelnetOptionSide LocalSide(byte option) => _local[option];

    internal TelnetOptionSide RemoteSide(byte option) => _remote[option];

    /// <summary>What classic telnet does on port 23: DO SUPPRESS-GO-AHEAD, WILL TERMINAL-TYPE, WILL NAWS.</summary>
    /// <remarks>
    /// DO ECHO is deliberately not asked: TelnetLite sends whole lines edited locally, so it accepts the
    /// server's echo when offered (a login's WILL ECHO) but has no use for requesting it. Call once, right
    /// after connecting, and only when the session initiates (port 23); on other ports initiate nothing.
    /// </remarks>
    public void InitiateUsual(IBufferWriter<byte> output)
    {
        RequestRemote((byte)TelnetOption.SuppressGoAhead, true, output);
        RequestLocal((byte)TelnetOption.TerminalType, true, output);
        RequestLocal((byte)TelnetOption.WindowSize, true, output);
    }

    /// <summary>Asks the server to enable or disable <paramref name="option"/> on its side (RFC 1143 section 7).</summary>
    /// <returns>False when the request was pointless (already so, already asked, or an unsupported option to enable); nothing was sent then.</returns>
    public bool RequestRemote(byte option, bool enable, IBufferWriter<byte> output) =>
        Request(ref _remote[option], option, enable, SupportsRemote(option), TelnetCommand.Do, TelnetCommand.Dont, output);

    /// <summary>Offers to enable, or announces disabling, <paramref name="option"/> on our side (RFC 1143 section 7).</summary>
    /// <returns>False when the request was pointless (already so, already asked, or an unsupported option to enable); nothing was sent then.</returns>
    public bool RequestLocal(byte option, bool enable, IBufferWriter<byte> output) =>
        Request(ref _local[option], option, enable, SupportsLocal(option), TelnetCommand.Will, TelnetCommand.Wont, output);

    /// <summary>Handles a received WILL, WONT, DO or DONT and appends any answer to <paramref name="output"/>.</summary>
    /// <remarks>Any other <paramref name="verb"/> is ignored.</remarks>
    public TelnetNegotiationChanges Receive(TelnetCommand verb, byte option, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var echoBefore = RemoteEcho;
        var changed = verb switch
        {
            TelnetCommand.Will => ReceiveEnable(ref _remote[option], option, SupportsRemote(option), TelnetCommand.Do, TelnetCommand.Dont, output),
            TelnetCommand.Wont => ReceiveDisable(ref _remote[option], option, TelnetCommand.Do, TelnetCommand.Dont, output),
            TelnetCommand.Do => ReceiveEnable(ref _local[option], option, SupportsLocal(option), TelnetCommand.Will, TelnetCommand.Wont, output),
            TelnetCommand.Dont => ReceiveDisable(ref _local[option], option, TelnetCommand.Will, TelnetCommand.Wont, output),
            _ => false,
        };

        if (changed && verb is TelnetCommand.Do && option == (byte)TelnetOption.WindowSize && IsEnabledLocally(option))
        {
            WriteWindowSize(output);
        }

        if (echoBefore != RemoteEcho)
        {
            return TelnetNegotiationChanges.RemoteEcho;
        }

        return changed ? TelnetNegotiationChanges.OtherOption : TelnetNegotiationChanges.None;
    }

    /// <summary>Handles a received subnegotiation; answers SB TERMINAL-TYPE SEND while TERMINAL-TYPE is enabled.</summary>
    /// <remarks>The answer is IAC SB TERMINAL-TYPE IS <see cref="TerminalType"/> IAC SE; anything else is ignored.</remarks>
    public void ReceiveSubnegotiation(byte option, ReadOnlySpan<byte> payload, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (option != (byte)TelnetOption.TerminalType || !IsEnabledLocally(option)
            || payload.Length != 1 || payload[0] != TerminalTypeSend)
        {
            return;
        }

        output.Write([Iac, (byte)TelnetCommand.Sb, (byte)TelnetOption.TerminalType, TerminalTypeIs]);
        output.Write(Encoding.ASCII.GetBytes(_terminalType));
        output.Write([Iac, (byte)TelnetCommand.Se]);
    }

    /// <summary>Records the window size and, while NAWS is enabled, sends it (RFC 1073).</summary>
    /// <remarks>Values are clamped to 0–65535. The size recorded here is also sent when the server later enables NAWS.</remarks>
    public void SetWindowSize(int width, int height, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _windowSize = (Math.Clamp(width, 0, ushort.MaxValue), Math.Clamp(height, 0, ushort.MaxValue));
        if (IsEnabledLocally((byte)TelnetOption.WindowSize))
        {
            WriteWindowSize(output);
        }
    }

    private static bool SupportsRemote(byte option) =>
        option is (byte)TelnetOption.Echo or (byte)TelnetOption.SuppressGoAhead;

    private static bool SupportsLocal(byte option) =>
        option is (byte)TelnetOption.SuppressGoAhead or (byte)TelnetOption.TerminalType or (byte)TelnetOption.WindowSize;

    private static bool Request(
        ref TelnetOptionSide side, byte option, bool enable, bool supported,
        TelnetCommand agree, TelnetCommand refuse, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (enable && !supported)
        {
            return false;
        }

        switch (side.State, side.OppositeQueued, enable)
        {
            case (TelnetQState.No, _, true):
                side.State = TelnetQState.WantYes;
                WriteNegotiation(ref side, agree, option, output);
                return true;
            case (TelnetQState.Yes, _, false):
                side.State = TelnetQState.WantNo;
                WriteNegotiation(ref side, refuse, option, output);
                return true;
            case (TelnetQState.WantNo, false, true):
            case (TelnetQState.WantYes, false, false):
                side.OppositeQueued = true;
                return true;
            case (TelnetQState.WantNo, true, false):
            case (TelnetQState.WantYes, true, true):
                side.OppositeQueued = false;
                return true;
            default:
                return false;
        }
    }

    // RFC 1143 section 7, "Upon receipt of WILL" (and DO for our side). Returns whether YES was entered.
    private static bool ReceiveEnable(
        ref TelnetOptionSide side, byte option, bool supported,
        TelnetCommand agree, TelnetCommand refuse, IBufferWriter<byte> output)
    {
        switch (side.State)
        {
            case TelnetQState.No:
                if (supported && side.PeerEnables < MaxPeerEnables)
                {
                    side.PeerEnables++;
                    side.State = TelnetQState.Yes;
                    WriteNegotiation(ref side, agree, option, output);
                    return true;
                }

                if (side.LastSent != refuse)
                {
                    WriteNegotiation(ref side, refuse, option, output);
                }

                return false;
            case TelnetQState.WantNo when !side.OppositeQueued:
                // The server answered our DONT with WILL: an error by the RFC; stay disabled, say nothing.
                side.State = TelnetQState.No;
                return false;
            case TelnetQState.WantNo:
                side.State = TelnetQState.Yes;
                side.OppositeQueued = false;
                return true;
            case TelnetQState.WantYes when !side.OppositeQueued:
                side.State = TelnetQState.Yes;
                return true;
            case TelnetQState.WantYes:
                side.State = TelnetQState.WantNo;
                side.OppositeQueued = false;
                WriteNegotiation(ref side, refuse, option, output);
                return false;
            default:
                return false;
        }
    }

    // RFC 1143 section 7, "Upon receipt of WONT" (and DONT for our side). Returns whether YES was left.
    private static bool ReceiveDisable(
        ref TelnetOptionSide side, byte option,
        TelnetCommand agree, TelnetCommand refuse, IBufferWriter<byte> output)
    {
        switch (side.State)
        {
            case TelnetQState.Yes:
                side.State = TelnetQState.No;
                WriteNegotiation(ref side, refuse, option, output);
                return true;
            case TelnetQState.WantNo when !side.OppositeQueued:
                side.State = TelnetQState.No;
                return false;
            case TelnetQState.WantNo:
                side.State = TelnetQState.WantYes;
                side.OppositeQueued = false;
                WriteNegotiation(ref side, agree, option, output);
                return false;
            case TelnetQState.WantYes:
                side.State = TelnetQState.No;
                side.OppositeQueued = false;
                return false;
            default:
                return false;
        }
    }

    private static void WriteNegotiation(ref TelnetOptionSide side, TelnetCommand verb, byte option, IBufferWriter<byte> output)
    {
        side.LastSent = verb;
        output.Write([Iac, (byte)verb, option]);
    }

    private void WriteWindowSize(IBufferWriter<byte> output)
    {
        if (_windowSize is not { } windowSize)
        {
            return;
        }

        var (width, height) = windowSize;

        output.Write([Iac, (byte)TelnetCommand.Sb, (byte)TelnetOption.WindowSize]);
        Span<byte> size = [(byte)(width >> 8), (byte)width, (byte)(height >> 8), (byte)height];
        TelnetEncoder.WriteData(size, doubleIac: true, output);
        output.Write([Iac, (byte)TelnetCommand.Se]);
    }
}
