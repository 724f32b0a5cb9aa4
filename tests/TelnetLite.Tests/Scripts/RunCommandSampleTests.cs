using TelnetLite.Tests.Support;

using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Tests.Scripts;

public sealed class RunCommandSampleTests
{
    private const string ExpectPrefix = "# expect-exit: ";
    private const string RunPrefix = "# run: telnetlite run ";

    public static TheoryData<string> Samples() =>
        [.. Directory.GetFiles(RepositoryFolders.Scripts, "*.smtp").Select(path => Path.GetFileNameWithoutExtension(path)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task EachSampleRunAgainstTheDemoPrintsItsRecordedTranscriptAndExitsAsItsHeaderSays(string name)
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(RepositoryFolders.Scripts, name + ".smtp"));
        var expectedExit = int.Parse(lines.Single(l => l.StartsWith(ExpectPrefix, StringComparison.Ordinal))[ExpectPrefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
        var arguments = lines.Single(l => l.StartsWith(RunPrefix, StringComparison.Ordinal))[RunPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var recorded = await File.ReadAllTextAsync(Path.Combine(RepositoryFolders.Transcripts, name + ".txt"));
        using var mailbox = new TemporaryFolder();

        using var process = TelnetLiteProcess.Start(RepositoryFolders.Root, ["run", .. arguments, "--demo-mailbox", mailbox.Path]);
        process.Input.Close();
        var exit = await process.WaitForExitAsync();

        Assert.True(expectedExit == exit, $"{name}: exit {exit}, header says {expectedExit}\n{process.Stdout}\n{process.Stderr}");
        Assert.Equal(TranscriptNormaliser.Normalise(recorded), TranscriptNormaliser.Normalise(process.Stdout));
    }

    [Fact]
    public void TheNormaliserReplacesWhatChangesFromRunToRun()
    {
        var raw = "220 mail1.fabrikam.com Microsoft ESMTP MAIL Service ready at Sun, 29 Nov 2026 06:26:14 +0000\n"
            + "250-mail1.fabrikam.com Hello [127.0.0.1]\n"
            + "250 2.6.0 <3654f49c-97bd-47fc-a74d-46e1da64b5ce@mail1.fabrikam.com> Queued mail for delivery\n"
            + "# (12 ms)\nConnected to 127.0.0.1 (127.0.0.1) port 43185.\nDemo server on 127.0.0.1:43185 in /tmp/telnetlite-demo-1 now\n"
            + "# 550 5.7.1 permanent failure\n";

        var normalised = TranscriptNormaliser.Normalise(raw);

        Assert.Equal("220 mail1.fabrikam.com Microsoft ESMTP MAIL Service ready at <DATE>\n"
            + "250-mail1.fabrikam.com Hello [<ADDRESS>]\n"
            + "250 2.6.0 <<GUID>@mail1.fabrikam.com> Queued mail for delivery\n"
            + "# (<N> ms)\nConnected to <ADDRESS> (<ADDRESS>) port <PORT>.\nDemo server on <ADDRESS>:<PORT> in <TEMP> now\n"
            + "# 550 5.7.1 permanent failure\n", normalised);
        Assert.Equal(normalised, TranscriptNormaliser.Normalise(normalised));
    }
}
