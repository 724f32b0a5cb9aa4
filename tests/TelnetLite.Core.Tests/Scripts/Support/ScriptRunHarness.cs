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

    public static Task<ScriptRunResult> RunAsync(SmtpScript script, string? host, int port, TimeSpan? replyTimeout = null) =>
        RunAsync(script, new SmtpScriptRunOptions(host, port) { ReplyTimeout = replyTimeout ?? TimeSpan.FromSeconds(20) });

    /// <summary>Runs against the demo server as <c>telnetlite run --demo</c> does: its certificate known by its fingerprint.</summary>
    public static Task<ScriptRunResult> RunAgainstDemoAsync(string scriptText, TelnetLite.Core.Demo.DemoSmtpServer demo, string? password = null,
        SessionSettings? settings = null) =>
        RunAsync(SmtpScriptParser.Parse(scriptText),
            new SmtpScriptRunOptions("127.0.0.1", demo.EndPoint.Port) { ReplyTimeout = TimeSpan.FromSeconds(20), Password = password },
            new SessionControllerOptions { PinnedCertificateSha256 = demo.CertificateSha256, ReplyTimeout = TimeSpan.FromSeconds(20) },
            settings);

    public static async Task<ScriptRunResult> RunAsync(SmtpScript script, SmtpScriptRunOptions options, SessionControllerOptions? controllerOptions = null,
        SessionSettings? settings = null, string? logFile = null)
    {
        var assistant = new SmtpAssistant(options.Port, SmtpAnnotator.Annotate);
        await using var controller = new SessionController(settings ?? new SessionSettings(), controllerOptions ?? new SessionControllerOptions(), assistant);
        if (logFile is not null) controller.OpenLog(logFile);
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
