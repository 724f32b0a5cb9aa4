namespace TelnetLite.Core.Tests.Logging.Support;

/// <summary>A fact that needs Linux devices such as <c>/dev/full</c>; skipped, and reported as skipped, elsewhere.</summary>
internal sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "needs Linux";
    }
}
