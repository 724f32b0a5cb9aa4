namespace TelnetLite.Core.Tests.Scripts.Support;

/// <summary>One script of samples/scripts with what its header promises.</summary>
internal sealed record SampleScript(string Name, string Path, string Text, int ExpectedExit, IReadOnlyList<string> RunArguments)
{
    private const string ExpectPrefix = "# expect-exit: ";
    private const string RunPrefix = "# run: telnetlite run ";

    public bool RequiresAuth => RunArguments.Contains("--demo-require-auth");

    /// <summary>The password its <c>--password-file</c> names (relative to the repository), or null without one.</summary>
    public string? Password
    {
        get
        {
            var at = RunArguments.ToList().IndexOf("--password-file");
            if (at < 0) return null;
            var root = System.IO.Path.GetDirectoryName(System.IO.Path.GetDirectoryName(Folder))!;
            return File.ReadAllText(System.IO.Path.Combine(root, RunArguments[at + 1])).TrimEnd('\r', '\n');
        }
    }

    /// <summary>The repository's samples/scripts folder, found upwards from the test assembly.</summary>
    public static string Folder
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = System.IO.Path.Combine(directory.FullName, "samples", "scripts");
                if (Directory.Exists(candidate)) return candidate;
            }

            throw new DirectoryNotFoundException("samples/scripts not found above " + AppContext.BaseDirectory);
        }
    }

    public static IEnumerable<string> Names() =>
        Directory.GetFiles(Folder, "*.smtp").Select(System.IO.Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static SampleScript Load(string name)
    {
        var path = System.IO.Path.Combine(Folder, name + ".smtp");
        var text = File.ReadAllText(path);
        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        var expect = lines.Single(line => line.StartsWith(ExpectPrefix, StringComparison.Ordinal));
        var run = lines.Single(line => line.StartsWith(RunPrefix, StringComparison.Ordinal));
        return new SampleScript(
            name,
            path,
            text,
            int.Parse(expect[ExpectPrefix.Length..], System.Globalization.CultureInfo.InvariantCulture),
            run[RunPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
