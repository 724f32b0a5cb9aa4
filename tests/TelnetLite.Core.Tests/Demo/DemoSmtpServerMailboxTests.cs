using TelnetLite.Core.Demo;
using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Core.Tests.Demo;

public sealed class DemoSmtpServerMailboxTests
{
    [Fact]
    public async Task LeadingDotsDoubledByTheClientAreUndoubledInTheStoredMessage()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();
        await client.CommandAsync("MAIL FROM:chris@contoso.com");
        await client.CommandAsync("RCPT TO:kate@fabrikam.com");
        await client.CommandAsync("DATA");

        await client.SendRawAsync("Subject: dots\r\n\r\n..\r\n...three\r\n.x\r\nmiddle . dot\r\n");
        Assert.StartsWith("250 2.6.0 ", await client.CommandAsync("."));

        var text = await File.ReadAllTextAsync(Assert.Single(harness.Mailbox.Files("*.eml")));
        Assert.EndsWith("\r\nSubject: dots\r\n\r\n.\r\n..three\r\nx\r\nmiddle . dot\r\n", text);
    }

    [Fact]
    public async Task EachAcceptedMessageGetsItsOwnFileAndTheSessionGoesOn()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        for (var i = 0; i < 3; i++)
        {
            await client.CommandAsync("MAIL FROM:chris@contoso.com");
            await client.CommandAsync("RCPT TO:kate@fabrikam.com");
            await client.CommandAsync("RCPT TO:admin@fabrikam.com");
            await client.CommandAsync("DATA");
            Assert.StartsWith("250 2.6.0 ", await client.CommandAsync($"Subject: {i}\r\n\r\nbody {i}\r\n."));
        }

        var messages = harness.Mailbox.Files("*.eml");
        Assert.Equal(3, messages.Length);
        Assert.All(messages, file => Assert.Contains("\tfor <kate@fabrikam.com>, <admin@fabrikam.com>; ", File.ReadAllText(file)));
    }

    [Fact]
    public async Task HeloSessionsAreRecordedAsPlainSmtp()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAsync();
        await client.CommandAsync("HELO contoso.com");
        await client.CommandAsync("MAIL FROM:chris@contoso.com");
        await client.CommandAsync("RCPT TO:kate@fabrikam.com");
        await client.CommandAsync("DATA");
        await client.CommandAsync("Subject: old style\r\n\r\nhi\r\n.");

        Assert.Contains(" with SMTP id ", await File.ReadAllTextAsync(Assert.Single(harness.Mailbox.Files("*.eml"))));
    }

    [Fact]
    public async Task AMessageLargerThanTheAdvertisedSizeIsRefusedAtItsEndAndNothingIsStored()
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions { MaxMessageSize = 1000 });
        await using var client = await harness.ConnectAsync();
        Assert.Contains("\n250-SIZE 1000\n", await client.CommandAsync("EHLO contoso.com"));
        await client.CommandAsync("MAIL FROM:chris@contoso.com");
        await client.CommandAsync("RCPT TO:kate@fabrikam.com");
        await client.CommandAsync("DATA");

        for (var i = 0; i < 30; i++) await client.SendAsync(new string('x', 60));
        Assert.Equal("552 5.3.4 Message size exceeds fixed maximum message size", await client.CommandAsync("."));

        Assert.Empty(harness.Mailbox.Files("*.eml"));
        Assert.Equal("250 2.1.0 Sender OK", await client.CommandAsync("MAIL FROM:chris@contoso.com"));
    }

    [Fact]
    public async Task ABdatChunkBeyondTheSizeLimitIsReadAndRefused()
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions { MaxMessageSize = 10 });
        await using var client = await harness.ConnectAndGreetAsync();
        await client.CommandAsync("MAIL FROM:chris@contoso.com");
        await client.CommandAsync("RCPT TO:kate@fabrikam.com");

        await client.SendRawAsync("BDAT 20 LAST\r\n" + new string('y', 20));

        Assert.Equal("552 5.3.4 Message size exceeds fixed maximum message size", await client.ReadReplyAsync());
        Assert.Equal("250 2.0.0 OK", await client.CommandAsync("NOOP"));
        Assert.Empty(harness.Mailbox.Files("*.eml"));
    }

    [Fact]
    public async Task AMessageLineLongerThanTheLimitMakesTheMessageRefused()
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions { MaxLineLength = 100 });
        await using var client = await harness.ConnectAndGreetAsync();
        await client.CommandAsync("MAIL FROM:chris@contoso.com");
        await client.CommandAsync("RCPT TO:kate@fabrikam.com");
        await client.CommandAsync("DATA");

        await client.SendAsync(new string('z', 500));
        Assert.Equal("554 5.6.0 Message contains a line that is too long", await client.CommandAsync("."));
        Assert.Empty(harness.Mailbox.Files("*.eml"));
    }

    [Fact]
    public async Task AServerWithoutAMailboxFolderNamesOneUnderTheTempFolderAndMakesItOnlyForTheFirstMessage()
    {
        string directory;
        await using (var server = new DemoSmtpServer())
        {
            await server.StartAsync();
            directory = server.MailboxDirectory;
            try
            {
                Assert.StartsWith(Path.GetFullPath(Path.GetTempPath()), directory);
                Assert.Contains(directory, server.WelcomeText);
                Assert.False(Directory.Exists(directory));

                await using var client = await SmtpTestClient.ConnectAsync(server.EndPoint);
                await client.ReadReplyAsync();
                await client.CommandAsync("EHLO contoso.com");
                await client.CommandAsync("MAIL FROM:chris@contoso.com");
                await client.CommandAsync("RCPT TO:kate@fabrikam.com");
                Assert.False(Directory.Exists(directory));
                await client.CommandAsync("DATA");
                Assert.StartsWith("250 2.6.0 ", await client.CommandAsync("Subject: first\r\n\r\nhello\r\n."));
                Assert.Single(Directory.GetFiles(directory, "*.eml"));
            }
            catch
            {
                if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
                throw;
            }
        }

        try
        {
            Assert.Single(Directory.GetFiles(directory, "*.eml"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task AServerWithoutAMailboxFolderThatAcceptsNoMessageLeavesNoFolderBehind()
    {
        string directory;
        await using (var server = new DemoSmtpServer(new DemoServerOptions { MaxMessageSize = 10 }))
        {
            await server.StartAsync();
            directory = server.MailboxDirectory;
            await using var client = await SmtpTestClient.ConnectAsync(server.EndPoint);
            await client.ReadReplyAsync();
            await client.CommandAsync("EHLO contoso.com");
            await client.CommandAsync("MAIL FROM:chris@contoso.com");
            await client.CommandAsync("RCPT TO:kate@fabrikam.com");
            await client.CommandAsync("DATA");
            Assert.StartsWith("552 ", await client.CommandAsync("Subject: too big for the limit\r\n\r\nhello\r\n."));
            Assert.StartsWith("221 ", await client.CommandAsync("QUIT"));
        }

        var left = Directory.Exists(directory);
        if (left) Directory.Delete(directory, recursive: true);
        Assert.False(left);
    }

    [Fact]
    public async Task AMailboxFolderGivenInTheOptionsIsMadeAtStartBeforeAnyMessage()
    {
        using var folder = new TemporaryFolder();
        var directory = folder.File(Path.Combine("nested", "mail"));

        await using var server = new DemoSmtpServer(new DemoServerOptions(MailboxDirectory: directory));
        await server.StartAsync();

        Assert.True(Directory.Exists(directory));
        Assert.Equal(Path.GetFullPath(directory), server.MailboxDirectory);
    }

    [Fact]
    public async Task AMailboxFolderGivenInTheOptionsThatCannotBeMadeFailsTheStart()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("a-file");
        await File.WriteAllTextAsync(file, "not a folder");

        await using var server = new DemoSmtpServer(new DemoServerOptions(MailboxDirectory: Path.Combine(file, "mail")));

        await Assert.ThrowsAnyAsync<IOException>(() => server.StartAsync());
    }
}
