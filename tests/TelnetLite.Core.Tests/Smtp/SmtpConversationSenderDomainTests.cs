using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

/// <summary>
/// The domain next steps suggest is the user's own: never a name the server will refuse, and the MAIL FROM domain
/// once one is given.
/// </summary>
public sealed class SmtpConversationSenderDomainTests
{
    [Theory]
    [InlineData("contoso.com")]
    [InlineData("mail-1.contoso.com")]
    [InlineData("localhost")]
    [InlineData("xn--bcher-kva.example")]
    [InlineData("bücher.example")]
    [InlineData("3com.com")]
    public void AValidHostNameInEhloIsTheSenderDomain(string name)
    {
        var driver = new ConversationDriver().Greet();
        driver.Send($"EHLO {name}");

        Assert.Equal(name, driver.Conversation.SenderDomain);
    }

    [Theory]
    [InlineData("contoso..com")]
    [InlineData(".contoso.com")]
    [InlineData("contoso.com.")]
    [InlineData("-contoso.com")]
    [InlineData("contoso-.com")]
    [InlineData("contoso_mail.com")]
    [InlineData("[192.0.2.10]")]
    [InlineData("192.0.2.10")]
    [InlineData("contoso.com;")]
    public void AnInvalidHostNameInEhloIsIgnored(string name)
    {
        var driver = new ConversationDriver().Greet();
        driver.Send($"EHLO {name}");

        Assert.Null(driver.Conversation.SenderDomain);
    }

    [Fact]
    public void AnOverLongLabelOrNameIsNoHostName()
    {
        var driver = new ConversationDriver().Greet();
        driver.Send($"EHLO {new string('a', 64)}.com");
        Assert.Null(driver.Conversation.SenderDomain);

        driver.Send($"EHLO {string.Join('.', Enumerable.Repeat(new string('a', 63), 4))}.com");
        Assert.Null(driver.Conversation.SenderDomain);
    }

    [Fact]
    public void AnInvalidNameLeavesTheLastValidOneInPlace()
    {
        var driver = new ConversationDriver().Greet();
        driver.Send("EHLO contoso.com");
        driver.Receive("250 mail1.fabrikam.com");
        driver.Send("EHLO contoso..com");

        Assert.Equal("contoso.com", driver.Conversation.SenderDomain);
    }

    [Fact]
    public void TheMailFromDomainIsPreferredOnceGiven()
    {
        var driver = new ConversationDriver().Greet();
        driver.Send("EHLO mail.fabrikam.com");
        driver.Receive("250 mail1.fabrikam.com");
        driver.Send("MAIL FROM:<chris@contoso.com>");
        Assert.Equal("contoso.com", driver.Conversation.SenderDomain);

        driver.Receive("250 2.1.0 Sender OK");
        driver.Send("RSET");
        driver.Receive("250 2.0.0 Resetting");
        driver.Send("EHLO mail.fabrikam.com");
        Assert.Equal("contoso.com", driver.Conversation.SenderDomain);

        driver.Send("MAIL FROM:<kate@tailspintoys.com>");
        Assert.Equal("tailspintoys.com", driver.Conversation.SenderDomain);
    }

    [Theory]
    [InlineData("MAIL FROM:<chris@contoso..com>")]
    [InlineData("MAIL FROM:<chris@[192.0.2.10]>")]
    [InlineData("MAIL FROM:<>")]
    public void AMailFromWithoutAValidDomainKeepsTheEhloName(string mail)
    {
        var driver = new ConversationDriver().Greet();
        driver.Send("EHLO contoso.com");
        driver.Receive("250 mail1.fabrikam.com");
        driver.Send(mail);

        Assert.Equal("contoso.com", driver.Conversation.SenderDomain);
    }

    [Fact]
    public void AfterAnInvalidEhloNameTheNextStepsDoNotRepeatIt()
    {
        var driver = new ConversationDriver().Greet();
        driver.Send("EHLO contoso..com");
        driver.Receive("250 mail1.fabrikam.test");

        Assert.Equal("MAIL FROM:<sender@your-domain>", Replies.Annotate("250 mail1.fabrikam.test", driver.LastContext).Next);
    }

    [Fact]
    public void PostfixsLateRefusalOfTheEhloNameSuggestsANameInTheMailFromDomain()
    {
        // The Postfix refusal of fixture postfix-bad-helo, after the user gave a valid sender.
        const string refusal = "501 5.5.2 <contoso..com>: Helo command rejected: Invalid name";
        var driver = new ConversationDriver().Greet();
        driver.Send("EHLO contoso..com");
        driver.Receive("250 mail1.fabrikam.test");
        driver.Send("MAIL FROM:<chris@contoso.com>");
        driver.Receive("250 2.1.0 Ok");
        driver.Send("RCPT TO:<postmaster@mail1.fabrikam.test>");
        driver.Receive(refusal);

        var next = Replies.Annotate(refusal, driver.LastContext).Next;

        Assert.Equal("EHLO with a valid host name (letters, digits, hyphens and dots), e.g. EHLO mail.contoso.com, then MAIL FROM again", next);
    }
}
