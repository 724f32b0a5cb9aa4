using System.Buffers;
using TelnetLite.Core.Telnet;

namespace TelnetLite.Core.Session;

/// <summary>
/// One connection's Telnet layer: strips commands and negotiation from received bytes, answers negotiation, and
/// escapes outgoing data while processing is on. Pure: the connection does the I/O with what it returns.
/// </summary>
internal sealed class TelnetProtocol : ITelnetParserHandler
{
    private readonly TelnetParser _parser;
    private readonly TelnetNegotiator _negotiator = new();
    private readonly ArrayBufferWriter<byte> _data = new();
    private readonly ArrayBufferWriter<byte> _replies = new();
    private bool _echoChanged;

    public TelnetProtocol(TelnetMode mode, int port, string terminalType)
    {
        _parser = new TelnetParser(mode, port);
        TerminalType = terminalType;
        if (_parser.Enabled && port == 23) _negotiator.InitiateUsual(_replies);
    }

    /// <summary>True while received data is parsed for IAC and sent data is IAC-escaped.</summary>
    public bool Enabled => _parser.Enabled;

    /// <summary>True while the server has agreed to echo (WILL ECHO): local echo should be off.</summary>
    public bool RemoteEcho => _negotiator.RemoteEcho;

    public string TerminalType
    {
        get => _negotiator.TerminalType;
        set
        {
            if (TelnetNegotiator.IsValidTerminalType(value)) _negotiator.TerminalType = value;
        }
    }

    /// <summary>Applies <c>set mode</c> to the live connection: telnet and raw force the layer on or off.</summary>
    public void SetMode(TelnetMode mode)
    {
        _parser.AutoDetect = mode == TelnetMode.Auto && !_parser.Enabled;
        if (mode != TelnetMode.Auto) _parser.Enabled = mode == TelnetMode.Telnet;
    }

    /// <summary>Bytes to send now (answers queued by the constructor or by <see cref="Receive"/>); empties the queue.</summary>
    public byte[] TakeReplies()
    {
        var replies = _replies.WrittenSpan.ToArray();
        _replies.Clear();
        return replies;
    }

    /// <summary>Processes received bytes; returns the user data and whether the server's echo changed.</summary>
    public (byte[] Data, bool EchoChanged) Receive(ReadOnlySpan<byte> chunk)
    {
        _data.Clear();
        _echoChanged = false;
        _parser.Feed(chunk, this);
        return (Copy(_data.WrittenSpan), _echoChanged);
    }

    /// <summary>Releases a byte held at the end of a chunk (a lone 0xFF in raw mode) once the connection is quiet.</summary>
    public byte[] FlushPending()
    {
        _data.Clear();
        _parser.FlushPending(this);
        return Copy(_data.WrittenSpan);
    }

    // Every read makes one of these during a flood: filled at once, so the zeroing a new array costs is skipped.
    private static byte[] Copy(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return [];
        var copy = GC.AllocateUninitializedArray<byte>(bytes.Length);
        bytes.CopyTo(copy);
        return copy;
    }

    /// <summary>Escapes outgoing bytes (IAC doubling) while Telnet processing is on; raw sessions stay 8-bit clean.</summary>
    public byte[] Encode(ReadOnlySpan<byte> data) => TelnetEncoder.EncodeData(data, doubleIac: _parser.Enabled);

    public byte[] EncodeAction(TelnetSendAction action, byte escapeCharacter) =>
        TelnetEncoder.EncodeSendAction(action, escapeCharacter, doubleIac: _parser.Enabled);

    public void SetWindowSize(int columns, int rows) => _negotiator.SetWindowSize(columns, rows, _replies);

    void ITelnetParserHandler.OnData(ReadOnlySpan<byte> data) => _data.Write(data);

    void ITelnetParserHandler.OnCommand(TelnetCommand command)
    {
        // NOP, GA, DM and the like carry no data for a line-oriented user.
    }

    void ITelnetParserHandler.OnNegotiation(TelnetCommand verb, byte option)
    {
        var changes = _negotiator.Receive(verb, option, _replies);
        if (changes.HasFlag(TelnetNegotiationChanges.RemoteEcho)) _echoChanged = true;
    }

    void ITelnetParserHandler.OnSubnegotiation(byte option, ReadOnlySpan<byte> payload) =>
        _negotiator.ReceiveSubnegotiation(option, payload, _replies);

    void ITelnetParserHandler.OnFlaw(TelnetParserFlaws flaw)
    {
        // Malformed Telnet from a server is dropped, never shown raw; the parser keeps the flags for status.
    }
}
