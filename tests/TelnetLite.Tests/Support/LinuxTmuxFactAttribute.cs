namespace TelnetLite.Tests.Support;

/// <summary>A UI test in tmux that also reads Linux's /proc: skipped without Linux, and without tmux as <see cref="TmuxFactAttribute"/> is.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class LinuxTmuxFactAttribute : FactAttribute
{
    public LinuxTmuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = PeakMemory.LinuxOnly;
        else if (!TmuxSession.IsAvailable && Environment.GetEnvironmentVariable("TELNETLITE_REQUIRE_PEERS") != "1") Skip = TmuxSession.MissingReason;
    }
}
