namespace TelnetLite.Core.Scripts;

/// <summary><c>!sleep SECONDS</c>: wait before the next step (0 to 3600 seconds, fractions allowed).</summary>
internal sealed record SleepStep(int LineNumber, TimeSpan Duration) : SmtpScriptStep(LineNumber);
