using System.Globalization;
using System.Text;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Hostile;

/// <summary>
/// Input that is not what TelnetLite expects, from the user's side: files given to <c>run</c> that are no script,
/// and command lines that make no sense. Each is refused with exit 1 and a message saying what is wrong (with the
/// line number for a script), before anything reaches the server, and never with a stack trace.
/// </summary>
public sealed class BadInputTests
{
    public static TheoryData<string, byte[], string> NotScripts()
    {
        var random = new byte[4096];
        new Random(13).NextBytes(random);
        random[100] = 0;
        return new TheoryData<string, byte[], string>
        {
            { "4 KB of random bytes", random, ":1:" },
            { "a NUL in a command", [.. "EHLO a\nMAIL FROM:<a@b>\0\nQUIT\n"u8], ":2: holds a NUL byte: this is not a text file" },
            { "a Latin-1 command", [.. "EHLO a\nRCPT TO:<ren"u8, 0xE9, .. "@x>\nQUIT\n"u8], ":2: not UTF-8 text (byte 0xE9 at column 13)" },
            { "an escape sequence", [.. "EHLO a\u001b[2J\nQUIT\n"u8], ":1: a control character ^[ (byte 0x1B) at column 7" },
            { "a UTF-16 file", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("EHLO a\nQUIT\n")], "is UTF-16 text, not a script" },
            { "a 2 MB command line", Encoding.ASCII.GetBytes("EHLO a\nNOOP " + new string('x', 2 * 1024 * 1024) + "\nQUIT\n"), ":2: a line of 2,097,157 bytes, longer than the 1 MB" },
        };
    }

    [Theory]
    [MemberData(nameof(NotScripts))]
    public async Task AFileThatIsNoScriptIsRefusedWithExit1AndNothingIsSent(string what, byte[] content, string said)
    {
        await using var peer = HostilePeer.Start((client, ct) => client.StaySilentAsync(ct));
        using var folder = new TemporaryFolder();
        var script = folder.File("bad.smtp");
        await File.WriteAllBytesAsync(script, content);
        using var app = TelnetLiteProcess.Start(folder.Path, "run", script, "127.0.0.1", peer.Port.ToString(CultureInfo.InvariantCulture));
        await app.PipeAsync([]);

        var exit = await app.WaitForExitAsync();

        Assert.True(exit == 1, $"{what}: exit {exit}\n{app.Stdout}\n{app.Stderr}");
        Assert.Contains(said, app.Stderr);
        Assert.False(peer.Connection.IsCompleted, $"{what}: a connection was made");
        Assert.DoesNotContain("   at ", app.Stderr);
        Assert.True(app.StderrBytes.UnsafeCount == 0, $"{what}: raw control characters on stderr: {app.StderrBytes.UnsafeExamples}");
    }

    [Fact]
    public async Task AScriptLargerThanSixteenMegabytesIsRefusedWithoutBeingRead()
    {
        using var folder = new TemporaryFolder();
        var script = folder.File("huge.smtp");
        // Sparse: 166 MB that take no disk, the size of the case.
        await using (var file = File.Create(script)) file.SetLength(166L * 1024 * 1024);
        using var app = TelnetLiteProcess.Start(folder.Path, "run", "--demo", "--demo-mailbox", folder.File("mail"), script);
        await app.PipeAsync([]);

        Assert.Equal(1, await app.WaitForExitAsync());
        Assert.Contains("is 166 MB, larger than the 16 MB a script may be", app.Stderr);
        Assert.DoesNotContain("Connecting", app.Stderr);
    }

    [Fact]
    public async Task ALatin1MessageBodyInAScriptRunsWithANoteOnHowItIsSent()
    {
        using var folder = new TemporaryFolder();
        var script = folder.File("latin1.smtp");
        await File.WriteAllBytesAsync(script, [.. "EHLO contoso.com\nMAIL FROM:<chris@contoso.com>\nRCPT TO:<kate@fabrikam.com>\nDATA\nSubject: caf"u8, 0xE9, .. "\n\nbody\n.\nQUIT\n"u8]);
        using var app = TelnetLiteProcess.Start(folder.Path, "run", "--demo", "--demo-mailbox", folder.File("mail"), script);
        await app.PipeAsync([]);

        var exit = await app.WaitForExitAsync();

        Assert.True(exit == 0, $"exit {exit}\n{app.Stdout}\n{app.Stderr}");
        Assert.Contains($"{script}:5: note: message text that is not UTF-8", app.Stderr);
    }

    [Theory]
    [InlineData("--reply-timeout", "-1", "127.0.0.1")]
    [InlineData("--idle-exit", "soon", "127.0.0.1")]
    [InlineData("127.0.0.1", "70000")]
    [InlineData("127.0.0.1", "0")]
    [InlineData("[::1", "25")]
    [InlineData("--logfile")]
    [InlineData("--escape", "")]
    [InlineData("a", "b", "c")]
    public async Task ACommandLineThatMakesNoSenseExitsWith1AndSaysWhy(params string[] args)
    {
        using var folder = new TemporaryFolder();
        using var app = TelnetLiteProcess.Start(folder.Path, ["--plain", .. args]);
        await app.PipeAsync([]);

        var exit = await app.WaitForExitAsync();

        Assert.True(exit == 1, $"{string.Join(' ', args)}: exit {exit}\n{app.Stdout}\n{app.Stderr}");
        Assert.NotEqual("", app.Stderr.Trim());
        Assert.DoesNotContain("   at ", app.Stderr);
        Assert.DoesNotContain("Exception", app.Stderr);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run", "x.smtp", "127.0.0.1", "notaport")]
    [InlineData("run", "x.smtp", "--reply-timeout", "0")]
    [InlineData("run", "x.smtp", "--demo", "127.0.0.1")]
    [InlineData("explain", "--after", "FLY", "250", "OK")]
    [InlineData("serve-demo", "--port", "99999")]
    public async Task ASubCommandGivenNonsenseExitsWith1AndSaysWhy(params string[] args)
    {
        using var folder = new TemporaryFolder();
        await File.WriteAllTextAsync(folder.File("x.smtp"), "EHLO a\n");
        using var app = TelnetLiteProcess.Start(folder.Path, args);
        await app.PipeAsync([]);

        var exit = await app.WaitForExitAsync();

        Assert.True(exit == 1, $"{string.Join(' ', args)}: exit {exit}\n{app.Stdout}\n{app.Stderr}");
        Assert.DoesNotContain("   at ", app.Stderr);
        Assert.DoesNotContain("Exception", app.Stderr);
    }
}
