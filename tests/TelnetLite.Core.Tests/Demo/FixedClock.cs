namespace TelnetLite.Core.Tests.Demo;

/// <summary>A clock stopped at one moment, in a zone with that moment's offset.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone { get; } =
        TimeZoneInfo.CreateCustomTimeZone("demo", now.Offset, "demo", "demo");
}
