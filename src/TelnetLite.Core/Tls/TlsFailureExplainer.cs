using System.Globalization;
using System.Text;

namespace TelnetLite.Core.Tls;

/// <summary>Explains a failed handshake from what actually happened on the wire, as replies are explained: what, why,
/// and what to do.</summary>
/// <remarks>Pure. The evidence is read in order of certainty: a certificate the check rejected; plain text where a
/// handshake was expected; a TLS alert or an old ServerHello; the server closing; the clock; anything else.</remarks>
internal static class TlsFailureExplainer
{
    private const string GoOnAnyway = "to test anyway: --insecure on the command line, or set tls verify off in command mode (the session is then marked unverified)";

    public static TlsFailure Explain(TlsHandshakeEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var received = evidence.Received.AsSpan();
        if (evidence.Certificate is { Trust: TlsTrust.Rejected } rejected) return CertificateRejected(evidence, rejected);
        if (TlsRecordSniffer.LooksLikeText(received)) return PlaintextReply(evidence, FirstLine(received));
        if (TlsRecordSniffer.FirstAlert(received) is { } alert) return Alert(evidence, alert);
        if (TlsRecordSniffer.ServerHelloVersion(received) is { } version and < 0x0303) return OldProtocol(evidence, version);
        if (evidence.TimedOut) return TimedOut(evidence);
        if (evidence.ServerClosed || (received.IsEmpty && evidence.Error is IOException)) return Closed(evidence);
        return new TlsFailure(TlsFailureKind.ConnectionError,
            $"TLS failed: the connection to {evidence.Host} failed during the handshake: {Message(evidence.Error)}",
            ["the network or the server ended the connection in the middle of the handshake"],
            ["try again; if it keeps failing, look at the server's log for the TLS error"],
            evidence.Certificate);
    }

    /// <summary>For a plain-text session that received TLS bytes instead of an SMTP reply (port 465 without TLS).</summary>
    public static IReadOnlyList<string> TlsBytesWithoutTls(int port) =>
    [
        $"the server sent TLS bytes, not an SMTP reply: port {port.ToString(CultureInfo.InvariantCulture)} expects TLS from the first byte (implicit TLS, RFC 8314)",
        $"next: reconnect with TLS: open --tls HOST {port.ToString(CultureInfo.InvariantCulture)} (on the command line --tls, or leave out --no-tls)",
    ];

    /// <summary>For a plain-text session on port 465 that has had no greeting: the server waits for a handshake.</summary>
    public static IReadOnlyList<string> SilentImplicitTlsPort(int port) =>
    [
        $"no greeting yet: on port {port.ToString(CultureInfo.InvariantCulture)} a server usually waits for a TLS handshake first (implicit TLS, RFC 8314), and this connection is plain text",
        $"next: reconnect with TLS: open --tls HOST {port.ToString(CultureInfo.InvariantCulture)} (on the command line --tls, or leave out --no-tls)",
    ];

    private static TlsFailure CertificateRejected(TlsHandshakeEvidence evidence, TlsSessionDescription seen)
    {
        var steps = new List<string>();
        var kinds = seen.Problems.Select(problem => problem.Kind).ToHashSet();
        if (kinds.Contains(TlsCertificateProblemKind.NameMismatch) && seen.Certificate is { Names.Count: > 0 } named)
            steps.Add($"open the server by a name on its certificate ({string.Join(", ", named.Names)}), or ask its administrator for a certificate that names {evidence.Host}");
        if (kinds.Contains(TlsCertificateProblemKind.Expired) || kinds.Contains(TlsCertificateProblemKind.NotYetValid))
            steps.Add("the server's administrator must renew the certificate (or, for one not yet valid, check the clocks of both machines)");
        if (kinds.Contains(TlsCertificateProblemKind.UntrustedRoot) || kinds.Contains(TlsCertificateProblemKind.IncompleteChain))
            steps.Add("if you trust its issuer (a lab or company certificate authority), add that CA with --cafile FILE");
        if (kinds.Contains(TlsCertificateProblemKind.IncompleteChain))
            steps.Add("if its issuer is a public certificate authority, the server must send its intermediate certificate(s) with its own");
        if (kinds.Contains(TlsCertificateProblemKind.NoCertificate))
            steps.Add("the server's TLS configuration has no certificate: its administrator must install one");
        steps.Add(GoOnAnyway);
        return new TlsFailure(TlsFailureKind.CertificateRejected,
            $"TLS failed: the certificate of {evidence.Host} is not valid, so the handshake was stopped",
            [.. seen.Problems.Select(problem => problem.Text)],
            steps,
            seen);
    }

    private static TlsFailure PlaintextReply(TlsHandshakeEvidence evidence, string line)
    {
        var port = evidence.Port.ToString(CultureInfo.InvariantCulture);
        return evidence.Kind == TlsUpgradeKind.Implicit
            ? new TlsFailure(TlsFailureKind.PlaintextReply,
                $"TLS failed: {evidence.Host} answered in plain text instead of a TLS handshake: \"{line}\"",
                [$"port {port} speaks plain SMTP (a greeting first, TLS later with STARTTLS), not TLS from the first byte"],
                [evidence.Port == ImplicitTls.Port
                    ? $"connect with --no-tls: this server speaks plain text on port {port}, then type EHLO and STARTTLS"
                    : $"connect without --tls, type EHLO, then STARTTLS if the server offers it (port 465 is the one that starts with TLS)"],
                evidence.Certificate)
            : new TlsFailure(TlsFailureKind.PlaintextReply,
                $"TLS failed: after its 220 to STARTTLS, {evidence.Host} sent plain text instead of a TLS handshake: \"{line}\"",
                ["the server, or something between it and you, did not switch to TLS: an SMTP proxy or firewall that inspects SMTP (such as ESMTP inspection) can answer STARTTLS itself"],
                ["test from another network, or look for an SMTP inspection feature on the firewalls in between"],
                evidence.Certificate);
    }

