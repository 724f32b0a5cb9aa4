namespace TelnetLite.Core.Tests.Logging.Support;

/// <summary>Reads a log file the way another program would while TelnetLite still has it open.</summary>
internal static class LogFile
{
    public static string[] ReadLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return [.. lines];
    }

    /// <summary>The lines without their time stamp: marker and text.</summary>
    public static string[] ReadEntries(string path) =>
        [.. ReadLines(path).Select(line => line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..])];
}
