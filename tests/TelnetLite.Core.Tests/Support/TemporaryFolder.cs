namespace TelnetLite.Core.Tests.Support;

/// <summary>A folder of the test's own under the temp folder, deleted with everything in it afterwards.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "telnetlite-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>The files directly in the folder that match, e.g. the demo server's <c>*.eml</c> messages.</summary>
    public string[] Files(string pattern) => Directory.Exists(Path) ? Directory.GetFiles(Path, pattern) : [];

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: the temp folder's own cleaning will take it.
        }
    }
}
