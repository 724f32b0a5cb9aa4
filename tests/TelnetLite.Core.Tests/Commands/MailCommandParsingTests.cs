using System.Net;
using TelnetLite.Core.Auth;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Tests.Commands;

/// <summary>The commands and settings issue 10 adds: open --tls and mx:, starttls, certificate, auth, mx, set tls verify,
/// set logsecrets, set dns.</summary>
public sealed class MailCommandParsingTests
{
    private readonly CommandInterpreter interpreter = new();

    [Theory]
    [InlineData("open --tls mail1.fabrikam.com", TlsChoice.On, 465, true)]
    [InlineData("open --TLS mail1.fabrikam.com 2465", TlsChoice.On, 2465, true)]
    [InlineData("open mail1.fabrikam.com --tls 25", TlsChoice.On, 25, true)]
    [InlineData("open mail1.fabrikam.com 465", TlsChoice.ByPort, 465, true)]
    [InlineData("open mail1.fabrikam.com smtps", TlsChoice.ByPort, 465, true)]
    [InlineData("open --no-tls mail1.fabrikam.com 465", TlsChoice.Off, 465, false)]
    [InlineData("open mail1.fabrikam.com 587", TlsChoice.ByPort, 587, false)]
    [InlineData("o --tls [::1]:2465", TlsChoice.On, 2465, true)]
    public void OpenCarriesATlsChoiceAndPort465MeansTlsByDefault(string line, TlsChoice tls, int port, bool usesTls)
    {
        var open = Assert.IsType<OpenRequest>(interpreter.Parse(line));

        Assert.Equal((tls, port, usesTls), (open.Tls, open.EffectivePort, open.UsesTls));
    }

    [Theory]
    [InlineData("open --tls --no-tls mail1.fabrikam.com", "--tls and --no-tls exclude each other")]
    [InlineData("open --starttls mail1.fabrikam.com", "Unknown option '--starttls'")]
    [InlineData("open --tls a b c", "Too many arguments")]
    public void BadOpenOptionsAreRefused(string line, string message)
    {
        Assert.Contains(message, Assert.IsType<InvalidRequest>(interpreter.Parse(line)).Message);
    }

    [Fact]
    public void OpenWithOnlyTlsStillAsksForTheHost()
    {
        var open = Assert.IsType<OpenRequest>(interpreter.Parse("open --tls"));

        Assert.Null(open.Host);
        Assert.Equal(TlsChoice.On, open.Tls);
    }

    [Theory]
    [InlineData("open mx:fabrikam.com", "fabrikam.com", 25, false)]
    [InlineData("open MX:Fabrikam.COM. 587", "Fabrikam.COM", 587, false)]
    [InlineData("open --tls mx:fabrikam.com", "fabrikam.com", 465, true)]
    [InlineData("open mx:bücher.example submission", "xn--bcher-kva.example", 587, false)]
    public void OpenMxNamesADomainWhoseMailHostsAreTried(string line, string domain, int port, bool usesTls)
    {
        var open = Assert.IsType<OpenMxRequest>(interpreter.Parse(line));

        Assert.Equal((domain, port, usesTls), (open.Domain, open.EffectivePort, open.UsesTls));
    }

    [Theory]
    [InlineData("open mx:", "Bad domain in 'mx:': no domain given")]
    [InlineData("open mx:kate@fabrikam.com", "the part after @")]
    [InlineData("open mx:fabrikam.com 99999", "Bad port '99999'")]
    public void ABadMxTargetIsRefused(string line, string message)
    {
        Assert.Contains(message, Assert.IsType<InvalidRequest>(interpreter.Parse(line)).Message);
    }

    [Fact]
    public void TheOpenPromptAndCommandLineTakeTlsAndMxOnlyWhenAskedTo()
    {
        Assert.IsType<InvalidRequest>(interpreter.ParseOpenTarget("mx:fabrikam.com"));
        Assert.Equal(new OpenMxRequest("fabrikam.com", null), interpreter.ParseOpenTarget("mx:fabrikam.com", allowTlsAndMx: true));
        Assert.Equal(new OpenRequest("mail1.fabrikam.com", null) { Tls = TlsChoice.On }, interpreter.ParseOpenTarget("--tls mail1.fabrikam.com", allowTlsAndMx: true));
        Assert.IsType<InvalidRequest>(interpreter.ParseOpenTarget("--tls", allowTlsAndMx: true));
    }

    [Theory]
    [InlineData("starttls")]
    [InlineData("star")]
    [InlineData("STARTTLS")]
    public void StartTlsIsACommand(string line) => Assert.Equal(new StartTlsRequest(), interpreter.Parse(line));

    [Theory]
    [InlineData("certificate")]
    [InlineData("ce")]
    [InlineData("cert")]
    public void CertificateIsACommand(string line) => Assert.Equal(new ShowCertificateRequest(), interpreter.Parse(line));

    [Fact]
    public void StaStaysStatusAndStAsWindowsTelnetHasIt()
    {
        Assert.IsType<StatusRequest>(interpreter.Parse("sta"));
        Assert.IsType<StatusRequest>(interpreter.Parse("st"));
        Assert.IsType<InvalidRequest>(interpreter.Parse("starttls now"));
    }

