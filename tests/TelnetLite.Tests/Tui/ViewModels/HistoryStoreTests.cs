using TelnetLite.Tui.ViewModels;

namespace TelnetLite.Tests.Tui.ViewModels;

public sealed class HistoryStoreTests
{
    [Fact]
    public void SavedHistoryIsReadBackInTheNextRun()
    {
        var folder = Directory.CreateTempSubdirectory("telnetlite-history-");
        try
        {
            var store = new HistoryStore(Path.Combine(folder.FullName, "telnetlite"));
            store.Save(HistoryStore.SessionFile, ["EHLO contoso.com", "QUIT"]);

            Assert.Equal(["EHLO contoso.com", "QUIT"], new HistoryStore(store.Directory).Load(HistoryStore.SessionFile));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void AMissingOrUnusableFolderGivesAnEmptyHistoryInsteadOfAnError()
    {
        var file = Path.GetTempFileName();
        try
        {
            var store = new HistoryStore(Path.Combine(file, "not-a-folder"));

            store.Save(HistoryStore.CommandFile, ["open host"]);

            Assert.Empty(store.Load(HistoryStore.CommandFile));
            Assert.Empty(new HistoryStore(null).Load(HistoryStore.CommandFile));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void RecentHostsPutTheLatestFirstWithoutRepeats()
    {
        var recent = new RecentHosts(["mail1.fabrikam.test 25", "garbage", "smtp.contoso.test 587"]);

        recent.Add("smtp.contoso.test", 587);

        Assert.Equal(["smtp.contoso.test 587", "mail1.fabrikam.test 25"], recent.ToLines());
    }
}
