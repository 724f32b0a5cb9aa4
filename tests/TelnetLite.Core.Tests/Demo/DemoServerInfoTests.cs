using System.Net;
using System.Text;
using TelnetLite.Core.Demo;

namespace TelnetLite.Core.Tests.Demo;

public sealed class DemoServerInfoTests
{
    private static readonly IPEndPoint EndPoint = new(IPAddress.Loopback, 2525);

    [Fact]
    public void TheWelcomeTextSaysWhereTheServerIsWhatToTypeTheCredentialsAndWhereMailGoes()
    {
        var text = DemoServerInfo.WelcomeText(EndPoint, "/tmp/demo-mail", requireAuth: false);

        Assert.Contains("127.0.0.1:2525", text);
        Assert.Contains("mail1.fabrikam.com", text);
        foreach (var line in new[]
                 {
                     "EHLO contoso.com", "MAIL FROM:chris@contoso.com", "RCPT TO:kate@fabrikam.com NOTIFY=success,failure",
                     "DATA", "Subject: Test from Contoso", "This is a test message", "QUIT",
                 })
        {
            Assert.Contains("  " + line + "\n", text);
        }

        Assert.Contains("user chris@contoso.com, password demo", text);
        Assert.Contains("/tmp/demo-mail", text);
        Assert.Contains("--demo-require-auth", text);
    }

    [Fact]
    public void WhenAuthIsRequiredTheWalkthroughAuthenticatesBeforeMailFrom()
    {
        var text = DemoServerInfo.WelcomeText(EndPoint, "/tmp/demo-mail", requireAuth: true);

        Assert.True(text.IndexOf("  AUTH PLAIN " + DemoServerInfo.AuthPlainResponse(), StringComparison.Ordinal)
                    < text.IndexOf("  MAIL FROM:", StringComparison.Ordinal));
        Assert.Contains("530 5.7.1 Client was not authenticated", text);
    }

    [Fact]
    public void TheAuthPlainResponseIsBase64OfNulUserNulPassword()
    {
        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(DemoServerInfo.AuthPlainResponse()));

        Assert.Equal("\0chris@contoso.com\0demo", decoded);
    }
}
