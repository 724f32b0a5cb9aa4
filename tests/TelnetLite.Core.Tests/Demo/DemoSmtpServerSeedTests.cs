using TelnetLite.Core.Demo;

using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Core.Tests.Demo;

public sealed class DemoSmtpServerSeedTests
{
    private const string QueuedPattern = @"^250 2\.6\.0 <[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@mail1\.fabrikam\.com> Queued mail for delivery$";

    [Fact]
    public async Task TheGreetingIsExchangesWithAnRfc5322DateFromTheClock()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2007, 7, 2, 10, 11, 12, TimeSpan.FromHours(-7)));
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions(Clock: clock));
        await using var client = await SmtpTestClient.ConnectAsync(harness.Server.EndPoint);

        Assert.Equal("220 mail1.fabrikam.com Microsoft ESMTP MAIL Service ready at Mon, 2 Jul 2007 10:11:12 -0700", await client.ReadReplyAsync());
    }

    [Fact]
    public async Task EhloAnswersWithTheClientAddressAndEveryCapabilityOfTheSeedsServer()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAsync();

        var reply = await client.CommandAsync("EHLO contoso.com");

        Assert.Equal(
            """
            250-mail1.fabrikam.com Hello [127.0.0.1]
            250-SIZE 10485760
            250-PIPELINING
            250-DSN
            250-ENHANCEDSTATUSCODES
            250-STARTTLS
            250-AUTH LOGIN PLAIN CRAM-MD5
            250-8BITMIME
            250-BINARYMIME
            250 CHUNKING
            """.ReplaceLineEndings("\n"),
            reply);
    }

    [Fact]
    public async Task HeloAnswersWithTheSeedsSingleLine()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAsync();

        Assert.Equal("250 mail1.fabrikam.com Hello [127.0.0.1]", await client.CommandAsync("HELO contoso.com"));
    }

    [Fact]
    public async Task TheSeedsWalkthroughTypedLineByLineGetsEveryReplyOfTheSeed()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAsync();

        Assert.StartsWith("250-mail1.fabrikam.com Hello [127.0.0.1]\n", await client.CommandAsync("EHLO contoso.com"));
        Assert.Equal("250 2.1.0 Sender OK", await client.CommandAsync("MAIL FROM:chris@contoso.com"));
        Assert.Equal("250 2.1.5 Recipient OK", await client.CommandAsync("RCPT TO:kate@fabrikam.com NOTIFY=success,failure"));
        Assert.Equal("354 Start mail input; end with <CRLF>.<CRLF>", await client.CommandAsync("DATA"));
        await client.SendAsync("Subject: Test from Contoso");
        await client.SendAsync("");
        await client.SendAsync("This is a test message");
        Assert.Matches(QueuedPattern, await client.CommandAsync("."));
        Assert.Equal("221 2.0.0 Service closing transmission channel", await client.CommandAsync("QUIT"));
        Assert.True(await client.IsClosedByServerAsync());
    }

    [Fact]
    public async Task TheWalkthroughLeavesOneEmlFileWithTheEnvelopeLinesAndTheBodyAsTyped()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using (var client = await harness.ConnectAsync())
        {
            await client.CommandAsync("EHLO contoso.com");
            await client.CommandAsync("MAIL FROM:chris@contoso.com");
            await client.CommandAsync("RCPT TO:kate@fabrikam.com NOTIFY=success,failure");
            await client.CommandAsync("DATA");
            await client.SendRawAsync("Subject: Test from Contoso\r\n\r\nThis is a test message\r\n");
            var queued = await client.CommandAsync(".");
            var id = queued.Split('<', '>')[1];

            var file = Assert.Single(harness.Mailbox.Files("*.eml"));
            var text = await File.ReadAllTextAsync(file);
            Assert.StartsWith("Return-Path: <chris@contoso.com>\r\nReceived: from contoso.com ([127.0.0.1])\r\n\tby mail1.fabrikam.com with ESMTP id " + id + "\r\n\tfor <kate@fabrikam.com>; ", text);
            Assert.EndsWith("\r\nSubject: Test from Contoso\r\n\r\nThis is a test message\r\n", text);
            Assert.Contains(id[..36], Path.GetFileName(file));
        }

        Assert.Empty(Directory.GetFiles(harness.Mailbox.Path, "*.part"));
    }

    [Fact]
    public async Task AngleBracketsAndLowerCaseVerbsAreAcceptedToo()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAsync();

        Assert.StartsWith("250-", await client.CommandAsync("ehlo contoso.com"));
        Assert.Equal("250 2.1.0 Sender OK", await client.CommandAsync("mail from:<chris@contoso.com> SIZE=100 BODY=8BITMIME"));
        Assert.Equal("250 2.1.5 Recipient OK", await client.CommandAsync("rcpt to:<Kate@Fabrikam.com>"));
        Assert.Equal("250 2.1.5 Recipient OK", await client.CommandAsync("RCPT TO: <postmaster>"));
    }

    [Fact]
    public async Task TheNullSenderOfBouncesIsAccepted()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        Assert.Equal("250 2.1.0 Sender OK", await client.CommandAsync("MAIL FROM:<>"));
    }

    [Fact]
    public async Task SeveralCommandsPipelinedInOneWriteGetTheirRepliesInOrder()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAsync();

        await client.SendRawAsync("EHLO contoso.com\r\nMAIL FROM:chris@contoso.com\r\nRCPT TO:kate@fabrikam.com\r\nRCPT TO:bob@fabrikam.com\r\nDATA\r\n");

        Assert.StartsWith("250-mail1.fabrikam.com", await client.ReadReplyAsync());
        Assert.Equal("250 2.1.0 Sender OK", await client.ReadReplyAsync());
        Assert.Equal("250 2.1.5 Recipient OK", await client.ReadReplyAsync());
        Assert.Equal("550 5.1.1 User unknown", await client.ReadReplyAsync());
        Assert.Equal("354 Start mail input; end with <CRLF>.<CRLF>", await client.ReadReplyAsync());
        await client.SendRawAsync("Subject: pipelined\r\n\r\nbody\r\n.\r\nQUIT\r\n");
        Assert.Matches(QueuedPattern, await client.ReadReplyAsync());
        Assert.Equal("221 2.0.0 Service closing transmission channel", await client.ReadReplyAsync());
    }

    [Fact]
    public async Task ACommandTypedOneKeystrokePerPacketIsAnsweredOnceWhole()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAsync();

        foreach (var c in "HELO contoso.com\r\n") await client.SendRawAsync(c.ToString());

        Assert.Equal("250 mail1.fabrikam.com Hello [127.0.0.1]", await client.ReadReplyAsync());
        Assert.Equal("250 2.0.0 OK", await client.CommandAsync("NOOP"));
    }

    [Fact]
    public async Task TheHousekeepingCommandsAnswerInExchangesStyle()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        Assert.Equal("250 2.0.0 OK", await client.CommandAsync("NOOP"));
        Assert.Equal("252 2.1.5 Cannot VRFY user, but will take message for <kate@fabrikam.com>", await client.CommandAsync("VRFY kate@fabrikam.com"));
        Assert.Equal("501 5.5.4 Invalid arguments", await client.CommandAsync("VRFY"));
        Assert.Equal("214-This server supports the following commands:\n214 HELO EHLO STARTTLS RCPT DATA RSET MAIL QUIT HELP AUTH BDAT NOOP VRFY", await client.CommandAsync("HELP"));
        Assert.Equal("250 2.1.0 Sender OK", await client.CommandAsync("MAIL FROM:chris@contoso.com"));
        Assert.Equal("250 2.0.0 Resetting", await client.CommandAsync("RSET"));
        Assert.Equal("250 2.1.0 Sender OK", await client.CommandAsync("MAIL FROM:chris@contoso.com"));
    }

    [Fact]
    public async Task BdatChunksMakeOneMessageKeptByteForByteWithoutDotUnstuffing()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();
        await client.CommandAsync("MAIL FROM:chris@contoso.com BODY=BINARYMIME");
        await client.CommandAsync("RCPT TO:kate@fabrikam.com");

        await client.SendRawAsync("BDAT 22\r\nSubject: chunks\r\n\r\n..a");
        Assert.Equal("250 2.0.0 CHUNK received OK, 22 octets", await client.ReadReplyAsync());
        await client.SendRawAsync("BDAT 5 LAST\r\nb\r\nc\0");
        Assert.Matches(QueuedPattern, await client.ReadReplyAsync());

        var text = await File.ReadAllTextAsync(Assert.Single(harness.Mailbox.Files("*.eml")));
        Assert.EndsWith("\r\nSubject: chunks\r\n\r\n..ab\r\nc\0", text);
        Assert.Contains(" with ESMTP id ", text);
    }

    [Fact]
    public async Task ARefusedBdatChunkIsStillReadSoItsBytesAreNotTakenForCommands()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();
        await client.CommandAsync("MAIL FROM:chris@contoso.com");

        await client.SendRawAsync("BDAT 6 LAST\r\nQUIT\r\n");

        Assert.Equal("503 5.5.2 Need rcpt command", await client.ReadReplyAsync());
        Assert.Equal("250 2.0.0 OK", await client.CommandAsync("NOOP"));
    }

    [Fact]
    public async Task DataAfterBdatInTheSameTransactionIsABadSequence()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();
        await client.CommandAsync("MAIL FROM:chris@contoso.com");
        await client.CommandAsync("RCPT TO:kate@fabrikam.com");
        await client.SendRawAsync("BDAT 3\r\nabc");
        await client.ReadReplyAsync();

        Assert.Equal("503 5.5.1 Bad sequence of commands", await client.CommandAsync("DATA"));
    }
}
