namespace TelnetLite.Core.Telnet;

/// <summary>
/// Separates received bytes into application data, Telnet commands, negotiation and subnegotiation
/// (RFC 854, RFC 855), or passes them through untouched while Telnet processing is off.
/// </summary>
/// <remarks>
/// <para>Pure and resumable: feed chunks as they arrive, split anywhere; the concatenated data and the
/// sequence of commands do not depend on where the splits fall. Nothing is ever thrown for bad input:
/// malformed sequences are dropped and reported through <see cref="ITelnetParserHandler.OnFlaw"/> and
/// <see cref="Flaws"/>. Not thread-safe: one read loop owns it.</para>
/// <para>With processing off and <see cref="AutoDetect"/> on, the stream is raw and 8-bit clean until an IAC
/// followed by DO, DONT, WILL, WONT or SB arrives; processing switches on from that IAC, so the negotiation
/// never reaches the data and the bytes before it are untouched. An IAC that ends a chunk is held until the
/// next byte decides; call <see cref="FlushPending"/> when the connection goes quiet to release it as data.</para>
/// <para>With processing on: IAC IAC is one 255 data byte; CR NUL is CR and CR LF stays CR LF (RFC 854);
/// other commands go to <see cref="ITelnetParserHandler.OnCommand"/>, never to the data.</para>
/// </remarks>
internal sealed class TelnetParser
{
    /// <summary>The default bound on a subnegotiation's length, option byte included.</summary>
    public const int DefaultMaxSubnegotiationLength = 1024;

    private const byte Iac = (byte)TelnetCommand.Iac;
    private const byte CarriageReturn = 0x0D;
    private static readonly byte[] IacData = [Iac];

    private readonly byte[] _subnegotiation;
    private int _subnegotiationLength;
    private bool _subnegotiationOverflowed;
    private ParserState _state;
    private TelnetCommand _verb;
    private bool _afterCarriageReturn;
    private bool _rawIacHeld;
    private bool _enabled;

