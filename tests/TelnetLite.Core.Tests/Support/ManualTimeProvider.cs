namespace TelnetLite.Core.Tests.Support;

/// <summary>A clock that says what the test tells it, in a time zone with that moment's offset.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    // The offset of Now stands for the machine's zone, so GetLocalNow() gives back Now exactly.
    public override TimeZoneInfo LocalTimeZone =>
        TimeZoneInfo.CreateCustomTimeZone("test", Now.Offset, "test", "test");
}
