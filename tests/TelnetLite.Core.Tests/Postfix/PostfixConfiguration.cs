namespace TelnetLite.Core.Tests.Postfix;

/// <summary>
/// The main.cf and master.cf of a private Postfix instance: everything under its own folder, one smtpd on a loopback
/// port, and restrictions chosen so that the refusals the tests need happen to a client on 127.0.0.1.
/// </summary>
internal static class PostfixConfiguration
{
    public const string HostName = "mail1.fabrikam.test";

    /// <summary>A local user every Debian machine has (an alias of root), so RCPT TO to it is accepted.</summary>
    public const string KnownRecipient = "postmaster@" + HostName;

    public static string MainCf(string queueDirectory, string dataDirectory, string logFile, string root, PostfixTlsFiles? tls = null) => $$"""
        compatibility_level = 3.6
        queue_directory = {{queueDirectory}}
        data_directory = {{dataDirectory}}
        mail_owner = postfix
        setgid_group = postdrop
        myhostname = {{HostName}}
        myorigin = $myhostname
        mydestination = {{HostName}}
        inet_interfaces = loopback-only
        inet_protocols = ipv4
        relayhost =
        # No permit_mynetworks: a loopback client is a stranger, so relaying is denied.
        smtpd_relay_restrictions = reject_unauth_destination
        smtpd_helo_required = yes
        smtpd_helo_restrictions = reject_invalid_helo_hostname
        # Commands sent ahead of their replies without PIPELINING get "554 5.5.0 ... SMTP protocol synchronization":
        # the pacing tests would pass against a lenient server whatever TelnetLite did.
        smtpd_forbid_unauth_pipelining = yes
        # local_recipient_maps keeps its default (passwd plus alias_maps): unknown users are rejected at RCPT.
        # The aliases are our own so that the machine's /etc/aliases (and whether it was ever compiled) does not matter.
        alias_maps = inline:{ postmaster=root }
        alias_database =
        # Nothing ever leaves: local mail is discarded, anything else fails at once.
        local_transport = discard:
        default_transport = error:outbound delivery is disabled in this test instance
        biff = no
        maillog_file = {{logFile}}
        maillog_file_prefixes = {{root}}
        """ + "\n" + (tls is null ? "" : TlsLines(tls));

    /// <summary>STARTTLS offered, not required (Debian's default level), with the test's certificate; smtpd reads the key
    /// as root before it drops privileges, so the key file stays readable by root alone.</summary>
    private static string TlsLines(PostfixTlsFiles tls) => $$"""
        smtpd_tls_security_level = may
        smtpd_tls_cert_file = {{tls.CertificateFile}}
        smtpd_tls_key_file = {{tls.KeyFile}}
        smtpd_tls_loglevel = 1
        smtpd_tls_session_cache_database =
        """ + "\n";

    /// <summary>Plain smtpd (no postscreen) on 127.0.0.1:<paramref name="port"/> and the daemons it needs; no chroot.
    /// With <paramref name="tls"/>, also tlsmgr, which smtpd asks for the random seed of its TLS library.</summary>
    public static string MasterCf(int port, bool tls = false) => $$"""
        127.0.0.1:{{port}} inet n - n - - smtpd
        cleanup   unix n - n - 0 cleanup
        qmgr      unix n - n 300 1 qmgr
        rewrite   unix - - n - - trivial-rewrite
        bounce    unix - - n - 0 bounce
        defer     unix - - n - 0 bounce
        trace     unix - - n - 0 bounce
        verify    unix - - n - 1 verify
        flush     unix n - n 1000? 0 flush
        proxymap  unix - - n - - proxymap
        showq     unix n - n - - showq
        error     unix - - n - - error
        retry     unix - - n - - error
        discard   unix - - n - - discard
        anvil     unix - - n - 1 anvil
        scache    unix - - n - 1 scache
        postlog   unix-dgram n - n - 1 postlogd
        """ + "\n" + (tls ? "tlsmgr    unix - - n 1000? 1 tlsmgr\n" : "");
}
