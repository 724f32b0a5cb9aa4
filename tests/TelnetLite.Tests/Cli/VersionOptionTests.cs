using System.Reflection;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Cli;

public sealed class VersionOptionTests
{
    [Fact]
    public async Task VersionPrintsTheBuildsVersionAndExits0()
    {
        using var folder = new TemporaryFolder();
        using var app = TelnetLiteProcess.Start(folder.Path, "--version");
        await app.PipeAsync([]);

        Assert.Equal(0, await app.WaitForExitAsync());
        var version = typeof(TelnetLite.Tui.TuiApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(version, app.Stdout.Trim());
        Assert.StartsWith("0.", app.Stdout, StringComparison.Ordinal);
    }
}