    private static TlsFailure Alert(TlsHandshakeEvidence evidence, TlsAlert alert)
    {
        var (shared, why) = alert.Description switch
        {
            70 => (true, "the server answered protocol_version: it accepts neither TLS 1.2 nor TLS 1.3"),
            40 => (true, "the server answered handshake_failure: it accepts none of the TLS versions and cipher suites TelnetLite offers"),
            71 => (true, "the server answered insufficient_security: it wants stronger cipher suites than TelnetLite offers"),
            112 => (false, $"the server answered unrecognized_name: it has no certificate for {evidence.Host}, the name you opened (sent as SNI)"),
            116 or 42 => (false, "the server requires a client certificate, which TelnetLite does not send"),
            48 => (false, "the server answered unknown_ca: it rejects this client's certificate authority"),
            80 => (false, "the server answered internal_error: its TLS set-up is broken (a missing or unreadable certificate or key)"),
            0 => (false, "the server closed the TLS connection (close_notify) before the handshake finished"),
            var code => (false, $"the server ended the handshake with TLS alert {code.ToString(CultureInfo.InvariantCulture)}"),
        };
        return shared
            ? new TlsFailure(TlsFailureKind.NoSharedProtocol,
                $"TLS failed: {evidence.Host} and TelnetLite have no TLS version or cipher suite in common",
                [why],
                ["the server's TLS configuration must allow TLS 1.2 or 1.3 with current cipher suites; to see what it offers: openssl s_client -connect HOST:PORT (add -starttls smtp for ports 25 and 587)"],
                evidence.Certificate)
            : new TlsFailure(TlsFailureKind.ServerAlert,
                $"TLS failed: {evidence.Host} ended the TLS handshake",
                [why],
                ["look at the server's log for the TLS error"],
                evidence.Certificate);
    }

    private static TlsFailure OldProtocol(TlsHandshakeEvidence evidence, int version)
    {
        var name = version switch
        {
            0x0300 => "SSL 3.0",
            0x0301 => "TLS 1.0",
            0x0302 => "TLS 1.1",
            _ => string.Create(CultureInfo.InvariantCulture, $"version 0x{version:X4}"),
        };
        return new TlsFailure(TlsFailureKind.NoSharedProtocol,
            $"TLS failed: {evidence.Host} and TelnetLite have no TLS version in common",
            [$"the server offered only {name}, which TelnetLite does not accept (obsolete: RFC 8996)"],
            ["the server's TLS configuration must be updated to TLS 1.2 or 1.3"],
            evidence.Certificate);
    }

    private static TlsFailure TimedOut(TlsHandshakeEvidence evidence)
    {
        var seconds = evidence.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
        var port = evidence.Port.ToString(CultureInfo.InvariantCulture);
        return new TlsFailure(TlsFailureKind.Timeout,
            $"TLS failed: the handshake with {evidence.Host} did not finish within {seconds} s",
            [evidence.Kind == TlsUpgradeKind.StartTls
                ? "the server answered 220 to STARTTLS but did not go on with the handshake"
                : $"the server accepted the connection on port {port} but did not answer the TLS handshake (a plain SMTP server would have sent its greeting instead)"],
            ["try again; check that something between you and the server (a proxy, a firewall) is not holding the connection"],
            evidence.Certificate);
    }

    private static TlsFailure Closed(TlsHandshakeEvidence evidence)
    {
        var port = evidence.Port.ToString(CultureInfo.InvariantCulture);
        return new TlsFailure(TlsFailureKind.ClosedDuringHandshake,
            $"TLS failed: {evidence.Host} closed the connection during the TLS handshake",
            ["it gave no TLS answer at all: it may not speak TLS on this port, have no certificate configured, or refuse this client's offer (TLS version or cipher) without saying why"],
            [evidence.Kind == TlsUpgradeKind.Implicit
                ? $"check the port: 465 starts with TLS; 25 and 587 start in plain text and use STARTTLS (connect without --tls); this was port {port}"
                : "look at the server's log for the TLS error (a missing certificate, or no common TLS version)"],
            evidence.Certificate);
    }

    private static string FirstLine(ReadOnlySpan<byte> received)
    {
        var end = received.IndexOfAny((byte)'\r', (byte)'\n');
        var line = end < 0 ? received : received[..end];
        var text = Encoding.ASCII.GetString(line[..Math.Min(line.Length, 120)]);
        var safe = new string([.. text.Select(c => c is >= ' ' and < '\u007f' ? c : '?')]);
        return line.Length > 120 ? safe + "…" : safe;
    }

    private static string Message(Exception? error)
    {
        var innermost = error;
        while (innermost?.InnerException is not null) innermost = innermost.InnerException;
        var text = innermost?.Message ?? "no reason given";
        return new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
    }
}
