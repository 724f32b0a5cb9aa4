using TelnetLite.Core.Scripts;
using TelnetLite.Core.Tests.Demo;
using TelnetLite.Core.Tests.Scripts.Support;

namespace TelnetLite.Core.Tests.Scripts;

public sealed class SmtpScriptRunnerExpectationTests
{
    [Fact]
    public async Task AnExpectedRefusalPassesBecauseExpectationsDecide()
    {
        var result = await RunAgainstDemoAsync("EHLO contoso.com\nMAIL FROM:chris@contoso.com\nRCPT TO:bob@fabrikam.com\n!expect 550\n!expect /5\\.1\\.1/\nQUIT\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Null(result.Report.FailedStage);
        Assert.Contains("expect 550: ok", result.Remarks);
    }

    [Fact]
    public async Task AFailedExpectationGivesTheStageCodeOfTheReplyItChecked()
    {
        var result = await RunAgainstDemoAsync("EHLO contoso.com\nMAIL FROM:chris@contoso.com\nRCPT TO:kate@fabrikam.com\n!expect 251\nQUIT\n");

        Assert.Equal((int)ExitCode.RcptFailed, result.ExitCode);
        Assert.Equal(SmtpScriptStage.Rcpt, result.Report.FailedStage);
    }

    [Fact]
    public async Task TheFirstFailedExpectationDecidesWhenSeveralFail()
    {
        var result = await RunAgainstDemoAsync("EHLO contoso.com\n!expect 5xx\nMAIL FROM:chris@contoso.com\n!expect 5xx\nQUIT\n!expect 221\n");

        Assert.Equal((int)ExitCode.HelloFailed, result.ExitCode);
    }

    [Fact]
    public async Task AnExpectationOnTheGreetingFailsWithTheGreetingCode()
    {
        var failing = await RunAgainstDemoAsync("!expect 554\n");
        var holding = await RunAgainstDemoAsync("!expect 220\n!expect /Microsoft ESMTP MAIL Service/\n");

        Assert.Equal((int)ExitCode.GreetingFailed, failing.ExitCode);
        Assert.Equal(SmtpScriptStage.Greeting, failing.Report.FailedStage);
        Assert.Equal(0, holding.ExitCode);
    }

    [Fact]
    public async Task AnExpectationOnACommandOutsideTheStagesTakesTheStageTheConversationIsIn()
    {
        var result = await RunAgainstDemoAsync("EHLO contoso.com\nMAIL FROM:chris@contoso.com\nNOOP\n!expect 500\nQUIT\n");

        Assert.Equal((int)ExitCode.MailFailed, result.ExitCode);
    }

    [Fact]
    public async Task AnExpectationChecksTheLastReplyEvenAfterMessageLines()
    {
        var result = await RunAgainstDemoAsync("EHLO contoso.com\nMAIL FROM:chris@contoso.com\nRCPT TO:kate@fabrikam.com\nDATA\nSubject: x\n\nbody\n!expect 354\n.\n!expect 250\nQUIT\n");

        Assert.Equal(0, result.ExitCode);
        var data = Assert.Single(result.Report.Steps, s => s.Line == "DATA");
        Assert.Equal("354", data.Expectation);
    }

    [Fact]
    public async Task WithoutExpectationsTheFirstRefusedStageDecides()
    {
        var result = await RunAgainstDemoAsync("EHLO contoso_com\nMAIL FROM:chris.contoso.com\nQUIT\n");

        Assert.Equal((int)ExitCode.HelloFailed, result.ExitCode);
        Assert.Equal(SmtpScriptStage.Ehlo, result.Report.FailedStage);
    }

    [Fact]
    public async Task ARefusedRecipientDoesNotFailWhenAnotherRecipientOfTheMessageIsAccepted()
    {
        var result = await RunAgainstDemoAsync("EHLO contoso.com\nMAIL FROM:chris@contoso.com\nRCPT TO:bob@fabrikam.com\nRCPT TO:kate@fabrikam.com\nDATA\nSubject: x\n\nbody\n.\nQUIT\n");

        Assert.Equal(0, result.ExitCode);
        Assert.False(Assert.Single(result.Report.Steps, s => s.Line == "RCPT TO:bob@fabrikam.com").Ok);
    }

    [Fact]
    public async Task ARecipientAcceptedBeforeRsetDoesNotExcuseARefusedRecipientAfterIt()
    {
        var result = await RunAgainstDemoAsync("EHLO contoso.com\nMAIL FROM:chris@contoso.com\nRCPT TO:kate@fabrikam.com\nRSET\nRCPT TO:bob@fabrikam.com\nQUIT\n");

        Assert.Equal((int)ExitCode.RcptFailed, result.ExitCode);
    }

    [Fact]
    public async Task ARefusedMessageFailsTheStageAfterTheDot()
    {
        // The demo refuses a message over its size limit at the final dot.
        var script = "EHLO contoso.com\nMAIL FROM:chris@contoso.com\nRCPT TO:kate@fabrikam.com\nDATA\nSubject: big\n\n" + new string('x', 2000) + "\n.\nQUIT\n";
        await using var demo = await DemoHarness.StartAsync(new Core.Demo.DemoServerOptions { MaxMessageSize = 100 });

        var result = await ScriptRunHarness.RunAsync(script, "127.0.0.1", demo.Server.EndPoint.Port);

        Assert.Equal((int)ExitCode.MessageFailed, result.ExitCode);
        Assert.Equal(SmtpScriptStage.Message, result.Report.FailedStage);
    }

    private static async Task<ScriptRunResult> RunAgainstDemoAsync(string script)
    {
        await using var demo = await DemoHarness.StartAsync();
        return await ScriptRunHarness.RunAsync(script, "127.0.0.1", demo.Server.EndPoint.Port);
    }
}
