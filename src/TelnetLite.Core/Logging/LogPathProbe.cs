using System.Security;

namespace TelnetLite.Core.Logging;

/// <summary>
/// Checks that a log file can be opened for appending before Serilog is given the path: Serilog.Sinks.File
/// would silently create missing folders, and it reports failures only to its SelfLog.
/// </summary>
internal static class LogPathProbe
{
    /// <summary>Resolves <paramref name="path"/> and opens it for append once, creating the file if missing.</summary>
    /// <returns>The full path, and a reason in words when the file cannot be opened.</returns>
    public static (string FullPath, string? Reason) Probe(string path)
    {
        string fullPath;
        try
        {
            if (string.IsNullOrWhiteSpace(path)) return (path, "no file name was given");
            fullPath = Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException or SecurityException)
        {
            return (path, "the path is not valid (" + exception.Message + ")");
        }

        if (Directory.Exists(fullPath)) return (fullPath, "it is a folder, not a file");
        if (MissingFolderReason(fullPath) is { } missing) return (fullPath, missing);

        try
        {
            using (new FileStream(fullPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
            {
            }
            return (fullPath, null);
        }
        catch (UnauthorizedAccessException)
        {
            return (fullPath, "permission denied");
        }
        catch (Exception exception) when (exception is IOException or NotSupportedException or SecurityException or ArgumentException)
        {
            return (fullPath, exception.Message);
        }
    }

    private static string? MissingFolderReason(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath);
        if (folder is null || Directory.Exists(folder)) return null;

        // Name the part of the path that is actually wrong: the first ancestor that is a file, or the top missing folder.
        for (var candidate = folder; ; )
        {
            if (File.Exists(candidate)) return $"{candidate} is a file, not a folder";
            var parent = Path.GetDirectoryName(candidate);
            if (parent is null || Directory.Exists(parent)) return $"the folder {candidate} does not exist";
            candidate = parent;
        }
    }
}
