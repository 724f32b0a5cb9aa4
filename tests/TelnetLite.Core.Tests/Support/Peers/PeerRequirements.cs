namespace TelnetLite.Core.Tests.Support.Peers;

/// <summary>The requirement of each <see cref="Peer"/>: how to tell it is usable, and how to install it when not.</summary>
internal static class PeerRequirements
{
    public static PeerRequirement Postfix { get; } = new("Postfix", FindPostfixProblem);

    public static PeerRequirement Dnsmasq { get; } = new("dnsmasq", FindDnsmasqProblem);

    public static PeerRequirement Aiosmtpd { get; } = new("aiosmtpd", FindAiosmtpdProblem);

    public static PeerRequirement OpenSsl { get; } = new("openssl", FindOpenSslProblem);

    public static PeerRequirement Telnetd { get; } = new("telnetd", FindTelnetdProblem);

    /// <summary>The openssl program, once <see cref="OpenSsl"/> says it is there.</summary>
    public static string OpenSslProgram => ProgramLocator.Find("openssl") ?? "openssl";

    /// <summary>The Python that has the Debian packages: a python3 earlier on PATH (pyenv) may lack aiosmtpd.</summary>
    public const string SystemPython = "/usr/bin/python3";

    public static PeerRequirement For(Peer peer) => peer switch
    {
        Peer.Postfix => Postfix,
        Peer.Dnsmasq => Dnsmasq,
        Peer.Aiosmtpd => Aiosmtpd,
        Peer.OpenSsl => OpenSsl,
        Peer.Telnetd => Telnetd,
        _ => throw new ArgumentOutOfRangeException(nameof(peer), peer, "no requirement is known for this peer"),
    };

    private static string? FindPostfixProblem()
    {
        if (!OperatingSystem.IsLinux()) return "Postfix is only run as a peer on Linux";
        if (ProgramLocator.Find("postfix") is null || ProgramLocator.Find("postconf") is null)
            return "Postfix is not installed: apt-get install postfix (DEBIAN_FRONTEND=noninteractive apt-get install -y postfix)";
        // 'postfix start' refuses other users: the master daemon needs root to bind and to switch to mail_owner.
        if (Environment.UserName != "root")
            return "Postfix is installed, but a private instance can only be started by root: run these tests as root";
        return null;
    }

    private static string? FindDnsmasqProblem()
    {
        if (!OperatingSystem.IsLinux()) return "dnsmasq is only run as a peer on Linux";
        return ProgramLocator.Find("dnsmasq") is null
            ? "dnsmasq is not installed: apt-get install dnsmasq-base"
            : null;
    }

    private static string? FindAiosmtpdProblem()
    {
        if (!OperatingSystem.IsLinux()) return "aiosmtpd is only run as a peer on Linux";
        if (!File.Exists(SystemPython)) return $"{SystemPython} is missing: apt-get install python3 python3-aiosmtpd";
        var probe = PeerProcess.RunAsync(SystemPython, ["-c", "import aiosmtpd.controller, ssl"], TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
        return probe.Succeeded ? null : $"aiosmtpd is not installed for {SystemPython}: apt-get install python3-aiosmtpd";
    }

    private static string? FindTelnetdProblem()
    {
        if (!OperatingSystem.IsLinux()) return "inetutils telnetd is only run as a peer on Linux";
        if (ProgramLocator.Find("telnetd") is null) return "telnetd is not installed: apt-get install inetutils-telnetd";
        if (ProgramLocator.Find("socat") is null) return "socat is not installed: apt-get install socat";
        // The test logs in as a user it creates (useradd, chpasswd) and removes afterwards.
        if (ProgramLocator.Find("useradd") is null || ProgramLocator.Find("chpasswd") is null) return "useradd and chpasswd are missing: apt-get install passwd";
        if (Environment.UserName != "root") return "telnetd is installed, but only root can create the test's login user: run these tests as root";
        return null;
    }

    private static string? FindOpenSslProblem()
    {
        if (!OperatingSystem.IsLinux()) return "openssl s_server is only run as a peer on Linux";
        return ProgramLocator.Find("openssl") is null ? "openssl is not installed: apt-get install openssl" : null;
    }
}
