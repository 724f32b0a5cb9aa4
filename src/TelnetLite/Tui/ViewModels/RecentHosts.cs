namespace TelnetLite.Tui.ViewModels;

/// <summary>The hosts connected to lately, newest first, as <c>host port</c> pairs for the Open dialog.</summary>
internal sealed class RecentHosts
{
    public const int Limit = 10;

    private readonly List<(string Host, int Port)> _entries = [];

    public RecentHosts(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var space = line.LastIndexOf(' ');
            if (space > 0 && int.TryParse(line[(space + 1)..], out var port) && port is > 0 and < 65536)
            {
                _entries.Add((line[..space], port));
            }
        }
        if (_entries.Count > Limit) _entries.RemoveRange(Limit, _entries.Count - Limit);
    }

    public IReadOnlyList<(string Host, int Port)> Entries => _entries;

    public void Add(string host, int port)
    {
        _entries.RemoveAll(e => string.Equals(e.Host, host, StringComparison.OrdinalIgnoreCase) && e.Port == port);
        _entries.Insert(0, (host, port));
        if (_entries.Count > Limit) _entries.RemoveAt(_entries.Count - 1);
    }

    public IEnumerable<string> ToLines() => _entries.Select(e => $"{e.Host} {e.Port}");
}
