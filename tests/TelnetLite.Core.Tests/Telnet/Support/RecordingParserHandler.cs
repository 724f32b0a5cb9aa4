using TelnetLite.Core.Telnet;

namespace TelnetLite.Core.Tests.Telnet.Support;

/// <summary>Records what a parser reports as readable strings, merging adjacent data so that chunking does not show.</summary>
internal sealed class RecordingParserHandler : ITelnetParserHandler
{
    private readonly List<string> _events = [];
    private readonly List<byte> _pendingData = [];

    // A snapshot: data still being gathered is shown without ending its run.
    public IReadOnlyList<string> Events =>
        _pendingData.Count == 0 ? [.. _events] : [.. _events, $"data {Convert.ToHexString([.. _pendingData])}"];

    public byte[] Data => [.. Events.Where(e => e.StartsWith("data ", StringComparison.Ordinal)).SelectMany(e => Convert.FromHexString(e[5..]))];

    public void OnData(ReadOnlySpan<byte> data)
    {
        Assert.False(data.IsEmpty, "The parser reported empty data.");
        _pendingData.AddRange(data);
    }

    public void OnCommand(TelnetCommand command) => Add($"command {command}");

    public void OnNegotiation(TelnetCommand verb, byte option) => Add($"{verb} {option}");

    public void OnSubnegotiation(byte option, ReadOnlySpan<byte> payload) => Add($"SB {option} {Convert.ToHexString(payload)}");

    public void OnFlaw(TelnetParserFlaws flaw) => Add($"flaw {flaw}");

    private void Add(string entry)
    {
        EndData();
        _events.Add(entry);
    }

    private void EndData()
    {
        if (_pendingData.Count > 0)
        {
            _events.Add($"data {Convert.ToHexString([.. _pendingData])}");
            _pendingData.Clear();
        }
    }
}
