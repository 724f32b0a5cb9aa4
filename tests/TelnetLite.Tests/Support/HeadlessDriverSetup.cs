using System.Runtime.CompilerServices;

namespace TelnetLite.Tests.Support;

/// <summary>
/// Makes Terminal.Gui's ansi driver headless before any of its code runs: without it, tests started inside a real
/// terminal (tmux) would draw on it, hang, and leave it in alternate-screen mode.
/// </summary>
internal static class HeadlessDriverSetup
{
    [ModuleInitializer]
    internal static void DisableRealDriverIO() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
}
