using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Cli;

/// <summary><c>telnetlite serve-demo</c> run as a user runs it, with a real client connecting to it.</summary>
public sealed class ServeDemoCommandTests
{
    private static async Task<IPEndPoint> ListeningAsync(TelnetLiteProcess app)
    {
        await app.WaitForOutputAsync(output => output.Contains("listening on ", StringComparison.Ordinal));
        var match = Regex.Match(app.Stdout, @"listening on (127\.0\.0\.1):(\d+)");
        Assert.True(match.Success, app.Stdout);
        return new IPEndPoint(IPAddress.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task WithTlsTheDemoGreetsOnlyAfterTheHandshakeAndSaysSoInItsWelcome()
    {
        using var folder = new TemporaryFolder();
        using var app = TelnetLiteProcess.Start(folder.Path, "serve-demo", "--tls", "--demo-mailbox", folder.Path);
        var endPoint = await ListeningAsync(app);

        using var tcp = new TcpClient();
        await tcp.ConnectAsync(endPoint);
        await using var tls = new SslStream(tcp.GetStream(), false, (_, _, _, _) => true);
        await tls.AuthenticateAsClientAsync("mail1.fabrikam.com").WaitAsync(TimeSpan.FromSeconds(30));
        var buffer = new byte[512];
        var read = await tls.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.StartsWith("220 mail1.fabrikam.com ", Encoding.ASCII.GetString(buffer, 0, read));
        await app.WaitForOutputAsync(output => output.Contains("implicit TLS", StringComparison.Ordinal));
    }
}
