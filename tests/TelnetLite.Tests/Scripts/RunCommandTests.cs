using System.Globalization;
using System.Net;
using System.Net.Sockets;
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

    [Theory]
    [InlineData("missing/report.json", "its folder {0}/missing does not exist")]
    [InlineData("script.smtp/report.json", "{0}/script.smtp is a file, not a folder")]
    [InlineData(".", "it is a folder")]
    public async Task AReportThatCannotBeWrittenExitsOneBeforeAnythingIsSent(string report, string reason)
    {
        using var folder = new TemporaryFolder();
        var script = folder.File("script.smtp");
        await File.WriteAllTextAsync(script, "QUIT\n!expect 221\n");
        var reportPath = folder.File(report);

        using var process = TelnetLiteProcess.Start(folder.Path, "run", "--demo", "--demo-mailbox", folder.File("mail"), "--json", reportPath, script);
        process.Input.Close();
        var exit = await process.WaitForExitAsync();

        Assert.Equal(1, exit);
        Assert.Equal("", process.Stdout);
        Assert.Equal($"telnetlite run: cannot write the report {reportPath}: {string.Format(CultureInfo.InvariantCulture, reason, folder.Path)}", process.Stderr.TrimEnd());
        Assert.False(Directory.Exists(folder.File("mail")));
    }

    [Fact]
    public async Task CheckingTheReportPathLeavesAnExistingReportUnchangedAndCreatesNoNewOne()
    {
        using var folder = new TemporaryFolder();
        var script = folder.File("script.smtp");
        await File.WriteAllTextAsync(script, "QUIT\n!expect 221\n");
        var existing = folder.File("existing.json");
        await File.WriteAllTextAsync(existing, "previous");
        var unusableMailbox = Path.Combine(script, "mail");

        foreach (var report in new[] { existing, folder.File("new.json") })
        {
            // The report path passes its check, then the demo server cannot start: the run ends before a report is written.
            using var process = TelnetLiteProcess.Start(folder.Path, "run", "--demo", "--demo-mailbox", unusableMailbox, "--json", report, script);
            process.Input.Close();
            Assert.Equal(1, await process.WaitForExitAsync());
            Assert.StartsWith("telnetlite run: cannot start the demo server: ", process.Stderr);
        }

        Assert.Equal("previous", await File.ReadAllTextAsync(existing));
        Assert.False(File.Exists(folder.File("new.json")));
    }

    [Fact]
    public async Task AFolderGivenAsTheScriptIsRefusedAsAFolder()
    {
        using var folder = new TemporaryFolder();

        using var process = TelnetLiteProcess.Start(folder.Path, "run", "--demo", "--demo-mailbox", folder.File("mail"), folder.Path);
        process.Input.Close();
        var exit = await process.WaitForExitAsync();

        Assert.Equal(1, exit);
        Assert.Equal($"telnetlite run: {folder.Path}: is a folder, not a script file", process.Stderr.TrimEnd());
        Assert.Equal("", process.Stdout);
    }

    [Fact]
    public async Task AMissingScriptIsRefusedAsMissing()
    {
        using var folder = new TemporaryFolder();
        var script = folder.File("nowhere.smtp");

        using var process = TelnetLiteProcess.Start(folder.Path, "run", "--demo", "--demo-mailbox", folder.File("mail"), script);
        process.Input.Close();
        var exit = await process.WaitForExitAsync();

        Assert.Equal(1, exit);
        Assert.Equal($"telnetlite run: {script}: does not exist", process.Stderr.TrimEnd());
        Assert.Equal("", process.Stdout);
    }

    [Fact]
    public async Task TheJsonReportOfAFailedConnectCarriesTheClassicLineAndTheDiagnosis()
    {
        using var folder = new TemporaryFolder();
        var script = folder.File("ehlo.smtp");
        var report = folder.File("report.json");
        await File.WriteAllTextAsync(script, "EHLO contoso.com\n");
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        using var process = TelnetLiteProcess.Start(folder.Path, "run", "--json", report, script, "127.0.0.1", port.ToString(CultureInfo.InvariantCulture));
        process.Input.Close();
        var exit = await process.WaitForExitAsync();

        Assert.Equal(2, exit);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        Assert.StartsWith($"could not connect to 127.0.0.1 port {port}: no service is listening", json.RootElement.GetProperty("summary").GetString());
        var annotation = json.RootElement.GetProperty("steps")[0].GetProperty("annotation").EnumerateArray().Select(line => line.GetString()).ToList();
        Assert.Equal($"Connecting to 127.0.0.1...Could not open connection to the host, on port {port}: Connect failed", annotation[0]);
        Assert.Contains(annotation, line => line!.StartsWith("cause: ", StringComparison.Ordinal));
        Assert.StartsWith("next: ", annotation[^1]);
    }
}
