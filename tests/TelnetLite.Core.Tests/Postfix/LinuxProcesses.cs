using System.Globalization;

namespace TelnetLite.Core.Tests.Postfix;

/// <summary>Reads /proc: which processes a daemon started, and whether a process still runs.</summary>
internal static class LinuxProcesses
{
    /// <summary>True while the process exists and is not a zombie (a dead child its new parent has not reaped yet).</summary>
    public static bool IsRunning(int pid) => State(pid) is { } state && state != 'Z' && state != 'X';

    /// <summary>The processes whose parent is <paramref name="parentPid"/>.</summary>
    public static IReadOnlyList<int> ChildrenOf(int parentPid)
    {
        var children = new List<int>();
        foreach (var pid in AllProcesses())
        {
            if (Stat(pid) is { } stat && stat.ParentPid == parentPid) children.Add(pid);
        }
        return children;
    }

    /// <summary>The running process called <paramref name="name"/> whose working directory is <paramref name="directory"/>.</summary>
    public static int? FindByWorkingDirectory(string name, string directory)
    {
        foreach (var pid in AllProcesses())
        {
            try
            {
                if (File.ReadAllText($"/proc/{pid}/comm").Trim() == name
                    && new FileInfo($"/proc/{pid}/cwd").LinkTarget == directory
                    && IsRunning(pid))
                    return pid;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone meanwhile, or not ours to look at.
            }
        }
        return null;
    }

    private static IEnumerable<int> AllProcesses()
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) yield return pid;
        }
    }

    private static char? State(int pid) => Stat(pid)?.State;

    private static (char State, int ParentPid)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        // "pid (comm) S ppid ...": the command name may hold spaces and parentheses, so read after the last ')'.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return (fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture));
    }
}
