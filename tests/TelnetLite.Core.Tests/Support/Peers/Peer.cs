namespace TelnetLite.Core.Tests.Support.Peers;

/// <summary>The outside programs that end-to-end tests talk to; an attribute argument, hence an enum.</summary>
internal enum Peer
{
    /// <summary>Debian's Postfix, run as a private instance on a loopback port.</summary>
    Postfix,

    /// <summary>dnsmasq (package dnsmasq-base) as a real DNS server on a loopback port.</summary>
    Dnsmasq,

    /// <summary>aiosmtpd (package python3-aiosmtpd) under the system's /usr/bin/python3, with STARTTLS and AUTH.</summary>
    Aiosmtpd,

    /// <summary>OpenSSL's test server, <c>openssl s_server</c> (package openssl), as a TLS peer set up to fail.</summary>
    OpenSsl,

    /// <summary>inetutils telnetd (package inetutils-telnetd) behind socat, with a login user the test creates.</summary>
    Telnetd,
}
