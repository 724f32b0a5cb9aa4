using TelnetLite.Tests.Support;

using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Tests.Cli;

public sealed class ExplainCommandTests
{
    [Fact]
    public async Task WordsAndAQuotedLineAreTheSameReply()
    {
        using var folder = new TemporaryFolder();
        using var words = TelnetLiteProcess.Start(folder.Path, "explain", "550", "5.7.57", "Client", "not", "authenticated", "to", "send", "mail");
        using var quoted = TelnetLiteProcess.Start(folder.Path, "explain", "550 5.7.57 Client not authenticated to send mail");
        await words.PipeAsync([]);
        await quoted.PipeAsync([]);

        Assert.Equal(0, await words.WaitForExitAsync());
        Assert.Equal(0, await quoted.WaitForExitAsync());
        Assert.Equal(words.Stdout, quoted.Stdout);
        Assert.Contains("550 5.7.57 permanent failure:", words.Stdout);
        Assert.DoesNotContain("# ", words.Stdout);
    }

    [Fact]
    public async Task AfterNamesTheCommandAndTheSeedsCauseIsGiven()
    {
        using var folder = new TemporaryFolder();
        using var app = TelnetLiteProcess.Start(folder.Path, "explain", "--after", "rcpt", "550 5.1.1 User unknown");
        await app.PipeAsync([]);

        Assert.Equal(0, await app.WaitForExitAsync());
        Assert.Contains("cause: the recipient does not exist in the organisation", app.Stdout);
    }

    [Fact]
    public async Task RepliesAreReadFromStandardInputMultiLineIncluded()
    {
        using var folder = new TemporaryFolder();
        using var app = TelnetLiteProcess.Start(folder.Path, "explain", "--after", "EHLO");
        await app.PipeAsync(["250-mail1.fabrikam.com Hello [192.0.2.1]", "250-SIZE 36700160", "250 PIPELINING"]);

        Assert.Equal(0, await app.WaitForExitAsync());
        Assert.Contains("250 success:", app.Stdout);
        Assert.Contains("PIPELINING", app.Stdout);
    }

    [Fact]
    public async Task TextThatIsNotAReplyExitsWith1()
    {
        using var folder = new TemporaryFolder();
        using var app = TelnetLiteProcess.Start(folder.Path, "explain", "hello", "world");
        await app.PipeAsync([]);

        Assert.Equal(1, await app.WaitForExitAsync());
        Assert.Contains("not an SMTP reply", app.Stderr);
    }

    [Fact]
    public async Task ListPrintsTheKnowledgeTableOneRowPerLine()
    {
        using var folder = new TemporaryFolder();
        using var app = TelnetLiteProcess.Start(folder.Path, "explain", "--list");
        await app.PipeAsync([]);

        Assert.Equal(0, await app.WaitForExitAsync());
        var lines = app.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 150, $"{lines.Length} lines");
        Assert.Contains(lines, line => line.StartsWith("relay-denied\t800\t", StringComparison.Ordinal) && line.Contains("relaying denied", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhyNamesTheRowThatMatchedAndWhatOfItMatched()
    {
        using var folder = new TemporaryFolder();
        using var app = TelnetLiteProcess.Start(folder.Path, "explain", "--why", "--after", "RCPT", "450 4.2.1 The user you are trying to contact is receiving mail too quickly");
        await app.PipeAsync([]);

        Assert.Equal(0, await app.WaitForExitAsync());
        Assert.Contains("why: row recipient-rate-limit (priority 860, concept recipient-rate-limit) matched:", app.Stdout);
        Assert.Contains("the text contains \"receiving mail too quickly\"", app.Stdout);
        Assert.Contains("4.2.1 is registered as \"mailbox disabled, not accepting messages\"; this server uses it for what its text says", app.Stdout);
    }

    [Fact]
    public async Task ASingleContinuationLineIsExplainedWithANote()
    {
        using var folder = new TemporaryFolder();
        using var app = TelnetLiteProcess.Start(folder.Path, "explain", "550-5.1.1 The email account that you tried to reach does not exist. Please try");
        await app.PipeAsync([]);

        Assert.Equal(0, await app.WaitForExitAsync());
        Assert.Contains("note: this is a continuation line", app.Stdout);
        Assert.Contains("no such mailbox", app.Stdout);
    }
}
