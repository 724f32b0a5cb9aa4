using TelnetLite.Cli;
using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Tests.Cli;

public sealed class PasswordSourceTests
{
    private static Func<ConsoleKeyInfo> Keys(params ConsoleKeyInfo[] keys)
    {
        var queue = new Queue<ConsoleKeyInfo>(keys);
        return queue.Dequeue;
    }

    private static ConsoleKeyInfo Char(char c) => new(c, ConsoleKey.NoName, false, false, false);

    private static readonly ConsoleKeyInfo Enter = new('\r', ConsoleKey.Enter, false, false, false);
    private static readonly ConsoleKeyInfo Backspace = new('\b', ConsoleKey.Backspace, false, false, false);
    private static readonly ConsoleKeyInfo ControlU = new('\u0015', ConsoleKey.U, false, false, true);
    private static readonly ConsoleKeyInfo ControlC = new('\u0003', ConsoleKey.C, false, false, true);
    private static readonly ConsoleKeyInfo LeftArrow = new('\0', ConsoleKey.LeftArrow, false, false, false);

    [Fact]
    public void TypedKeysUpToEnterAreThePasswordWithBackspaceErasing()
    {
        Assert.Equal("pas", PasswordSource.ReadHidden(Keys(Char('p'), Char('a'), Char('x'), Backspace, Char('s'), Enter)));
    }

    [Fact]
    public void ControlUStartsAgainAndArrowKeysAreIgnored()
    {
        Assert.Equal("ok", PasswordSource.ReadHidden(Keys(Char('n'), Char('o'), ControlU, LeftArrow, Char('o'), Char('k'), Enter)));
    }

    [Fact]
    public void ControlCEndsThePromptWithNothing()
    {
        Assert.Null(PasswordSource.ReadHidden(Keys(Char('p'), ControlC)));
    }

    [Fact]
    public void APasswordFileIsReadWithoutAskingAnything()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("pw"), "s3cret\n");

        Assert.True(PasswordSource.TryRead(folder.File("pw"), "Password: ", out var password, out var error), error);
        Assert.Equal("s3cret", password);
    }

    [Fact]
    public void AnUnusablePasswordFileIsAnErrorToPrint()
    {
        using var folder = new TemporaryFolder();

        Assert.False(PasswordSource.TryRead(folder.File("missing"), "Password: ", out _, out var error));
        Assert.Contains("does not exist", error);
    }
}
