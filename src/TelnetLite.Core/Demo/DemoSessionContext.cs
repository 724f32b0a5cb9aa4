using System.Security.Cryptography.X509Certificates;

namespace TelnetLite.Core.Demo;

/// <summary>What every session of one server shares.</summary>
internal sealed record DemoSessionContext(
    DemoServerOptions Options,
    TimeProvider Clock,
    X509Certificate2 Certificate,
    DemoMailbox Mailbox,
    DemoAuthenticator Authenticator);
