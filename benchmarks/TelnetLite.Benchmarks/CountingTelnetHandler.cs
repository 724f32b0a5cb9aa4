using TelnetLite.Core.Telnet;

namespace TelnetLite.Benchmarks;

/// <summary>Counts what the Telnet parser reports, so the benchmark does the work without keeping the data.</summary>
internal sealed class CountingTelnetHandler : ITelnetParserHandler
{
    public long DataBytes { get; private set; }

    public int Events { get; private set; }

    public void OnData(ReadOnlySpan<byte> data) => DataBytes += data.Length;

    public void OnCommand(TelnetCommand command) => Events++;

    public void OnNegotiation(TelnetCommand verb, byte option) => Events++;

    public void OnSubnegotiation(byte option, ReadOnlySpan<byte> payload) => Events++;

    public void OnFlaw(TelnetParserFlaws flaw) => Events++;
}
