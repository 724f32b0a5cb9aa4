using TelnetLite.Core.Auth;
using TelnetLite.Core.Scripts;
using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Tests.Scripts;

/// <summary>The directives issue 10 adds: !starttls, !auth, !open --tls, !open mx:.</summary>
public sealed class SmtpScriptParserMailTests
{
    private static SmtpScriptStep Single(string line)
    {
        var script = SmtpScriptParser.Parse(line);
        Assert.Empty(script.Errors);
        return Assert.Single(script.Steps);
    }

    private static string Error(string line) => Assert.Single(SmtpScriptParser.Parse(line).Errors).Reason;

    [Fact]
    public void TheStarttlsWalkthroughParsesIntoItsSteps()
    {
        var script = SmtpScriptParser.Parse("""
            !open --tls mail1.fabrikam.com
            EHLO contoso.com
            !starttls
            EHLO contoso.com
            !auth LOGIN chris@contoso.com
            !expect 235
            QUIT
            """);

        Assert.True(script.IsValid);
        Assert.True(script.NeedsPassword);
        Assert.Equal(new OpenStep(1, "mail1.fabrikam.com", null) { Tls = TlsChoice.On }, script.Steps[0]);
        Assert.Equal(new StartTlsStep(3), script.Steps[2]);
        Assert.Equal(new AuthStep(5, SaslMechanism.Login, "chris@contoso.com"), script.Steps[4]);
    }

    [Theory]
    [InlineData("!open --tls mail1.fabrikam.com 465", TlsChoice.On, 465)]
    [InlineData("!open mail1.fabrikam.com 465 --NO-TLS", TlsChoice.Off, 465)]
    [InlineData("!open mail1.fabrikam.com 25", TlsChoice.ByPort, 25)]
    public void OpenCarriesTheTlsChoice(string line, TlsChoice tls, int port)
    {
        var open = Assert.IsType<OpenStep>(Single(line));

        Assert.Equal((tls, (int?)port), (open.Tls, open.Port));
    }

    [Theory]
    [InlineData("!open mx:fabrikam.test", "fabrikam.test", null, TlsChoice.ByPort)]
    [InlineData("!OPEN --tls MX:fabrikam.test. 465", "fabrikam.test", 465, TlsChoice.On)]
    public void OpenMxNamesTheDomain(string line, string domain, int? port, TlsChoice tls)
    {
        Assert.Equal(new OpenMxStep(1, domain, port) { Tls = tls }, Single(line));
    }

    [Fact]
    public void AStartTlsLineIsStillALineToSend()
    {
        Assert.Equal(new SendLineStep(1, "STARTTLS"), Single("STARTTLS"));
        Assert.False(SmtpScriptParser.Parse("EHLO contoso.com\nSTARTTLS").NeedsPassword);
    }

    [Theory]
    [InlineData("!starttls now", "!starttls takes nothing after it")]
    [InlineData("!auth LOGIN", "!auth needs a mechanism and a user")]
    [InlineData("!auth LOGIN chris s3cret", "never from the script")]
    [InlineData("!auth NTLM chris", "unknown mechanism 'NTLM': write PLAIN, LOGIN, CRAM-MD5 or XOAUTH2")]
    [InlineData("!open --tls --no-tls mail1.fabrikam.com", "--tls and --no-tls exclude each other")]
    [InlineData("!open --ssl mail1.fabrikam.com", "unknown option '--ssl'")]
    [InlineData("!open --tls", "!open needs a host")]
    [InlineData("!open mx:kate@fabrikam.test", "the part after @")]
    [InlineData("!open mx:fabrikam.test 0", "'0' is not a port")]
    [InlineData("!tls", "(known: !expect, !open, !set logfile, !sleep, !starttls, !auth)")]
    public void BadDirectivesAreErrorsNamingTheFix(string line, string reason)
    {
        Assert.Contains(reason, Error(line));
    }

    [Fact]
    public void EveryMechanismCanBeNamed()
    {
        Assert.Equal(
            [SaslMechanism.Plain, SaslMechanism.Login, SaslMechanism.CramMd5, SaslMechanism.XOAuth2],
            SmtpScriptParser.Parse("!auth plain u\n!auth login u\n!auth cram-md5 u\n!auth xoauth2 u").Steps.Cast<AuthStep>().Select(step => step.Mechanism));
    }
}
