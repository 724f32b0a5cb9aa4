using TelnetLite.Core.Demo;

namespace TelnetLite.Core.Tests.Demo;

public sealed class DemoSmtpServerFailureTests
{
    public static TheoryData<string, string> BadHelloDomains => new()
    {
        { "EHLO contoso_com", "501 5.5.4 Invalid domain name" },
        { "EHLO contoso.com!", "501 5.5.4 Invalid domain name" },
        { "EHLO cont\boso.com", "501 5.5.4 Invalid domain name" },
        { "EHLO contoso com", "501 5.5.4 Invalid domain name" },
        { "EHLO", "501 5.5.4 Invalid domain name" },
        { "HELO con@toso.com", "501 5.5.4 Invalid domain name" },
        { "EHLO [192.0.2.300]", "501 5.5.4 Invalid domain name" },
        { "EHLO [contoso.com]", "501 5.5.4 Invalid domain name" },
    };

    public static TheoryData<string> GoodHelloDomains => new()
    {
        "EHLO contoso.com",
        "EHLO my-host.contoso.com",
        "EHLO localhost",
        "EHLO [192.0.2.1]",
        "EHLO [IPv6:2001:db8::1]",
        "HELO CONTOSO.COM",
    };

    public static TheoryData<string> MalformedSenders => new()
    {
        "MAIL FROM:chris.contoso.com",
        "MAIL FROM:chris@@contoso.com",
        "MAIL FROM:chris@kate@contoso.com",
        "MAIL FROM:@contoso.com",
        "MAIL FROM:chris@",
        "MAIL FROM:<chris smith@contoso.com>",
        "MAIL FROM:chris smith@contoso.com",
        "MAIL FROM:chris(x)@contoso.com",
        "MAIL FROM:chr\bis@contoso.com",
        "MAIL FROM:chris@contoso..com",
        "MAIL FROM:chris@contoso_com",
        "MAIL FROM:<chris@contoso.com",
        "MAIL FROM:",
    };

    [Theory]
    [MemberData(nameof(BadHelloDomains))]
    public async Task AHelloDomainWithCharactersOtherThanLettersDigitsHyphensAndDotsIsAnInvalidDomainName(string line, string expected)
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAsync();

