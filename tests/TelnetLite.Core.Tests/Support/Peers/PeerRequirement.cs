namespace TelnetLite.Core.Tests.Support.Peers;

/// <summary>
/// Whether an outside program a test needs can be used on this machine, and what to do when it cannot: skip with a
/// reason that says how to install it, or fail when <c>TELNETLITE_REQUIRE_PEERS=1</c> (CI installs every peer).
/// </summary>
internal sealed class PeerRequirement
{
    /// <summary>Set to 1 where every peer must be present: a missing one fails its tests instead of skipping them.</summary>
    public const string RequireVariable = "TELNETLITE_REQUIRE_PEERS";

    private readonly Lazy<string?> _problem;

    /// <param name="name">The peer's name, for messages.</param>
    /// <param name="findProblem">Returns why the peer cannot be used here, with how to fix it, or null when it can.</param>
    public PeerRequirement(string name, Func<string?> findProblem)
    {
        Name = name;
        _problem = new Lazy<string?>(findProblem);
    }

    public string Name { get; }

    /// <summary>Why the peer cannot be used on this machine, with how to fix it; null when it can.</summary>
    public string? Problem => _problem.Value;

    /// <summary>True when this run must have every peer (<c>TELNETLITE_REQUIRE_PEERS=1</c>).</summary>
    public static bool AreRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why a test that needs the peer is skipped; null when it runs (the peer is here, or peers are required).</summary>
    public string? SkipReason => Problem is { } problem && !AreRequired
        ? $"{problem} (with {RequireVariable}=1 this fails instead of skipping)"
        : null;

    /// <summary>Throws when the peer cannot be used: fixtures call it so that a required, missing peer fails its tests.</summary>
    public void EnsureAvailable()
    {
        if (Problem is { } problem)
            throw new InvalidOperationException($"{RequireVariable}=1 and a peer is missing. {problem}");
    }
}
