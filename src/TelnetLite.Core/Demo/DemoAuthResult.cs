namespace TelnetLite.Core.Demo;

/// <summary>How an AUTH exchange ended.</summary>
internal enum DemoAuthResult
{
    Succeeded,
    Failed,
    Cancelled,
    NotBase64,
}