        Assert.Equal(expected, await client.CommandAsync(line));
        Assert.Equal("503 5.5.2 Send hello first", await client.CommandAsync("MAIL FROM:chris@contoso.com"));
    }

    [Theory]
    [MemberData(nameof(GoodHelloDomains))]
    public async Task DomainsAndAddressLiteralsAreGoodHelloDomains(string line)
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAsync();

        Assert.StartsWith("250", await client.CommandAsync(line));
    }

    [Theory]
    [MemberData(nameof(MalformedSenders))]
    public async Task AMalformedSenderIsAnInvalidAddress(string line)
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        Assert.Equal("550 5.1.7 Invalid address", await client.CommandAsync(line));
        Assert.Equal("250 2.1.0 Sender OK", await client.CommandAsync("MAIL FROM:chris@contoso.com"));
    }

    [Theory]
    [InlineData("RCPT TO:bob@fabrikam.com")]
    [InlineData("RCPT TO:kate.smith@fabrikam.com")]
    [InlineData("RCPT TO:<nobody@FABRIKAM.COM> NOTIFY=never")]
    public async Task ARecipientAtFabrikamWhoIsNotInTheDirectoryIsAnUnknownUser(string line)
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();
        await client.CommandAsync("MAIL FROM:chris@contoso.com");

        Assert.Equal("550 5.1.1 User unknown", await client.CommandAsync(line));
    }

    [Theory]
    [InlineData("kate")]
    [InlineData("admin")]
    [InlineData("postmaster")]
    [InlineData("KATE")]
    public async Task EveryMailboxOfTheDemoDirectoryIsARecipient(string user)
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();
        await client.CommandAsync("MAIL FROM:chris@contoso.com");

        Assert.Equal("250 2.1.5 Recipient OK", await client.CommandAsync($"RCPT TO:{user}@fabrikam.com"));
    }

    [Theory]
    [InlineData("RCPT TO:kate@contoso.com")]
    [InlineData("RCPT TO:kate@mail1.fabrikam.com")]
    [InlineData("RCPT TO:someone@example.org NOTIFY=success,failure")]
    public async Task ARecipientInAnyOtherDomainIsNotRelayed(string line)
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();
        await client.CommandAsync("MAIL FROM:chris@contoso.com");

        Assert.Equal("550 5.7.1 Unable to relay", await client.CommandAsync(line));
    }

    [Theory]
    [InlineData("RCPT TO:kate", "501 5.1.3 Invalid address")]
    [InlineData("RCPT TO:kate@@fabrikam.com", "501 5.1.3 Invalid address")]
    [InlineData("RCPT kate@fabrikam.com", "501 5.5.4 Invalid arguments")]
    [InlineData("RCPT TO:kate@fabrikam.com NOTIFY=sometimes", "501 5.5.4 Invalid arguments")]
    [InlineData("RCPT TO:kate@fabrikam.com NOTIFY=success,success", "501 5.5.4 Invalid arguments")]
    [InlineData("RCPT TO:kate@fabrikam.com COLOUR=blue", "501 5.5.4 Invalid arguments")]
    public async Task AMalformedRecipientLineIsRefusedAsExchangeDoes(string line, string expected)
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();
        await client.CommandAsync("MAIL FROM:chris@contoso.com");

        Assert.Equal(expected, await client.CommandAsync(line));
    }

    [Theory]
    [InlineData("MAIL chris@contoso.com", "501 5.5.4 Invalid arguments")]
    [InlineData("MAIL FROM:chris@contoso.com SIZE=big", "501 5.5.4 Invalid arguments")]
    [InlineData("MAIL FROM:chris@contoso.com BODY=9BIT", "501 5.5.4 Invalid arguments")]
    [InlineData("MAIL FROM:chris@contoso.com SIZE=99999999999", "552 5.3.4 Message size exceeds fixed maximum message size")]
    public async Task AMalformedSenderLineOrAnAnnouncedSizeTooLargeIsRefused(string line, string expected)
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        Assert.Equal(expected, await client.CommandAsync(line));
    }

    [Fact]
    public async Task MailFromBeforeAuthIsRefusedWhenAuthIsRequired()
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions(RequireAuth: true));
        await using var client = await harness.ConnectAndGreetAsync();

        Assert.Equal("530 5.7.1 Client was not authenticated", await client.CommandAsync("MAIL FROM:chris@contoso.com"));
    }

    [Theory]
    [InlineData("MAIL FROM:chris@contoso.com")]
    [InlineData("RCPT TO:kate@fabrikam.com")]
    [InlineData("DATA")]
    [InlineData("AUTH LOGIN")]
    [InlineData("STARTTLS")]
    public async Task ATransactionCommandBeforeHelloIsToldToSendHelloFirst(string line)
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAsync();

        Assert.Equal("503 5.5.2 Send hello first", await client.CommandAsync(line));
    }

    [Theory]
    [InlineData("EHLP contoso.com")]
    [InlineData("EHL\bLO contoso.com")]
    [InlineData("\b")]
    [InlineData("")]
    [InlineData("MAIL\bFROM:chris@contoso.com")]
    [InlineData("EXPN staff")]
    [InlineData("open mail1.fabrikam.com 25")]
    public async Task AnUnknownCommandIncludingOneWithARawBackspaceIsUnrecognized(string line)
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        Assert.Equal("500 5.3.3 Unrecognized command", await client.CommandAsync(line));
        Assert.Equal("250 2.0.0 OK", await client.CommandAsync("NOOP"));
    }

    [Fact]
    public async Task DataWithNoAcceptedRecipientNeedsARcptCommand()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();
        await client.CommandAsync("MAIL FROM:chris@contoso.com");
        await client.CommandAsync("RCPT TO:bob@fabrikam.com");

        Assert.Equal("503 5.5.2 Need rcpt command", await client.CommandAsync("DATA"));
    }

    [Fact]
    public async Task RcptOrDataWithoutMailFromNeedsAMailCommand()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        Assert.Equal("503 5.5.2 Need mail command", await client.CommandAsync("RCPT TO:kate@fabrikam.com"));
        Assert.Equal("503 5.5.2 Need mail command", await client.CommandAsync("DATA"));
    }

    [Fact]
    public async Task ASecondMailFromInOneTransactionIsRefusedUntilTheTransactionEnds()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();
        await client.CommandAsync("MAIL FROM:chris@contoso.com");

        Assert.Equal("503 5.5.2 Sender already specified", await client.CommandAsync("MAIL FROM:kate@fabrikam.com"));
        await client.CommandAsync("RSET");
        Assert.Equal("250 2.1.0 Sender OK", await client.CommandAsync("MAIL FROM:kate@fabrikam.com"));
    }

    [Fact]
    public async Task ASecondEhloStartsAFreshTransaction()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();
        await client.CommandAsync("MAIL FROM:chris@contoso.com");
        await client.CommandAsync("EHLO contoso.com");

        Assert.Equal("503 5.5.2 Need mail command", await client.CommandAsync("RCPT TO:kate@fabrikam.com"));
    }

    [Fact]
    public async Task TooManyRecipientsAreRefusedOneByOne()
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions { MaxRecipients = 2 });
        await using var client = await harness.ConnectAndGreetAsync();
        await client.CommandAsync("MAIL FROM:chris@contoso.com");
        await client.CommandAsync("RCPT TO:kate@fabrikam.com");
        await client.CommandAsync("RCPT TO:admin@fabrikam.com");

        Assert.Equal("452 4.5.3 Too many recipients", await client.CommandAsync("RCPT TO:postmaster@fabrikam.com"));
    }
}
