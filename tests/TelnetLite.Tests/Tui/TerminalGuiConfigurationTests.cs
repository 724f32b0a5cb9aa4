using System.Reflection;
using Terminal.Gui.App;

namespace TelnetLite.Tests.Tui;

/// <summary>The native binary runs Terminal.Gui's configuration initializer itself, by name: an upgrade of Terminal.Gui
/// that renames it must fail here, not only in the native smoke test of CI.</summary>
public sealed class TerminalGuiConfigurationTests
{
    [Fact]
    public void TheInitializerTheNativeBinaryRunsLateIsStillInTerminalGui()
    {
        var owner = typeof(Application).Assembly.GetType("Terminal.Gui.ModuleInitializers");

        Assert.NotNull(owner);
        var initializer = owner.GetMethod("InitializeConfiguration", BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public, Type.EmptyTypes);
        Assert.NotNull(initializer);
        Assert.Equal(typeof(void), initializer.ReturnType);
        // It is the initializer the runtime would run at start (the one the native publish stubs out).
        Assert.NotNull(initializer.GetCustomAttribute<System.Runtime.CompilerServices.ModuleInitializerAttribute>());
    }
}
