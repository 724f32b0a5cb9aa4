using TelnetLite.Core.Demo;

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
    public async Task AServerWithoutAMailboxFolderMakesANewOneUnderTheTempFolderAndKeepsIt()
    {
        string directory;
        await using (var server = new DemoSmtpServer())
        {
            await server.StartAsync();
            directory = server.MailboxDirectory;
            Assert.True(Directory.Exists(directory));
            Assert.StartsWith(Path.GetFullPath(Path.GetTempPath()), directory);
            Assert.Contains(directory, server.WelcomeText);
        }

        try
        {
            Assert.True(Directory.Exists(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
