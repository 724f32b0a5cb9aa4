namespace TelnetLite.Tests.Scripts;

/// <summary>Finds the repository's folders from the test assembly, wherever the build put it.</summary>
internal static class RepositoryFolders
{
    public static string Root
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (Directory.Exists(Path.Combine(directory.FullName, "samples", "scripts"))) return directory.FullName;
            }

            throw new DirectoryNotFoundException("samples/scripts not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Scripts => Path.Combine(Root, "samples", "scripts");

    public static string Transcripts => Path.Combine(Root, "samples", "transcripts");
}
