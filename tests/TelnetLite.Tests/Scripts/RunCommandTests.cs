using System.Text.Json;
using TelnetLite.Tests.Support;

using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Tests.Scripts;

public sealed class RunCommandTests
{
    [Fact]
    public async Task ABadScriptExitsOnePrintingEachErrorAsFileLineReasonAndSendsNothing()
    {
        using var folder = new TemporaryFolder();
        var script = folder.File("bad.smtp");
        await File.WriteAllTextAsync(script, "EHLO contoso.com\n!expect 2\n!set colour red\nQUIT\n");

        using var process = TelnetLiteProcess.Start(folder.Path, "run", "--demo", "--demo-mailbox", folder.File("mail"), script);
        process.Input.Close();
        var exit = await process.WaitForExitAsync();

        Assert.Equal(1, exit);
        Assert.Equal("", process.Stdout);
        var errors = process.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, errors.Length);
        Assert.StartsWith($"{script}:2: ", errors[0]);
        Assert.StartsWith($"{script}:3: ", errors[1]);
        Assert.DoesNotContain("Connecting", process.Stderr);
    }

    [Fact]
    public async Task AScriptWithNoServerExitsOneNamingTheLineThatNeedsOne()
    {
        using var folder = new TemporaryFolder();
        var script = folder.File("nohost.smtp");
        await File.WriteAllTextAsync(script, "# no server\nEHLO contoso.com\n");

        using var process = TelnetLiteProcess.Start(folder.Path, "run", script);
        process.Input.Close();
        var exit = await process.WaitForExitAsync();

        Assert.Equal(1, exit);
        Assert.StartsWith($"{script}:2: no server to talk to", process.Stderr);
    }

    [Fact]
    public async Task TheJsonOptionWritesTheReportWithTheExitCode()
    {
        using var folder = new TemporaryFolder();
        var script = folder.File("rcpt.smtp");
        var report = folder.File("report.json");
        await File.WriteAllTextAsync(script, "EHLO contoso.com\nMAIL FROM:chris@contoso.com\nRCPT TO:bob@fabrikam.com\nQUIT\n");

        using var process = TelnetLiteProcess.Start(folder.Path, "run", "--demo", "--demo-mailbox", folder.File("mail"), "--json", report, script);
        process.Input.Close();
        var exit = await process.WaitForExitAsync();

        Assert.Equal(24, exit);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        Assert.Equal(24, json.RootElement.GetProperty("exitCode").GetInt32());
        Assert.Equal("rcpt", json.RootElement.GetProperty("failedStage").GetString());
        Assert.Contains("# result: exit 24: no recipient was accepted: 550 5.1.1 User unknown (line 3)", process.Stdout);
    }

    [Fact]
    public async Task TheLogfileOptionRecordsTheSession()
    {
        using var folder = new TemporaryFolder();
        var script = folder.File("quit.smtp");
        var log = folder.File("session.log");
        await File.WriteAllTextAsync(script, "QUIT\n!expect 221\n");

        using var process = TelnetLiteProcess.Start(folder.Path, "run", "--demo", "--demo-mailbox", folder.File("mail"), "-f", log, script);
        process.Input.Close();
        var exit = await process.WaitForExitAsync();

        Assert.Equal(0, exit);
        Assert.Contains("221 2.0.0 Service closing transmission channel", await File.ReadAllTextAsync(log));
    }
}
