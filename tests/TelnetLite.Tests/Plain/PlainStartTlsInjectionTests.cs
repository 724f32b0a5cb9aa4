using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Plain;

/// <summary>RFC 3207 §6: what a server (or a machine in the middle) sends in clear text right after its 220 to
/// STARTTLS is discarded and said so, and never shown or logged as if it had come over TLS.</summary>
public sealed class PlainStartTlsInjectionTests
{
    private const string Injected = "250 2.0.0 INJECTED-BEFORE-TLS";

    [Fact]
    public async Task PlainTextAfterThe220IsDiscardedReportedAndNeverTakenForTls()
    {
        using var folder = new TemporaryFolder();
        using var authority = TestCertificates.Authority();
        using var certificate = TestCertificates.Server("mail1.fabrikam.test", authority);
        await File.WriteAllTextAsync(folder.File("lab-ca.pem"), TestCertificates.CertificatePem(authority));
        var secondEhloOverTls = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            using var network = new NetworkStream(socket, ownsSocket: false);
            await WriteAsync(network, "220 inject.test ESMTP\r\n", ct);
            await ReadLineAsync(network, ct);
            await WriteAsync(network, "250-inject.test\r\n250 STARTTLS\r\n", ct);
            await ReadLineAsync(network, ct);
            // One write: the 220 and, behind it in the same segment, a reply no TLS protects.
            await WriteAsync(network, $"220 2.0.0 Ready to start TLS\r\n{Injected}\r\n", ct);
            await using var tls = new SslStream(network, leaveInnerStreamOpen: true);
            await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, ct);
            while (await ReadLineAsync(tls, ct) is { } line)
            {
                if (line.StartsWith("EHLO", StringComparison.Ordinal))
                {
                    secondEhloOverTls.TrySetResult(true);
                    await WriteAsync(tls, "250-inject.test over TLS\r\n250 AUTH PLAIN\r\n", ct);
                }
                else if (line.StartsWith("QUIT", StringComparison.Ordinal))
                {
                    await WriteAsync(tls, "221 2.0.0 Bye\r\n", ct);
                    return;
                }
                else
                {
                    await WriteAsync(tls, "500 5.5.1 unexpected\r\n", ct);
                }
            }
        });
        using var run = PlainRun.StartWith(null, "--cafile", folder.File("lab-ca.pem"), "127.0.0.1", server.Port.ToString(CultureInfo.InvariantCulture));

        var exit = await run.RunAsync("EHLO contoso.com", "STARTTLS", "EHLO contoso.com", "QUIT");

        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        Assert.True(await secondEhloOverTls.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("arrived in clear text right after the 220 and were discarded", run.App.Stderr);
        Assert.DoesNotContain("INJECTED", run.App.Stdout);
        Assert.DoesNotContain("INJECTED", run.Log);
        run.AssertShown("250-inject.test over TLS");
        Assert.Contains(" <~ 250-inject.test over TLS", run.Log);
        Assert.Contains(" <~ 221 2.0.0 Bye", run.Log);
    }

    private static async Task WriteAsync(Stream stream, string text, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(text), cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    // Byte by byte: before the handshake, nothing past the line may be taken from the socket.
    private static async Task<string?> ReadLineAsync(Stream stream, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0) return line.Length > 0 ? line.ToString() : null;
            if (one[0] == '\n') return line.ToString().TrimEnd('\r');
            line.Append((char)one[0]);
        }
    }
}
