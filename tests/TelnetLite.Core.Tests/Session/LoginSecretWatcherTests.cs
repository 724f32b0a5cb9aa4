using System.Text;
using TelnetLite.Core.Session;

namespace TelnetLite.Core.Tests.Session;

public sealed class LoginSecretWatcherTests
{
    [Theory]
    [InlineData("Password: ")]
    [InlineData("Password:")]
    [InlineData("password for chris:")]
    [InlineData("Password for user:")]
    [InlineData("[sudo] password for chris: ")]
    [InlineData("Enter PIN:")]
    [InlineData("Enter passphrase for key '/root/.ssh/id_ed25519': ")]
    [InlineData("New password: ")]
    [InlineData("PASSCODE:")]
    [InlineData("\u001b[1mPassword:\u001b[0m ")]
    public void APromptAskingForAPasswordPassphraseOrPinIsRecognised(string prompt) =>
        Assert.True(LoginSecretWatcher.AsksForSecret(prompt));

    [Theory]
    [InlineData("login: ")]
    [InlineData("Username: ")]
    [InlineData("Last password change: 2026-11-02")]
    [InlineData("Your password has expired")]
    [InlineData("spinning: ")]
    [InlineData("user@vm:~$ ")]
    [InlineData("")]
    public void OtherLinesAreNot(string line) =>
        Assert.False(LoginSecretWatcher.AsksForSecret(line));

    [Fact]
    public void TheNextLineIsSecretOnlyWhileTheServerEchoesAndItsLastPromptAsksForAPassword()
    {
        var watcher = new LoginSecretWatcher();
        watcher.OnSessionEvent(new ConnectedEvent(DateTimeOffset.Now, "vm", 23, null, null));

        Receive(watcher, "Password: ");
        Assert.False(watcher.NextLineIsSecret);

        watcher.OnSessionEvent(new RemoteEchoChangedEvent(DateTimeOffset.Now, true));
        Assert.True(watcher.NextLineIsSecret);

        watcher.OnSessionEvent(new LineSentEvent(DateTimeOffset.Now, "S3cret"u8.ToArray(), true));
        Assert.False(watcher.NextLineIsSecret);

        // The server's own echo of the line end and the shell's prompt come next: no secret.
        Receive(watcher, "\r\n");
        Assert.False(watcher.NextLineIsSecret);
        Receive(watcher, "Last login: today\r\nchris@vm:~$ ");
        Assert.False(watcher.NextLineIsSecret);
    }

    [Fact]
    public void APromptSplitAcrossReadsOrEndedWithALineEndCountsAsOne()
    {
        var watcher = new LoginSecretWatcher();
        watcher.OnSessionEvent(new RemoteEchoChangedEvent(DateTimeOffset.Now, true));

        Receive(watcher, "chris\r\nPass");
        Assert.False(watcher.NextLineIsSecret);
        Receive(watcher, "word: ");
        Assert.True(watcher.NextLineIsSecret);

        watcher.OnSessionEvent(new LineSentEvent(DateTimeOffset.Now, "x"u8.ToArray(), true));
        Receive(watcher, "\r\nEnter PIN:\r\n");
        Assert.True(watcher.NextLineIsSecret);
    }

    [Fact]
    public void ALongLineIsNoPromptAndANewConnectionForgetsTheOldOne()
    {
        var watcher = new LoginSecretWatcher();
        watcher.OnSessionEvent(new RemoteEchoChangedEvent(DateTimeOffset.Now, true));

        Receive(watcher, new string('x', 300) + " password:");
        Assert.False(watcher.NextLineIsSecret);

        Receive(watcher, "\r\nPassword: ");
        Assert.True(watcher.NextLineIsSecret);
        watcher.OnSessionEvent(new ClosedEvent(DateTimeOffset.Now, CloseReason.RemoteClosed, null));
        Assert.False(watcher.NextLineIsSecret);
    }

    [Theory]
    [InlineData("Last login: today\r\nWelcome\r\nPassword: ", true)]
    [InlineData("motd line\r\nPassword:\r\n\r\n  \r\n", true)]
    [InlineData("Password: \r\nchris@vm:~$ ", false)]
    [InlineData("Password:\r\nYour password has expired\r\n\r\n", false)]
    public void TheVerdictIsTheSameWhereverTheReadsSplitTheText(string text, bool secret)
    {
        // Reads are judged once each, not line by line: every split must reach the verdict of the whole text.
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var first = 0; first <= bytes.Length; first++)
        {
            for (var second = first; second <= bytes.Length; second++)
            {
                var watcher = new LoginSecretWatcher();
                watcher.OnSessionEvent(new RemoteEchoChangedEvent(DateTimeOffset.Now, true));
                watcher.OnSessionEvent(new DataReceivedEvent(DateTimeOffset.Now, bytes[..first]));
                watcher.OnSessionEvent(new DataReceivedEvent(DateTimeOffset.Now, bytes[first..second]));
                watcher.OnSessionEvent(new DataReceivedEvent(DateTimeOffset.Now, bytes[second..]));
                Assert.True(secret == watcher.NextLineIsSecret, $"split at {first} and {second}");
            }
        }
    }

    private static void Receive(LoginSecretWatcher watcher, string text) =>
        watcher.OnSessionEvent(new DataReceivedEvent(DateTimeOffset.Now, Encoding.UTF8.GetBytes(text)));
}
