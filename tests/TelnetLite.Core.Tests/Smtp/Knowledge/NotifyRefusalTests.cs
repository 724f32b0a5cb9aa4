using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>A 501 to a RCPT TO carrying an invalid NOTIFY= blames the NOTIFY value, not the address.</summary>
public sealed class NotifyRefusalTests
{
    private const string Refused = "501 5.5.4 Invalid arguments";

    private static SmtpAnnotation AnnotateRcpt(string line)
    {
        var driver = new ConversationDriver().Ehlo();
        driver.Send("MAIL FROM:<chris@contoso.com>");
        driver.Receive("250 2.1.0 Ok");
        driver.Send(line);
        driver.Receive(Refused);
        return Replies.Annotate(Refused, driver.LastContext);
    }

    [Fact]
    public void AnInvalidNotifyIsTheFirstCauseAndTheNextStepCorrectsIt()
    {
        var annotation = AnnotateRcpt("RCPT TO:<kate@fabrikam.com> NOTIFY=never,success");

        Assert.Equal("NOTIFY=never,success is not valid: NEVER must stand alone (RFC 3461 §4.1), it cannot be combined with SUCCESS, FAILURE or DELAY", annotation.Causes[0]);
        Assert.Equal("RCPT TO:<kate@fabrikam.com> NOTIFY=SUCCESS, or NOTIFY=NEVER alone for no notification", annotation.Next);
    }

    [Fact]
    public void AValidNotifyIsNotBlamed()
    {
        var annotation = AnnotateRcpt("RCPT TO:<kate@fabrikam.com> NOTIFY=success,failure");

        Assert.DoesNotContain(annotation.Causes, cause => cause.StartsWith("NOTIFY=", StringComparison.Ordinal));
        Assert.DoesNotContain("NOTIFY=NEVER alone", annotation.Next);
    }
}
