namespace TelnetLite.Core.Tests.Support.Peers;

/// <summary>The requirement of each <see cref="Peer"/>: how to tell it is usable, and how to install it when not.</summary>
internal static class PeerRequirements
{
    public static PeerRequirement Postfix { get; } = new("Postfix", FindPostfixProblem);

    public static PeerRequirement For(Peer peer) => peer switch
    {
        Peer.Postfix => Postfix,
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
}
