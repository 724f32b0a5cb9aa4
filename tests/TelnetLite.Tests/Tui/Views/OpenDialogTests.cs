using TelnetLite.Core.Session;
using TelnetLite.Tests.Support;
using TelnetLite.Tui;
using TelnetLite.Tui.ViewModels;
using TelnetLite.Tui.Views;

namespace TelnetLite.Tests.Tui.Views;

public sealed class OpenDialogTests
{
    private static readonly string[] ManyHosts = Enumerable.Range(1, 10).Select(i => $"mail{i}.fabrikam.test 25").ToArray();

    [Theory]
    [InlineData(40, 10)]
    [InlineData(80, 24)]
    public void TheHostAndPortFieldsAndBothButtonsAreOnScreen(int width, int height)
    {
        using var tui = new HeadlessTui(width, height);
        using var dialog = new OpenDialog(new RecentHosts(ManyHosts), TimeSpan.FromSeconds(15), height);
        var token = tui.App.Begin(dialog);
        try
        {
            var screen = tui.Screen;

            Assert.Contains("Host:", screen);
            Assert.Contains("mail1.fabrikam.test", screen);
            Assert.Contains("Port:", screen);
            Assert.Contains("25", screen);
            Assert.Contains("Cancel", screen);
            Assert.Contains("Open ◄", screen);
        }
        finally
        {
            if (token is not null) tui.App.End(token);
        }
    }

    [Theory]
    [InlineData(10, 10, 0)]
    [InlineData(10, 12, 2)]
    [InlineData(10, 24, 6)]
    [InlineData(3, 24, 3)]
    [InlineData(0, 24, 0)]
    public void TheRecentHostsListShrinksToWhatFitsAndGoesWhenNothingDoes(int recent, int screenRows, int expected)
    {
        Assert.Equal(expected, OpenDialog.RecentListRows(recent, screenRows));
    }

    [Fact]
    public void AfterADemoRunTheDialogStillOffersTheLastRealHost()
    {
        var controller = new FakeSessionController();
        var model = new MainViewModel(controller, new TuiOptions { RememberHosts = false }, new HistoryStore(null));
        model.Recent.Add("mail1.fabrikam.test", 25);
        controller.StatusChanged += model.OnStatusChanged;

        controller.SetState(ConnectionState.Connecting, "127.0.0.1", 43117);
        controller.SetState(ConnectionState.Connected, "127.0.0.1", 43117);
        using var dialog = new OpenDialog(model.Recent, TimeSpan.FromSeconds(15));

        Assert.Equal([("mail1.fabrikam.test", 25)], model.Recent.Entries);
        Assert.Equal("mail1.fabrikam.test", dialog.Host);
        Assert.Equal("25", dialog.Port);
    }
}
