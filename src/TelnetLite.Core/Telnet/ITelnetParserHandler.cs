namespace TelnetLite.Core.Telnet;

/// <summary>Receives what <see cref="TelnetParser"/> finds in the stream, in stream order.</summary>
/// <remarks>
/// Spans are valid only during the call: copy what must outlive it. Data may arrive in several calls for
/// one chunk and one call may span nothing the server sent as one piece; only the concatenation counts.
/// </remarks>
public interface ITelnetParserHandler
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