    /// <summary>Creates a parser set up for <paramref name="mode"/> on a connection to <paramref name="port"/>.</summary>
    /// <param name="mode">The session's <c>set mode</c>.</param>
    /// <param name="port">The remote port: in <see cref="TelnetMode.Auto"/>, 23 turns processing on at once.</param>
    /// <param name="maxSubnegotiationLength">
    /// The longest subnegotiation kept, option byte included; longer ones are dropped and flagged.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSubnegotiationLength"/> is below 1.</exception>
    public TelnetParser(TelnetMode mode, int port, int maxSubnegotiationLength = DefaultMaxSubnegotiationLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSubnegotiationLength, 1);
        _subnegotiation = new byte[maxSubnegotiationLength];
        _enabled = mode == TelnetMode.Telnet || (mode == TelnetMode.Auto && port == 23);
        AutoDetect = mode == TelnetMode.Auto && port != 23;
    }

    /// <summary>Whether Telnet processing is on. Auto-detection turns it on; it never turns itself off.</summary>
    /// <remarks>
    /// Turning it on releases a held IAC into command processing; turning it off abandons any command or
    /// subnegotiation in progress. The session should double outgoing IACs exactly while this is true.
    /// </remarks>
    public bool Enabled
    {
        get => _enabled;
        set
        {
            if (value == _enabled)
            {
                return;
            }

            _enabled = value;
            _afterCarriageReturn = false;
            _state = value && _rawIacHeld ? ParserState.Iac : ParserState.Data;
            _rawIacHeld = false;
        }
    }

    /// <summary>Whether, while <see cref="Enabled"/> is false, a Telnet negotiation from the server turns processing on.</summary>
    public bool AutoDetect { get; set; }

    /// <summary>Every flaw seen since the parser was created.</summary>
    public TelnetParserFlaws Flaws { get; private set; }

    /// <summary>Whether a lone 255 byte is held in raw mode, waiting for the next byte to tell whether it starts a negotiation.</summary>
    public bool HasPendingData => _rawIacHeld;

    /// <summary>Parses one chunk, reporting everything it completes to <paramref name="handler"/>.</summary>
    public void Feed(ReadOnlySpan<byte> chunk, ITelnetParserHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var position = 0;
        if (!_enabled)
        {
            position = FeedRaw(chunk, handler);
        }

        if (_enabled && position < chunk.Length)
        {
            FeedProcessed(chunk[position..], handler);
        }
    }

    /// <summary>Releases a held lone 255 byte as data (raw mode only); call when the connection has gone quiet.</summary>
    /// <remarks>
    /// The byte counts as data for good: should the server's next byte be a negotiation verb, it is data too.
    /// In processing mode nothing is ever held as data, so this does nothing.
    /// </remarks>
    public void FlushPending(ITelnetParserHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (_rawIacHeld)
        {
            _rawIacHeld = false;
            handler.OnData(IacData);
        }
    }

    private static bool StartsNegotiation(byte value) =>
        value >= (byte)TelnetCommand.Sb && value <= (byte)TelnetCommand.Dont;

    // Returns where processing takes over, or the chunk's length when all of it was raw.
    private int FeedRaw(ReadOnlySpan<byte> chunk, ITelnetParserHandler handler)
    {
        if (chunk.IsEmpty)
        {
            return 0;
        }

        if (_rawIacHeld)
        {
            _rawIacHeld = false;
            if (AutoDetect && StartsNegotiation(chunk[0]))
            {
                SwitchOnAt(ParserState.Iac);
                return 0;
            }

            handler.OnData(IacData);
        }

        if (!AutoDetect)
        {
            handler.OnData(chunk);
            return chunk.Length;
        }

        var searchFrom = 0;
        while (searchFrom < chunk.Length)
        {
            var found = chunk[searchFrom..].IndexOf(Iac);
            if (found < 0)
            {
                break;
            }

            var iacAt = searchFrom + found;
            if (iacAt == chunk.Length - 1)
            {
                EmitData(chunk[..iacAt], handler);
                _rawIacHeld = true;
                return chunk.Length;
            }

            if (StartsNegotiation(chunk[iacAt + 1]))
            {
                EmitData(chunk[..iacAt], handler);
                SwitchOnAt(ParserState.Data);
                return iacAt;
            }

            searchFrom = iacAt + 1;
        }

        handler.OnData(chunk);
        return chunk.Length;
    }

    private void SwitchOnAt(ParserState state)
    {
        _enabled = true;
        _afterCarriageReturn = false;
        _state = state;
    }

    private void FeedProcessed(ReadOnlySpan<byte> chunk, ITelnetParserHandler handler)
    {
        var runStart = 0;
        for (var i = 0; i < chunk.Length; i++)
        {
            var value = chunk[i];
            if (_state == ParserState.Data)
            {
                if (value == Iac)
                {
                    EmitData(chunk[runStart..i], handler);
                    _afterCarriageReturn = false;
                    _state = ParserState.Iac;
                }
                else if (_afterCarriageReturn && value == 0)
                {
                    // RFC 854: CR NUL is a bare carriage return; the NUL only pads it.
                    EmitData(chunk[runStart..i], handler);
                    runStart = i + 1;
                    _afterCarriageReturn = false;
                }
                else
                {
                    _afterCarriageReturn = value == CarriageReturn;
                }

                continue;
            }

            ProcessCommandByte(value, handler);
            runStart = i + 1;
        }

        if (_state == ParserState.Data)
        {
            EmitData(chunk[runStart..], handler);
        }
    }

    private void ProcessCommandByte(byte value, ITelnetParserHandler handler)
    {
        switch (_state)
        {
            case ParserState.Iac:
                ProcessAfterIac(value, handler);
                break;
            case ParserState.Option:
                _state = ParserState.Data;
                handler.OnNegotiation(_verb, value);
                break;
            case ParserState.Subnegotiation:
                if (value == Iac)
                {
                    _state = ParserState.SubnegotiationIac;
                }
                else
                {
                    CollectSubnegotiationByte(value, handler);
                }

                break;
            case ParserState.SubnegotiationIac:
                ProcessInsideSubnegotiationAfterIac(value, handler);
                break;
        }
    }

    private void ProcessAfterIac(byte value, ITelnetParserHandler handler)
    {
        _state = ParserState.Data;
        switch (value)
        {
            case Iac:
                handler.OnData(IacData);
                break;
            case (byte)TelnetCommand.Will or (byte)TelnetCommand.Wont or (byte)TelnetCommand.Do or (byte)TelnetCommand.Dont:
                _verb = (TelnetCommand)value;
                _state = ParserState.Option;
                break;
            case (byte)TelnetCommand.Sb:
                _subnegotiationLength = 0;
                _subnegotiationOverflowed = false;
                _state = ParserState.Subnegotiation;
                break;
            case (byte)TelnetCommand.Se:
                Flag(TelnetParserFlaws.StraySubnegotiationEnd, handler);
                break;
            case >= (byte)TelnetCommand.Se:
                handler.OnCommand((TelnetCommand)value);
                break;
            default:
                Flag(TelnetParserFlaws.InvalidCommand, handler);
                break;
        }
    }

    private void ProcessInsideSubnegotiationAfterIac(byte value, ITelnetParserHandler handler)
    {
        if (value == Iac)
        {
            _state = ParserState.Subnegotiation;
            CollectSubnegotiationByte(Iac, handler);
            return;
        }

        if (value == (byte)TelnetCommand.Se)
        {
            _state = ParserState.Data;
            if (_subnegotiationOverflowed)
            {
                return;
            }

            if (_subnegotiationLength == 0)
            {
                Flag(TelnetParserFlaws.MalformedSubnegotiation, handler);
                return;
            }

            handler.OnSubnegotiation(_subnegotiation[0], _subnegotiation.AsSpan(1, _subnegotiationLength - 1));
            return;
        }

        // A server that forgot IAC SE: drop the unfinished subnegotiation and honour the command.
        Flag(TelnetParserFlaws.MalformedSubnegotiation, handler);
        ProcessAfterIac(value, handler);
    }

    private void CollectSubnegotiationByte(byte value, ITelnetParserHandler handler)
    {
        if (_subnegotiationOverflowed)
        {
            return;
        }

        if (_subnegotiationLength == _subnegotiation.Length)
        {
            _subnegotiationOverflowed = true;
            Flag(TelnetParserFlaws.SubnegotiationOverflow, handler);
            return;
        }

        _subnegotiation[_subnegotiationLength++] = value;
    }

    private void Flag(TelnetParserFlaws flaw, ITelnetParserHandler handler)
    {
        Flaws |= flaw;
        handler.OnFlaw(flaw);
    }

    private static void EmitData(ReadOnlySpan<byte> data, ITelnetParserHandler handler)
    {
        if (!data.IsEmpty)
        {
            handler.OnData(data);
        }
    }

    private enum ParserState : byte
    {
        Data,
        Iac,
        Option,
        Subnegotiation,
        SubnegotiationIac,
    }
}
