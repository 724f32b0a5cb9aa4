namespace TelnetLite.Core.Demo;

/// <summary>What the server knows about one client: its hello, TLS, authentication and the transaction.</summary>
internal sealed class DemoSessionState(string clientAddress)
{
    /// <summary>The client's IP address as shown in <c>Hello [..]</c> and the Received line.</summary>
    public string ClientAddress { get; } = clientAddress;

    /// <summary>The domain given with the last accepted EHLO or HELO; null before it.</summary>
    public string? HeloDomain { get; set; }

    /// <summary>Whether that was EHLO (extended SMTP) rather than HELO.</summary>
    public bool Extended { get; set; }

    public bool Tls { get; set; }

    public bool Authenticated { get; set; }

    public DemoTransaction Transaction { get; } = new();

    /// <summary>RFC 3848's name for the Received line's "with" clause: SMTP, ESMTP, ESMTPS, ESMTPA or ESMTPSA.</summary>
    public string Protocol => !Extended ? "SMTP" : "ESMTP" + (Tls ? "S" : "") + (Authenticated ? "A" : "");

    /// <summary>RFC 3207 4.2: after the TLS handshake everything learnt before it is forgotten; the client says EHLO again.</summary>
    public void StartOverAfterTls()
    {
        Tls = true;
        HeloDomain = null;
        Extended = false;
        Authenticated = false;
        Transaction.Reset();
    }
}
