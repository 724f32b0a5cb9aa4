using System.Net;
using System.Reflection;
using System.Text;
using TelnetLite.Core.Logging;
using TelnetLite.Core.Session;
using TelnetLite.Core.Tests.Logging.Support;

using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Core.Tests.Logging;

public sealed class SessionLogTests : IDisposable
{
    private static readonly DateTimeOffset Time = new(2026, 11, 29, 5, 34, 42, 7, TimeSpan.Zero);

    private readonly TemporaryFolder _folder = new();
    private readonly ManualTimeProvider _clock = new(Time);
    private readonly SessionLog _log;
    private readonly SessionLines _lines = new();
    private readonly string _path;

    public SessionLogTests()
    {
        _log = new SessionLog(_clock);
        _path = _folder.File("session.log");
    }

    public void Dispose()
    {
        _log.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void AReceivedLineIsWrittenInTheExactFormat()
    {
        OpenLog();

        Receive("250 2.1.0 Sender OK\r\n");

        Assert.Equal("2026-11-29T05:34:42.007+00:00 <- 250 2.1.0 Sender OK", LogFile.ReadLines(_path)[^1]);
    }

    [Fact]
    public void TheServersWillEchoAndItsEndAreNotedAsTheScreenNotesThem()
    {
        OpenLog();

        Deliver(new RemoteEchoChangedEvent(Time, true));
        Deliver(new RemoteEchoChangedEvent(Time, false));

        Assert.Equal(
            [
                "== the server echoes what is typed (WILL ECHO): local echo off",
                "== the server stopped echoing (WONT ECHO): local echo as before",
            ],
            LogFile.ReadEntries(_path).Skip(1));
    }

    [Fact]
    public void TheTimeKeepsTheOffsetTheEventCarries()
    {
        OpenLog();
        var later = new DateTimeOffset(2026, 11, 29, 6, 34, 42, 999, TimeSpan.FromHours(1));

        Deliver(new LineSentEvent(later, "QUIT"u8.ToArray(), Secret: false));

        Assert.Equal("2026-11-29T06:34:42.999+01:00 -> QUIT", LogFile.ReadLines(_path)[^1]);
    }

    [Fact]
    public void AConversationUsesEveryMarker()
    {
        OpenLog();
        var remote = new IPEndPoint(IPAddress.Parse("192.0.2.25"), 25);
        var local = new IPEndPoint(IPAddress.Loopback, 50000);

        Deliver(new ConnectingEvent(Time, "mail.example.test", 25));
        Deliver(new ConnectedEvent(Time, "mail.example.test", 25, remote, local));
        Receive("220 mail.example.test ESMTP\r\n");
        Send("STARTTLS");
        Receive("220 2.0.0 Ready to start TLS\r\n");
        _log.TlsActive = true;
        Send("EHLO contoso.com");
        Receive("250 mail.example.test\r\n");
        _log.WriteAnnotation(Time, ["250 success: the server greets you", "next: MAIL FROM:<you@example.com>"]);
        Deliver(new NoteEvent(Time, NoteKind.Info, "local echo on"));
        Deliver(new ClosedEvent(Time, CloseReason.RemoteClosed, null));

        Assert.Equal(
            [
                "== connecting to mail.example.test:25",
                "== connected to mail.example.test:25 (192.0.2.25)",
                "<- 220 mail.example.test ESMTP",
                "-> STARTTLS",
                "<- 220 2.0.0 Ready to start TLS",
                "~> EHLO contoso.com",
                "<~ 250 mail.example.test",
                "# 250 success: the server greets you",
                "# next: MAIL FROM:<you@example.com>",
                "== local echo on",
                "== connection closed by foreign host",
            ],
            LogFile.ReadEntries(_path).Skip(1));
    }

    [Fact]
    public void TlsEndsWithTheConnection()
    {
        OpenLog();
        _log.TlsActive = true;

        Deliver(new ClosedEvent(Time, CloseReason.LocalClosed, null));
        Send("EHLO again");

        Assert.False(_log.TlsActive);
        Assert.Equal(["== connection closed", "-> EHLO again"], LogFile.ReadEntries(_path).Skip(1));
    }

    [Fact]
    public void AnIpv6ConnectionIsWrittenWithBracketsAroundTheHost()
    {
        OpenLog();
        var remote = new IPEndPoint(IPAddress.IPv6Loopback, 2525);

        Deliver(new ConnectedEvent(Time, "::1", 2525, remote, new IPEndPoint(IPAddress.IPv6Loopback, 50000)));
        var mapped = new IPEndPoint(IPAddress.Loopback.MapToIPv6(), 25);
        Deliver(new ConnectedEvent(Time, "localhost", 25, mapped, mapped));

        Assert.Equal(["== connected to [::1]:2525 (::1)", "== connected to localhost:25 (127.0.0.1)"], LogFile.ReadEntries(_path).Skip(1));
    }

    [Fact]
    public void NotesSayWhatKindTheyAreAndKeepOneLineEach()
    {
        OpenLog();

        Deliver(new NoteEvent(Time, NoteKind.Warning, "stripped 1 control character"));
        Deliver(new NoteEvent(Time, NoteKind.Error, "connect failed\nthe port is wrong"));
        Deliver(new ClosedEvent(Time, CloseReason.Lost, "Connection reset by peer"));
        _log.WriteNote(Time, "escape character is 'CTRL+]'");

        Assert.Equal(
            [
                "== warning: stripped 1 control character",
                "== error: connect failed",
                "== the port is wrong",
                "== connection lost: Connection reset by peer",
                "== escape character is 'CTRL+]'",
            ],
            LogFile.ReadEntries(_path).Skip(1));
    }

    [Fact]
    public void ASecretLineIsRedactedAndItsTextNeverReachesTheFile()
    {
        OpenLog();

        Deliver(new LineSentEvent(Time, "AUTH PLAIN AGNocmlzAHNlY3JldA=="u8.ToArray(), Secret: true));
        _log.TlsActive = true;
        Deliver(new LineSentEvent(Time, "c2VjcmV0"u8.ToArray(), Secret: true));

        Assert.Equal(["-> AUTH PLAIN ******** (redacted)", "~> ******** (redacted)"], LogFile.ReadEntries(_path).Skip(1));
        var all = File.ReadAllText(_path);
        Assert.DoesNotContain("AGNocmlz", all, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", all, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AUTH PLAIN AGNocmlzAHNlY3JldA==", "AUTH PLAIN ******** (redacted)")]
    [InlineData("auth login Y2hyaXM=", "auth login ******** (redacted)")]
    [InlineData("AUTH  XOAUTH2   dXNlcj1jaHJpcw==", "AUTH XOAUTH2 ******** (redacted)")]
    [InlineData("AUTH PLAIN", "******** (redacted)")]
    [InlineData("AUTH PLAIN ", "******** (redacted)")]
    [InlineData("AUTH pass:word secret", "******** (redacted)")]
    [InlineData("AUTH A23456789012345678901 secret", "******** (redacted)")]
    [InlineData("AUTHPLAIN secret", "******** (redacted)")]
    [InlineData("c2VjcmV0", "******** (redacted)")]
    [InlineData("my AUTH PLAIN secret", "******** (redacted)")]
    public void ASecretAuthLineKeepsItsVerbAndMechanismAndNothingElse(string line, string written) =>
        Assert.Equal(written, SessionLog.Redact(Encoding.UTF8.GetBytes(line)));

    [Fact]
    public void CrLfBareLfAndALoneCrEachShowForWhatTheyAre()
    {
        OpenLog();

        Receive("crlf\r\nbare lf\nlone\rcr\r\n");

        Assert.Equal(["<- crlf", @"<- bare lf\x0A", @"<- lone\rcr"], LogFile.ReadEntries(_path).Skip(1));
    }

    [Fact]
    public void ALineSplitAcrossChunksIsOneLogLine()
    {
        OpenLog();

        foreach (var piece in new[] { "25", "0 2.1.", "0 Sender OK\r", "\n" }) Receive(piece);

        Assert.Equal(["<- 250 2.1.0 Sender OK"], LogFile.ReadEntries(_path).Skip(1));
    }

    [Fact]
    public void APromptIsWrittenWhenTheConnectionGoesQuietWithTheTimeItArrived()
    {
        OpenLog();
        var arrived = Time.AddSeconds(1);

        Deliver(new DataReceivedEvent(arrived, "Password: "u8.ToArray()));
        Assert.Single(LogFile.ReadLines(_path));
        Deliver(new ReceiveIdleEvent(arrived.AddMilliseconds(500)));

        Assert.Equal(@"2026-11-29T05:34:43.007+00:00 <- Password: \", LogFile.ReadLines(_path)[^1]);
    }

    [Fact]
    public void APromptIsWrittenBeforeTheLineThatAnswersIt()
    {
        OpenLog();

        Receive("334 VXNlcm5hbWU6");
        Send("dXNlcg==");

        Assert.Equal([@"<- 334 VXNlcm5hbWU6\", "-> dXNlcg=="], LogFile.ReadEntries(_path).Skip(1));
    }

    [Fact]
    public void TheLastPartialLineIsWrittenWhenTheConnectionEnds()
    {
        OpenLog();

        Receive("421 going away");
        Deliver(new ClosedEvent(Time, CloseReason.RemoteClosed, null));

        Assert.Equal([@"<- 421 going away\", "== connection closed by foreign host"], LogFile.ReadEntries(_path).Skip(1));
    }

    [Fact]
    public void OpeningWritesAHeaderWithTheDateAndVersion()
    {
        var result = _log.Open(_path);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(_path, result.FullPath);
        Assert.Equal(_path, _log.FilePath);
        var version = typeof(SessionLog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal([$"2026-11-29T05:34:42.007+00:00 == log opened 2026-11-29 TelnetLite {version}"], LogFile.ReadLines(_path));
    }

    [Fact]
    public void AnExistingFileIsAppendedTo()
    {
        File.WriteAllText(_path, "2026-11-28T10:00:00.000+00:00 <- yesterday\n");

        OpenLog();
        Receive("today\r\n");

        var entries = LogFile.ReadEntries(_path);
        Assert.Equal(3, entries.Length);
        Assert.Equal("<- yesterday", entries[0]);
        Assert.StartsWith("== log opened ", entries[1], StringComparison.Ordinal);
        Assert.Equal("<- today", entries[2]);
    }

    [Fact]
    public void AMissingFolderIsReportedAndNotCreated()
    {
        var path = _folder.File(Path.Combine("missing", "deeper", "log.txt"));

        var result = _log.Open(path);

        Assert.False(result.Succeeded);
        Assert.Equal($"cannot open the log file {path}: the folder {_folder.File("missing")} does not exist", result.Error);
        Assert.False(Directory.Exists(_folder.File("missing")));
        Assert.Null(_log.FilePath);
    }

    [Fact]
    public void APathThroughARegularFileIsReported()
    {
        var file = _folder.File("existingfile");
        File.WriteAllText(file, "not a folder");
        var path = Path.Combine(file, "sub", "log.txt");

        var result = _log.Open(path);

        Assert.False(result.Succeeded);
        Assert.Equal($"cannot open the log file {path}: {file} is a file, not a folder", result.Error);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void AFolderIsNotALogFile()
    {
        var result = _log.Open(_folder.Path);

        Assert.False(result.Succeeded);
        Assert.Equal($"cannot open the log file {_folder.Path}: it is a folder, not a file", result.Error);
    }

    [Fact]
    public void TheSessionGoesOnWithoutALogAfterAFailedOpen()
    {
        _log.Open(_folder.File(Path.Combine("missing", "log.txt")));

        Receive("250 OK\r\n");
        Send("QUIT");
        _log.WriteAnnotation(Time, ["nothing to write to"]);

        Assert.Null(_log.FilePath);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Path));
    }

    [Fact]
    public void ABareNameGoesToTheCurrentFolder()
    {
        var name = "telnetlite-bare-name-" + Guid.NewGuid().ToString("N") + ".log";
        var expected = Path.Combine(Environment.CurrentDirectory, name);
        try
        {
            var result = _log.Open(name);

            Assert.True(result.Succeeded, result.Error);
            Assert.Equal(expected, result.FullPath);
            Assert.Single(LogFile.ReadLines(expected));
        }
        finally
        {
            _log.Close();
            File.Delete(expected);
        }
    }

    [Fact]
    public void NothingIsWrittenWhilePaused()
    {
        OpenLog();

        Receive("before\r\n");
        _log.Pause();
        Receive("while paused\r\n");
        Send("unseen");
        _log.WriteAnnotation(Time, ["unseen"]);
        _log.Resume();
        Receive("after\r\n");

        Assert.Equal(["<- before", "== logging paused", "== logging resumed", "<- after"], LogFile.ReadEntries(_path).Skip(1));
    }

    [Fact]
    public void PausingTwiceSaysSoOnce()
    {
        OpenLog();

        _log.Pause();
        _log.Pause();
        _log.Resume();
        _log.Resume();

        Assert.Equal(["== logging paused", "== logging resumed"], LogFile.ReadEntries(_path).Skip(1));
    }

    [Fact]
    public void ClosingWritesAClosingLineAndAnotherLogCanBeOpened()
    {
        OpenLog();
        var second = _folder.File("second.log");

        Receive("login: ");
        // As the controller does before a log closes: the prompt received so far goes to this log.
        foreach (var flushed in _lines.FlushPartial()) _log.OnSessionEvent(flushed);
        _log.Close();
        Receive("after close\r\n");
        var result = _log.Open(second);
        Receive("in second\r\n");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([@"<- login: \", "== log closed"], LogFile.ReadEntries(_path).Skip(1));
        Assert.Equal(["<- in second"], LogFile.ReadEntries(second).Skip(1));
    }

    [Fact]
    public void OpeningAnotherFileClosesTheFirst()
    {
        OpenLog();
        var second = _folder.File("second.log");

        _log.Open(second);

        Assert.Equal("== log closed", LogFile.ReadEntries(_path)[^1]);
        Assert.Equal(second, _log.FilePath);
        File.Delete(_path);
    }

    [Fact]
    public void EachLineIsOnDiskAsSoonAsItIsWritten()
    {
        OpenLog();

        for (var i = 0; i < 5; i++)
        {
            Receive($"250-line {i}\r\n");
            Assert.Equal($"<- 250-line {i}", LogFile.ReadEntries(_path)[^1]);
            Send($"NOOP {i}");
            Assert.Equal($"-> NOOP {i}", LogFile.ReadEntries(_path)[^1]);
        }
    }

    [Fact]
    public void BracesAndOddBytesSurviveVerbatim()
    {
        OpenLog();
        byte[] odd = [.. "500 {0} {Name} {{x}} {@y} \\ é "u8, 0x1B, (byte)'[', (byte)'m', 0xFF, 0xC3, (byte)'\t', (byte)'\r', (byte)'\r', (byte)'\n'];

        Deliver(new DataReceivedEvent(Time, odd));
        _log.WriteAnnotation(Time, ["{0} means {Name}"]);

        var entries = LogFile.ReadEntries(_path);
        Assert.Equal(@"<- 500 {0} {Name} {{x}} {@y} \\ é \x1B[m\xFF\xC3\x09\r", entries[^2]);
        Assert.Equal("# {0} means {Name}", entries[^1]);
        Assert.True(LogTextEscaper.TryUnescapeReceived(entries[^2][3..], out var wire));
        Assert.Equal(odd, wire);
    }

    [Fact]
    public async Task LinesFromTwoThreadsNeverInterleave()
    {
        OpenLog();
        const int count = 300;

        var received = Task.Run(() =>
        {
            for (var i = 0; i < count; i++)
            {
                // Split each line across two events so a torn write would show.
                Receive($"250-received line number {i} ");
                Receive("with its tail\r\n");
            }
        });
        var annotated = Task.Run(() =>
        {
            for (var i = 0; i < count; i++) _log.WriteAnnotation(Time, [$"annotation {i} first", $"annotation {i} second"]);
        });
        await Task.WhenAll(received, annotated);

        var entries = LogFile.ReadEntries(_path).Skip(1).ToList();
        Assert.Equal(count * 3, entries.Count);
        Assert.Equal(
            Enumerable.Range(0, count).Select(i => $"<- 250-received line number {i} with its tail"),
            entries.Where(entry => entry.StartsWith("<-", StringComparison.Ordinal)));
        Assert.Equal(
            Enumerable.Range(0, count).SelectMany(i => new[] { $"# annotation {i} first", $"# annotation {i} second" }),
            entries.Where(entry => entry.StartsWith('#')));
        Assert.All(LogFile.ReadLines(_path), line => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d (<-|#|==) ", line));
    }

    [LinuxFact]
    public void AFileThatCannotBeWrittenIsAnOpenFailureThatNamesTheReason()
    {
        // /dev/full opens like a file and fails every write with "no space left on device".
        var raised = new List<string>();
        _log.WriteFailed += (_, message) => raised.Add(message);

        var result = _log.Open("/dev/full");
        Receive("250 OK\r\n");
        _log.Close();

        Assert.False(result.Succeeded);
        Assert.StartsWith("cannot write to the log file /dev/full: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("space", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Null(_log.FilePath);
        Assert.Empty(raised);
    }

    private void OpenLog()
    {
        var result = _log.Open(_path);
        Assert.True(result.Succeeded, result.Error);
    }

    private void Receive(string text) => Deliver(new DataReceivedEvent(Time, Encoding.UTF8.GetBytes(text)));

    private void Send(string text) => Deliver(new LineSentEvent(Time, Encoding.UTF8.GetBytes(text), Secret: false));

    /// <summary>Hands the log an event as the session delivers it: received bytes as the lines they complete.</summary>
    private void Deliver(SessionEvent sessionEvent)
    {
        foreach (var delivered in _lines.For(sessionEvent)) _log.OnSessionEvent(delivered);
    }
}
