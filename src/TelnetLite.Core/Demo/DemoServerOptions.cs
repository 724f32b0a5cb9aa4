namespace TelnetLite.Core.Demo;

/// <summary>How a <see cref="DemoSmtpServer"/> listens, whom it lets in and where it keeps mail.</summary>
/// <param name="Port">The loopback port to bind; 0 picks a free one (see <see cref="DemoSmtpServer.EndPoint"/>).</param>
/// <param name="RequireAuth">When true, MAIL FROM before a successful AUTH is refused with
/// <c>530 5.7.1 Client was not authenticated</c>, as Exchange does for anonymous senders.</param>
/// <param name="MailboxDirectory">Where accepted messages are written as .eml files, created at start when missing (so a
/// bad path fails early). Null names a new folder under <see cref="Path.GetTempPath"/> at start and creates it only when
/// the first message is accepted. The folder is never deleted.</param>
/// <param name="Clock">The clock for the greeting's date and the Received line; null means <see cref="TimeProvider.System"/>.
/// Timeouts always run on real time.</param>
/// <param name="UserName">The one user AUTH LOGIN, PLAIN and CRAM-MD5 accept (compared without regard to case).</param>
/// <param name="Password">That user's password (compared exactly).</param>
/// <remarks>
/// The limits protect the process that hosts the server: a command line longer than
/// <see cref="MaxLineLength"/> bytes is refused, a message larger than <see cref="MaxMessageSize"/> bytes
/// (the size advertised by EHLO's SIZE) is refused at its end, a client silent for <see cref="IdleTimeout"/>
/// is disconnected and at most <see cref="MaxConnections"/> clients are served at once.
/// </remarks>
public sealed record DemoServerOptions(
    int Port = 0,
    bool RequireAuth = false,
    string? MailboxDirectory = null,
    TimeProvider? Clock = null,
    string UserName = DemoServerInfo.UserName,
    string Password = DemoServerInfo.Password)
{
    /// <summary>The longest command or message line accepted, in bytes, without its CRLF.</summary>
    public int MaxLineLength { get; init; } = 4096;

    /// <summary>The largest message accepted, in bytes; advertised as <c>SIZE</c>.</summary>
    public long MaxMessageSize { get; init; } = 10 * 1024 * 1024;

    /// <summary>How long a client may stay silent (or refuse to read) before it is disconnected.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How many clients are served at once; one more is told 421 and disconnected.</summary>
    public int MaxConnections { get; init; } = 64;

    /// <summary>When true the listener speaks TLS from the first byte (implicit TLS, RFC 8314, as on port 465): the
    /// handshake comes before the greeting, and EHLO does not offer STARTTLS. False (the default): plain text, with STARTTLS.</summary>
    public bool ImplicitTls { get; init; }

    /// <summary>How many recipients one message may have.</summary>
    public int MaxRecipients { get; init; } = 100;
}
