using TelnetLite.Core.Scripts;

namespace TelnetLite.Core.Tests.Scripts.Support;

/// <summary>What a scripted run returned, and what it remarked on the way.</summary>
internal sealed record ScriptRunResult(SmtpScriptReport Report, IReadOnlyList<string> Remarks)
{
    public int ExitCode => (int)Report.ExitCode;
}
