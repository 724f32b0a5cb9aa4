using System.Text;
using TelnetLite.Core.Auth;
using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Core.Tests.Auth;

public sealed class PasswordLookupTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    private static Func<string, string?> Environment(string value) =>
        name => name == PasswordLookup.EnvironmentVariable ? value : null;

    [Fact]
    public void TheFileComesFirstWithoutItsFinalLineEnd()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("pw"), "Pa55 w0rd!\r\n");

        var found = PasswordLookup.Find(folder.File("pw"), Environment("from-environment"));

        Assert.Equal("Pa55 w0rd!", found.Password);
        Assert.Equal($"--password-file {folder.File("pw")}", found.Origin);
        Assert.False(found.AskTerminal);
    }

    [Fact]
    public void WithoutAFileTheEnvironmentVariableIsRead()
    {
        var found = PasswordLookup.Find(null, Environment("from-environment"));

        Assert.Equal(("from-environment", "the TELNETLITE_PASSWORD environment variable"), (found.Password, found.Origin));
    }

    [Fact]
    public void WithNeitherTheTerminalIsToBeAsked()
    {
        Assert.True(PasswordLookup.Find(null, NoEnvironment).AskTerminal);
        Assert.True(PasswordLookup.Find(null, Environment("")).AskTerminal);
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("\n", "is empty")]
    [InlineData("first\nsecond\n", "more than one line")]
    public void AFileThatCannotHoldAPasswordIsAnErrorNotAFallback(string content, string why)
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("pw"), content);

        var found = PasswordLookup.Find(folder.File("pw"), Environment("from-environment"));

        Assert.Null(found.Password);
        Assert.Contains(why, found.Error);
        Assert.False(found.AskTerminal);
    }

    [Fact]
    public void AMissingFileAFolderAndBytesThatAreNotUtf8AreErrors()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(folder.File("latin1"), Encoding.Latin1.GetBytes("caf\u00e9"));

        Assert.Contains("does not exist", PasswordLookup.Find(folder.File("none"), NoEnvironment).Error);
        Assert.Contains("is a folder", PasswordLookup.Find(folder.Path, NoEnvironment).Error);
        Assert.Contains("not UTF-8", PasswordLookup.Find(folder.File("latin1"), NoEnvironment).Error);
    }

    [Fact]
    public void TheNoneAvailableMessageNamesBothWaysToGiveAPassword()
    {
        Assert.Contains("--password-file FILE", PasswordLookup.NoneAvailable);
        Assert.Contains("TELNETLITE_PASSWORD", PasswordLookup.NoneAvailable);
    }

    [Fact]
    public void APrintedResultNeverShowsThePassword()
    {
        Assert.DoesNotContain("from-environment", PasswordLookup.Find(null, Environment("from-environment")).ToString());
    }
}
