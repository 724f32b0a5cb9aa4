namespace TelnetLite.Core.Tests.Support.Peers;

/// <summary>Finds an installed program by name, looking in PATH and in the sbin folders PATH often lacks.</summary>
internal static class ProgramLocator
{
    // Debian installs daemons' control programs (postfix, postconf) in /usr/sbin, outside a normal user's PATH.
    private static readonly string[] SystemFolders = ["/usr/sbin", "/sbin", "/usr/local/sbin", "/usr/bin", "/bin"];

    /// <summary>The full path of the executable <paramref name="name"/>, or null when it is nowhere to be found.</summary>
    public static string? Find(string name)
    {
        var pathFolders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var folder in pathFolders.Concat(SystemFolders))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate) && IsExecutable(candidate)) return candidate;
        }
        return null;
    }

    private static bool IsExecutable(string path) =>
        !OperatingSystem.IsWindows()
        && (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}
