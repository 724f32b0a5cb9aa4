using System.Security.Cryptography.X509Certificates;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Core.Tests.Support.Peers;

namespace TelnetLite.Core.Tests.Postfix;

/// <summary>A private Postfix that offers STARTTLS with a certificate for <see cref="PostfixConfiguration.HostName"/>
/// signed by a CA the test made (<see cref="Authority"/>, what <c>--cafile</c> is given); started before the first test
/// of <see cref="PostfixTlsCollection"/>, stopped after the last.</summary>
public sealed class PostfixTlsFixture : IAsyncLifetime
{
    private PostfixInstance? _instance;

    /// <summary>The CA that signed Postfix's certificate (public part only).</summary>
    public X509Certificate2 Authority { get; private set; } = null!;

    internal PostfixInstance Instance => _instance
        ?? throw new InvalidOperationException($"Postfix was not started: {PeerRequirements.Postfix.Problem ?? "its start failed"}");

    public async Task InitializeAsync()
    {
        using var authority = TestCertificates.Authority();
        Authority = X509CertificateLoader.LoadCertificate(authority.RawData);
        if (PeerRequirements.Postfix.SkipReason is not null) return;
        using var certificate = TestCertificates.Server(PostfixConfiguration.HostName, authority);
        _instance = await PostfixInstance.StartAsync(certificate);
    }

    public async Task DisposeAsync()
    {
        if (_instance is not null) await _instance.DisposeAsync();
        Authority.Dispose();
    }
}
