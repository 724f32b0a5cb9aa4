namespace TelnetLite.Core.Scripts;

/// <summary>The runner's subscription to its session: hands every event to the runner on the dispatcher.</summary>
/// <remarks>The runner is public API; this keeps <see cref="ISessionObserver"/> off its surface.</remarks>
internal sealed class ScriptSessionWatcher(SmtpScriptRunner runner) : ISessionObserver
{
    public void OnSessionEvent(SessionEvent sessionEvent) => runner.OnSessionEvent(sessionEvent);
}
