using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Tests.Support;

/// <summary>Plain mode against a <see cref="HostilePeer"/>: the real executable, lines piped in, output kept.</summary>
internal sealed class PlainRun : IDisposable
{
    private PlainRun(TemporaryFolder folder, TelnetLiteProcess app)
    {
        Folder = folder;
        App = app;
    }

    public TemporaryFolder Folder { get; }

    public TelnetLiteProcess App { get; }

    /// <summary>The session log, when the run was started with one (<c>session.log</c> in its folder).</summary>
    public string LogPath => Folder.File("session.log");

    public string Log => File.Exists(LogPath) ? File.ReadAllText(LogPath) : "";

    /// <summary>Starts <c>telnetlite --plain [options] 127.0.0.1 PORT</c> with a session log; pipe lines with <see cref="PipeAsync"/>.</summary>
    public static PlainRun Start(HostilePeer peer, params string[] options)
    {
        var folder = new TemporaryFolder();
        var app = TelnetLiteProcess.Start(folder.Path, ["--plain", "-f", "session.log", .. options, "127.0.0.1", peer.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        return new PlainRun(folder, app);
    }

    /// <summary>Starts <c>telnetlite --plain -f session.log [options] [target...]</c> with <paramref name="environment"/> added:
    /// for runs against real peers (a demo, aiosmtpd, an MX domain), where the options name the target themselves.</summary>
    public static PlainRun StartWith(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var folder = new TemporaryFolder();
        var app = TelnetLiteProcess.Start(folder.Path, environment, ["--plain", "-f", "session.log", .. arguments]);
        return new PlainRun(folder, app);
    }

    /// <summary>Pipes the lines, closes standard input and waits for the exit code.</summary>
    public async Task<int> RunAsync(params string[] lines)
    {
        await App.PipeAsync(lines);
        return await App.WaitForExitAsync();
    }

    /// <summary>For a failure message: both streams as the user saw them.</summary>
    public string Transcript => $"stdout:\n{App.Stdout}\nstderr:\n{App.Stderr}";

    /// <summary>Asserts that standard output shows <paramref name="text"/>, with the whole transcript when it does not.</summary>
    public void AssertShown(string text) =>
        Assert.True(App.Stdout.Contains(text, StringComparison.Ordinal), $"stdout does not show '{text}'\n{Transcript}");

    /// <summary>Asserts that neither stream carried a character a terminal would act on instead of showing.</summary>
    public void AssertNothingRawReachedTheTerminal()
    {
        Assert.True(App.StdoutBytes.UnsafeCount == 0, $"raw control characters on stdout: {App.StdoutBytes.UnsafeExamples}\n{Transcript}");
        Assert.True(App.StderrBytes.UnsafeCount == 0, $"raw control characters on stderr: {App.StderrBytes.UnsafeExamples}\n{Transcript}");
    }

    public void Dispose()
    {
        App.Dispose();
        Folder.Dispose();
    }
}
