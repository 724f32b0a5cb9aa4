namespace TelnetLite.Tests.Support;

/// <summary>A test that reads Linux's /proc (peak memory, TCP queues); skipped, with the reason, elsewhere.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = PeakMemory.LinuxOnly;
    }
}
