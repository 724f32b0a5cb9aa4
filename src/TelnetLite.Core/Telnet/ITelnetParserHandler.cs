namespace TelnetLite.Core.Telnet;

/// <summary>Receives what <see cref="TelnetParser"/> finds in the stream, in stream order.</summary>
/// <remarks>
/// Spans are valid only during the call: copy what must outlive it. One chunk may give several data calls,
/// cut wherever a command or an undone escape fell: only the concatenated data means anything, not its cuts.
/// A handler must not throw; it may feed the negotiator and queue its answers, but not re-enter the parser.
/// </remarks>
internal interface ITelnetParserHandler
{
    /// <summary>Application data, with Telnet commands removed and IAC IAC and CR NUL undone.</summary>
    void OnData(ReadOnlySpan<byte> data);

    /// <summary>A command other than negotiation and subnegotiation: NOP, DM, BRK, IP, AO, AYT, EC, EL, GA.</summary>
    void OnCommand(TelnetCommand command);

    /// <summary>A negotiation: <paramref name="verb"/> is WILL, WONT, DO or DONT.</summary>
    void OnNegotiation(TelnetCommand verb, byte option);

    /// <summary>A complete subnegotiation (IAC SB option payload IAC SE), with IAC IAC in the payload undone.</summary>
    void OnSubnegotiation(byte option, ReadOnlySpan<byte> payload);

    /// <summary>Something in the stream was malformed and dropped; exactly one flag is set.</summary>
    void OnFlaw(TelnetParserFlaws flaw);
}
