namespace TelnetLite.Tests.Support;

/// <summary>
/// A test that drives a real terminal through tmux. Skipped with the way to install tmux when it is missing, unless
/// <c>TELNETLITE_REQUIRE_PEERS=1</c> (as .ci/run sets), where it runs and fails so CI can never pass by skipping.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class TmuxFactAttribute : FactAttribute
{
    public TmuxFactAttribute()
    {
        if (!TmuxSession.IsAvailable && Environment.GetEnvironmentVariable("TELNETLITE_REQUIRE_PEERS") != "1")
        {
            Skip = TmuxSession.MissingReason;
        }
    }
}
