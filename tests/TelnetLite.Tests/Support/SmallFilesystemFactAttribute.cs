namespace TelnetLite.Tests.Support;

/// <summary>A test that fills a real (tiny, tmpfs) disk; skipped, with the reason, where mounting one is not allowed.</summary>
/// <remarks>Not a missing program but a missing right, so it is skipped even when peers are required: CI containers
/// without CAP_SYS_ADMIN cannot run it, and no install would change that.</remarks>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SmallFilesystemFactAttribute : FactAttribute
{
    public SmallFilesystemFactAttribute()
    {
        if (SmallFilesystem.Probe is { } reason) Skip = reason;
    }
}
