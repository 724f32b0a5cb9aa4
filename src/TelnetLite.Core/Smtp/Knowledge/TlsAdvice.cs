namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// What to say wherever TLS would be the next step: TelnetLite, like telnet, cannot do the TLS handshake that
/// follows STARTTLS's 220, so a hand-typed session cannot go on after it; tools that can are named instead.
/// </summary>
internal static class TlsAdvice
{
    public const string CannotDoTls = "TelnetLite (like telnet) cannot do yet";

    /// <summary>The tools that can test SMTP over TLS, aimed at the port when it is known.</summary>
    public static string Tools(int port)
    {
        var target = port > 0 ? $"<host>:{port}" : "<host>:<port>";
        return $"openssl s_client -starttls smtp -connect {target}, or swaks --tls --server {target}";
    }

    /// <summary>The next step when TLS is required first.</summary>
    public static string Needed(int port, string what) => $"{what} needs TLS first, which {CannotDoTls}: test it with {Tools(port)}";
}