    [Theory]
    [InlineData("auth", null, null)]
    [InlineData("auth login", SaslMechanism.Login, null)]
    [InlineData("a PLAIN chris@contoso.com", SaslMechanism.Plain, "chris@contoso.com")]
    [InlineData("auth cram-md5 chris", SaslMechanism.CramMd5, "chris")]
    [InlineData("auth xoauth2 chris@contoso.com", SaslMechanism.XOAuth2, "chris@contoso.com")]
    [InlineData("auth chris@contoso.com", null, "chris@contoso.com")]
    public void AuthTakesAnOptionalMechanismAndUser(string line, SaslMechanism? mechanism, string? user)
    {
        Assert.Equal(new AuthRequest(mechanism, user), interpreter.Parse(line));
    }

    [Theory]
    [InlineData("auth ntlm", "Unknown mechanism 'ntlm'")]
    [InlineData("auth login chris s3cret", "the password is asked for, never typed here")]
    [InlineData("auth login chr\u001bis", "control characters")]
    public void AuthRefusesWhatItCannotDo(string line, string message)
    {
        Assert.Contains(message, Assert.IsType<InvalidRequest>(interpreter.Parse(line)).Message);
    }

    [Fact]
    public void MxTakesOneDomain()
    {
        Assert.Equal(new MxRequest("fabrikam.com"), interpreter.Parse("mx fabrikam.com."));
        Assert.Equal(new MxRequest("fabrikam.com"), interpreter.Parse("m fabrikam.com"));
        Assert.Contains("Usage: mx DOMAIN", Assert.IsType<InvalidRequest>(interpreter.Parse("mx")).Message);
        Assert.Contains("Bad domain 'kate@fabrikam.com'", Assert.IsType<InvalidRequest>(interpreter.Parse("mx kate@fabrikam.com")).Message);
    }

    [Theory]
    [InlineData("set tls verify off", false)]
    [InlineData("set tls verify on", true)]
    [InlineData("set tls verify", true)]
    [InlineData("set tl VERIFY OFF", false)]
    public void SetTlsVerifySwitchesCertificateChecking(string line, bool on)
    {
        Assert.Equal(new SetRequest(new TlsVerifyChange(on)), interpreter.Parse(line));
    }

    [Theory]
    [InlineData("set tls", "set tls needs what to set: set tls verify on|off")]
    [InlineData("set tls ciphers", "Unknown TLS setting 'ciphers': set tls verify on|off")]
    [InlineData("set tls verify maybe", "Bad value 'maybe' for set tls verify")]
    [InlineData("unset tls", "'tls' cannot be unset: use set tls verify on|off")]
    public void BadTlsSettingsAreRefused(string line, string message)
    {
        Assert.Contains(message, Assert.IsType<InvalidRequest>(interpreter.Parse(line)).Message);
    }

    [Fact]
    public void SetTStaysTerm()
    {
        Assert.Equal(new SetRequest(new TerminalTypeChange("ANSI")), interpreter.Parse("set t ansi"));
    }

    [Fact]
    public void LogSecretsIsSwitchedOnAndOff()
    {
        Assert.Equal(new SetRequest(new LogSecretsChange(true)), interpreter.Parse("set logsecrets"));
        Assert.Equal(new SetRequest(new LogSecretsChange(false)), interpreter.Parse("set logs off"));
        Assert.Equal(new UnsetRequest(new LogSecretsChange(false)), interpreter.Parse("unset logsecrets"));
    }

    [Fact]
    public void SetDnsChoosesTheResolverAndSystemOrUnsetGoesBack()
    {
        Assert.Equal(new SetRequest(new DnsServerChange(new IPEndPoint(IPAddress.Parse("192.0.2.53"), 5353))), interpreter.Parse("set dns 192.0.2.53:5353"));
        Assert.Equal(new SetRequest(new DnsServerChange(null)), interpreter.Parse("set dns system"));
        Assert.Equal(new UnsetRequest(new DnsServerChange(null)), interpreter.Parse("unset dns"));
        Assert.Contains("not an IP address", Assert.IsType<InvalidRequest>(interpreter.Parse("set dns dns.fabrikam.com")).Message);
    }

    [Fact]
    public void ApplyingTheNewSettingsChangesThemAndSaysSo()
    {
        var settings = new SessionSettings();

        var verify = interpreter.Apply(new TlsVerifyChange(false), settings);
        var secrets = interpreter.Apply(new LogSecretsChange(true), settings);
        var dns = interpreter.Apply(new DnsServerChange(new IPEndPoint(IPAddress.Parse("192.0.2.53"), 53)), settings);

        Assert.Equal((false, true, "192.0.2.53"), (settings.TlsVerify, settings.LogSecrets, settings.DnsServer?.Address.ToString()));
        Assert.Equal("TLS verify off: an invalid server certificate is accepted, and the session is marked unverified", verify);
        Assert.StartsWith("Warning: log secrets on: what you type after AUTH is written to the log in clear", secrets);
        Assert.Equal("DNS server: 192.0.2.53", dns);
        Assert.Equal("DNS server: system (the resolver this machine uses)", interpreter.Apply(new DnsServerChange(null), settings));
    }

    [Fact]
    public void HelpListsTheNewCommandsAndSettings()
    {
        var commands = string.Join('\n', HelpText.Commands);
        var set = string.Join('\n', HelpText.SetOptions);

        Assert.Contains("auth [MECH] [USER]", commands);
        Assert.Contains("certificate", commands);
        Assert.Contains("mx DOMAIN", commands);
        Assert.Contains("starttls", commands);
        Assert.Contains("--tls", commands);
        Assert.Contains("tls verify on|off", set);
        Assert.Contains("logsecrets [on|off]", set);
        Assert.Contains("dns SERVER[:PORT]", set);
        Assert.Contains("open mx:DOMAIN [port]", string.Join('\n', HelpText.For("open")));
    }
}
