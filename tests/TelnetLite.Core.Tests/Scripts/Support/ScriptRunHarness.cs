using TelnetLite.Core.Commands;
using TelnetLite.Core.Scripts;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;

namespace TelnetLite.Core.Tests.Scripts.Support;

/// <summary>Runs a script through a real session controller, as <c>telnetlite run</c> does.</summary>
internal static class ScriptRunHarness
{
    public static Task<ScriptRunResult> RunAsync(string scriptText, string? host, int port, TimeSpan? replyTimeout = null) =>
        RunAsync(SmtpScriptParser.Parse(scriptText), host, port, replyTimeout);

    public static async Task<ScriptRunResult> RunAsync(SmtpScript script, string? host, int port, TimeSpan? replyTimeout = null)
    {
        var assistant = new SmtpAssistant(port, SmtpAnnotator.Annotate);
        await using var controller = new SessionController(new SessionSettings(), new SessionControllerOptions(), assistant);
        var options = new SmtpScriptRunOptions(host, port) { ReplyTimeout = replyTimeout ?? TimeSpan.FromSeconds(20) };
        var runner = new SmtpScriptRunner(controller, options);
        var remarks = new List<string>();
        runner.Remark += remark =>
        {
            lock (remarks) remarks.Add(remark);
        };
        var report = await runner.RunAsync(script, CancellationToken.None);
        lock (remarks) return new ScriptRunResult(report, [.. remarks]);
    }
}
