namespace TelnetLite.Core.Tests.Demo;

/// <summary>A folder of the test's own under the temp folder, deleted afterwards.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "telnetlite-test-" + Guid.NewGuid().ToString("N"));

    public string[] Messages() =>
        Directory.Exists(Path) ? Directory.GetFiles(Path, "*.eml") : [];

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
