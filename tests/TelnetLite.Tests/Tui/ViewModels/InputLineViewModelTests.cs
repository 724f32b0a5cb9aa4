using TelnetLite.Tui.ViewModels;

namespace TelnetLite.Tests.Tui.ViewModels;

public sealed class InputLineViewModelTests
{
    private static InputLineViewModel Create() => new(new InputHistory(), new InputHistory());

    [Fact]
    public void CommandsAndSessionLinesAreKeptInSeparateHistories()
    {
        var input = Create();
        input.SetMode(InputMode.Command);
        input.Record("open mail1.fabrikam.test 25");
        input.SetMode(InputMode.Session);
        input.Record("EHLO contoso.com");

        Assert.Equal("EHLO contoso.com", input.Up(""));
        Assert.Null(input.Up(""));
        input.SetMode(InputMode.Command);
        Assert.Equal("open mail1.fabrikam.test 25", input.Up(""));
    }

    [Fact]
    public void AuthLinesAndTheCredentialsAfterThemAreNeverKept()
    {
        var input = Create();
        input.SetMode(InputMode.Session);

        input.Record("EHLO contoso.com");
        input.Record("AUTH LOGIN");
        input.Record("Y2hyaXM=");
        input.Record("c2VjcmV0");
        input.Record("auth plain AGNocmlzAHNlY3JldA==");
        input.Record("MAIL FROM:<chris@contoso.com>");

        Assert.Equal(["EHLO contoso.com", "MAIL FROM:<chris@contoso.com>"], input.SessionHistory.Lines);
    }

    [Fact]
    public void ThePromptNamesTheMode()
    {
        var input = Create();

        input.SetMode(InputMode.Command);
        Assert.Equal("telnetlite> ", input.Prompt);
        input.SetMode(InputMode.Session);
        Assert.Equal("> ", input.Prompt);
    }
}
