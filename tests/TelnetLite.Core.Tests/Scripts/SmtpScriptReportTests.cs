using System.Text.Json;
using TelnetLite.Core.Scripts;
using TelnetLite.Core.Tests.Demo;
using TelnetLite.Core.Tests.Scripts.Support;

namespace TelnetLite.Core.Tests.Scripts;

public sealed class SmtpScriptReportTests
{
    private const string Script = """
        # a recipient that does not exist
        EHLO contoso.com
        MAIL FROM:chris@contoso.com
        RCPT TO:bob@fabrikam.com
        !expect 250
        RCPT TO:kate@fabrikam.com
        DATA
        Subject: Test from Contoso

        This is a test message
        .
        QUIT
        """;

    [Fact]
    public async Task TheJsonReportHasTheRunsFieldsInCamelCase()
    {
        await using var demo = await DemoHarness.StartAsync();
        var result = await ScriptRunHarness.RunAsync(Script, "127.0.0.1", demo.Server.EndPoint.Port);

        using var json = JsonDocument.Parse(result.Report.ToJson());
        var root = json.RootElement;

        Assert.Equal("127.0.0.1", root.GetProperty("host").GetString());
        Assert.Equal(demo.Server.EndPoint.Port, root.GetProperty("port").GetInt32());
        Assert.Equal(24, root.GetProperty("exitCode").GetInt32());
        Assert.Equal("rcpt", root.GetProperty("failedStage").GetString());
        var steps = root.GetProperty("steps").EnumerateArray().ToArray();
        foreach (var step in steps)
        {
            foreach (var field in new[] { "line", "reply", "annotation", "expectation", "ok", "elapsedMs" }) Assert.True(step.TryGetProperty(field, out _), field);
        }

        var bob = steps.Single(s => s.GetProperty("line").GetString() == "RCPT TO:bob@fabrikam.com");
        Assert.Equal(4, bob.GetProperty("scriptLine").GetInt32());
        Assert.Equal(550, bob.GetProperty("reply").GetProperty("code").GetInt32());
        Assert.Equal("5.1.1", bob.GetProperty("reply").GetProperty("enhancedCode").GetString());
        Assert.Equal(["550 5.1.1 User unknown"], bob.GetProperty("reply").GetProperty("lines").EnumerateArray().Select(l => l.GetString()));
        Assert.StartsWith("550 5.1.1 permanent failure:", bob.GetProperty("annotation")[0].GetString());
        Assert.Equal("250", bob.GetProperty("expectation").GetString());
        Assert.False(bob.GetProperty("ok").GetBoolean());
        Assert.True(bob.GetProperty("elapsedMs").GetInt64() >= 0);

        var greeting = steps[0];
        Assert.Equal(JsonValueKind.Null, greeting.GetProperty("line").ValueKind);
        Assert.Equal(220, greeting.GetProperty("reply").GetProperty("code").GetInt32());

        var body = steps.Single(s => s.GetProperty("line").GetString() == "This is a test message");
        Assert.Equal(JsonValueKind.Null, body.GetProperty("reply").ValueKind);
        Assert.True(body.GetProperty("ok").GetBoolean());
        var dot = steps.Single(s => s.GetProperty("line").GetString() == ".");
        Assert.Equal("2.6.0", dot.GetProperty("reply").GetProperty("enhancedCode").GetString());
    }

    [Fact]
    public async Task EveryLineSentIsOneStepAndTheConnectionIsTheFirst()
    {
        await using var demo = await DemoHarness.StartAsync();
        var result = await ScriptRunHarness.RunAsync(Script, "127.0.0.1", demo.Server.EndPoint.Port);

        var lines = result.Report.Steps.Select(s => s.Line).ToArray();

        string?[] expected = [null, "EHLO contoso.com", "MAIL FROM:chris@contoso.com", "RCPT TO:bob@fabrikam.com", "RCPT TO:kate@fabrikam.com", "DATA",
            "Subject: Test from Contoso", "", "This is a test message", ".", "QUIT"];
        Assert.Equal(expected.AsEnumerable(), lines.AsEnumerable());
        var mail = result.Report.Steps[2];
        Assert.Contains(mail.Warnings, w => w.Contains("angle brackets", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessageLinesAfterARefusedDataAreReportedAsNotSent()
    {
        await using var demo = await DemoHarness.StartAsync();
        var result = await ScriptRunHarness.RunAsync("EHLO contoso.com\nMAIL FROM:chris@contoso.com\nDATA\nSubject: x\n\nbody\n.\nQUIT\n", "127.0.0.1", demo.Server.EndPoint.Port);

        Assert.Equal((int)ExitCode.DataFailed, result.ExitCode);
        var dropped = result.Report.Steps.Where(s => s.Dropped is not null).Select(s => s.Line).ToArray();
        string?[] expected = ["Subject: x", "", "body", "."];
        Assert.Equal(expected.AsEnumerable(), dropped.AsEnumerable());
        Assert.Equal(221, result.Report.Steps[^1].Reply!.Code);
    }

    [Fact]
    public void ABadScriptsReportListsItsErrorsAndNoSteps()
    {
        var report = new SmtpScriptReport(null, 0, ExitCode.BadInput, null, "the script has 1 error(s); nothing was sent", [], [new SmtpScriptError(3, "bad")]);

        using var json = JsonDocument.Parse(report.ToJson());

        Assert.Equal(1, json.RootElement.GetProperty("exitCode").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("errors")[0].GetProperty("lineNumber").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("steps").GetArrayLength());
    }
}
