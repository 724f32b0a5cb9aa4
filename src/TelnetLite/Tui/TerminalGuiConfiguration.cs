using System.Runtime.CompilerServices;

namespace TelnetLite.Tui;

/// <summary>
/// Terminal.Gui's configuration (themes, glyphs, the user's <c>~/.tui</c> settings), loaded when the window is about
/// to be built rather than when the process starts.
/// </summary>
/// <remarks>
/// <para>Terminal.Gui loads its configuration in a module initializer. Under the JIT that runs when the library is first
/// used, so <c>explain</c> and <c>run</c> never pay for it. A NativeAOT binary runs every module initializer at process
/// start instead: about 18 ms of a 30 ms <c>telnetlite explain</c> went there. So the native publish stubs Terminal.Gui's
/// module constructor (TerminalGui.ILLink.Substitutions.xml) and sets the switch below, and the window runs the very
/// same initializer itself, first thing, before any other Terminal.Gui code.</para>
/// <para>If an upgrade of Terminal.Gui renames the initializer, the native <c>--smoke-test</c> in <c>.ci/run</c>
/// fails with a missing method.</para>
/// </remarks>
internal static class TerminalGuiConfiguration
{
    /// <summary>Set by the native publish only (see TelnetLite.csproj), together with the stubbed module constructor.</summary>
    private const string DeferredSwitch = "TelnetLite.TerminalGuiConfigurationDeferred";

    private static readonly Lock Gate = new();
    private static bool _applied;

    /// <summary>Runs Terminal.Gui's own initializer if the native publish kept it from running at start; once.</summary>
    public static void EnsureLoaded()
    {
        if (!AppContext.TryGetSwitch(DeferredSwitch, out var deferred) || !deferred) return;
        lock (Gate)
        {
            if (_applied) return;
            InitializeConfiguration(null);
            _applied = true;
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "InitializeConfiguration")]
    private static extern void InitializeConfiguration([UnsafeAccessorType("Terminal.Gui.ModuleInitializers, Terminal.Gui")] object? owner);
}
