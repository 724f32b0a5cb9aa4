using System.Net;
using System.Text;

namespace TelnetLite.Core.Demo;

/// <summary>What the demo server pretends to be, its demo credentials and directory, and the welcome text.</summary>
/// <remarks>The names are the seed walkthrough's: the server mail1.fabrikam.com, the sender chris@contoso.com,
/// the recipient kate@fabrikam.com.</remarks>
internal static class DemoServerInfo
{
    /// <summary>The host name the demo server gives in its greeting and EHLO reply.</summary>
    public const string HostName = "mail1.fabrikam.com";

    /// <summary>The only domain the demo server delivers to.</summary>
    public const string LocalDomain = "fabrikam.com";

    /// <summary>The demo user name for AUTH LOGIN, PLAIN and CRAM-MD5.</summary>
    public const string UserName = "chris@contoso.com";

    /// <summary>The demo password for AUTH LOGIN, PLAIN and CRAM-MD5.</summary>
    public const string Password = "demo";

    /// <summary>The mailboxes that exist at <see cref="LocalDomain"/>; any other is <c>550 5.1.1 User unknown</c>.</summary>
    public static IReadOnlyList<string> Mailboxes { get; } = ["kate", "admin", "postmaster"];

    /// <summary>What AUTH PLAIN takes as its initial response for the demo user, base64 of NUL user NUL password.</summary>
    public static string AuthPlainResponse(string userName = UserName, string password = Password) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{userName}\0{password}"));

    /// <summary>The welcome note: what the demo is, what to type, the credentials and where messages go.</summary>
    /// <param name="endPoint">Where the demo server listens.</param>
    /// <param name="mailboxDirectory">Where it writes accepted messages.</param>
    /// <param name="requireAuth">Whether it asks for AUTH before MAIL FROM.</param>
    /// <param name="userName">The demo user name in force.</param>
    /// <param name="password">The demo password in force.</param>
    /// <param name="implicitTls">Whether the listener speaks TLS from the first byte.</param>
    /// <returns>Several lines separated by <c>\n</c>, no trailing newline.</returns>
    public static string WelcomeText(IPEndPoint endPoint, string mailboxDirectory, bool requireAuth,
        string userName = UserName, string password = Password, bool implicitTls = false)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        var user64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(userName));
        var password64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(password));
        var lines = new List<string>
        {
            $"Demo: an SMTP server inside TelnetLite on {endPoint}, answering as the seed's Exchange 2007 server {HostName}. Nothing leaves this machine.",
        };
        if (implicitTls) lines.Add("This listener speaks TLS from the first byte (implicit TLS, as on port 465), with a self-signed certificate made at start-up.");
        lines.Add("Type the seed's walkthrough, one line at a time:");
        lines.Add("  EHLO contoso.com");
        if (requireAuth) lines.Add($"  AUTH PLAIN {AuthPlainResponse(userName, password)}");
        lines.AddRange(
        [
            "  MAIL FROM:chris@contoso.com",
            "  RCPT TO:kate@fabrikam.com NOTIFY=success,failure",
            "  DATA",
            "  Subject: Test from Contoso",
            "  (an empty line: a blank line separates the header fields from the body)",
            "  This is a test message",
            "  .",
            "  QUIT",
            $"Mailboxes at {LocalDomain}: {string.Join(", ", Mailboxes)}. Other users are unknown (550 5.1.1); other domains are not relayed (550 5.7.1) unless you authenticate.",
            "Make the seed's failures on purpose: EHLO contoso_com (501 5.5.4), MAIL FROM:chris.contoso.com (550 5.1.7), RCPT TO:bob@fabrikam.com (550 5.1.1), MAIL FROM before EHLO (503 5.5.2).",
            requireAuth
                ? "Authentication is required: MAIL FROM before AUTH gets 530 5.7.1 Client was not authenticated."
                : "Authentication is optional here (run with --demo-require-auth to see 530 5.7.1 Client was not authenticated).",
            $"Credentials: user {userName}, password {password}. AUTH PLAIN {AuthPlainResponse(userName, password)} or AUTH LOGIN, then {user64} and {password64}; AUTH CRAM-MD5 works too.",
        ]);
        if (!implicitTls) lines.Add("STARTTLS works: type it after EHLO and TelnetLite does the handshake (it knows this demo's certificate, made at start-up; other clients see it as self-signed); then EHLO again, and AUTH.");
        lines.AddRange(
        [
            $"Accepted messages are saved as .eml files in {mailboxDirectory} (kept after exit).",
        ]);
        return string.Join('\n', lines);
    }
}
