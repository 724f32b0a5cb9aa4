namespace TelnetLite.Core.Tests.Support;

/// <summary>The seed's walkthrough (shared/seed/README.md), as a person types it after the greeting.</summary>
internal static class SeedWalkthrough
{
    public static readonly string[] Lines =
    [
        "EHLO contoso.com",
        "MAIL FROM:chris@contoso.com",
        "RCPT TO:kate@fabrikam.com NOTIFY=success,failure",
        "DATA",
        "Subject: Test from Contoso",
        "",
        "This is a test message",
        ".",
        "QUIT",
    ];
}
