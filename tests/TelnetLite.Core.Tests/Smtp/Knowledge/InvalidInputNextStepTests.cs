using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>After the seed's failures, no next step suggests the domain or address the server just refused.</summary>
public sealed class InvalidInputNextStepTests
{
    [Fact]
    public void AfterARefusedEhloDomainTheGreetingHintUsesTheSendersDomainNotTheRefusedOne()
    {
        var driver = new ConversationDriver().Greet();
        driver.Send("EHLO contoso_com");
        driver.Receive("501 5.5.4 Invalid domain name");
        driver.Send("MAIL FROM:<chris@contoso.com>");
        driver.Receive("503 5.5.2 Send hello first");

        var next = Replies.Annotate("503 5.5.2 Send hello first", driver.LastContext).Next;

        Assert.Equal("EHLO contoso.com", next);
    }

    [Fact]
    public void WithNoValidDomainKnownTheGreetingHintIsAPlaceholder()
    {
        var driver = new ConversationDriver().Greet();
        driver.Send("EHLO contoso_com");
        driver.Receive("501 5.5.4 Invalid domain name");
        var refused = Replies.Annotate("501 5.5.4 Invalid domain name", driver.LastContext).Next;
        driver.Send("MAIL FROM:chris.contoso.com");
        driver.Receive("503 5.5.2 Send hello first");
        var next = Replies.Annotate("503 5.5.2 Send hello first", driver.LastContext).Next;

        Assert.Equal("EHLO <your domain> with a valid domain name (letters, digits, hyphens and dots only)", refused);
        Assert.Equal("EHLO <your domain>", next);
    }

    [Theory]
    [InlineData("MAIL FROM:chris.contoso.com", "501 5.5.4 Syntax: MAIL FROM:<address>", "MAIL FROM:<sender@contoso.com>")]
    [InlineData("MAIL FROM:chris@contoso.com", "501 5.5.4 Syntax: MAIL FROM:<address>", "MAIL FROM:<chris@contoso.com>")]
    [InlineData("RCPT TO:kate.fabrikam.com", "501 5.5.4 Syntax: RCPT TO:<address>", "RCPT TO:<recipient@domain>")]
    public void ASyntaxRefusalRepeatsTheAddressOnlyWhenItIsValid(string line, string reply, string expected)
    {
        var driver = new ConversationDriver().Ehlo();
        if (line.StartsWith("RCPT", StringComparison.Ordinal))
        {
            driver.Send("MAIL FROM:<chris@contoso.com>");
            driver.Receive("250 2.1.0 Ok");
        }
        driver.Send(line);
        driver.Receive(reply);

        Assert.Equal(expected, Replies.Annotate(reply, driver.LastContext).Next);
    }
}
