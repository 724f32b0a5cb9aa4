using System.Text;
using CsCheck;
using TelnetLite.Core.Scripts;
using TelnetLite.Core.Tests.Logging.Support;
using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Core.Tests.Scripts;

public sealed class SmtpScriptSourceTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AGoodScriptReadsAsTheParserReadsItsText()
    {
        const string text = "!open mail1.fabrikam.com\nEHLO contoso.com\r\n!expect 250\n##hash\n\tindented\nQUIT";

        var reading = SmtpScriptSource.Read(Encoding.UTF8.GetBytes(text));

        Assert.Null(reading.Problem);
        Assert.Empty(reading.Notes);
        var parsed = SmtpScriptParser.Parse(text);
        Assert.Equal(parsed.Steps.Select(Describe), reading.Script!.Steps.Select(Describe));
        Assert.Equal(parsed.Errors, reading.Script.Errors);
    }

    [Fact]
    public void AUtf8ByteOrderMarkIsNoPartOfTheFirstLine()
    {
        var reading = SmtpScriptSource.Read([0xEF, 0xBB, 0xBF, .. "EHLO a\n"u8]);

        var send = Assert.IsType<SendLineStep>(Assert.Single(reading.Script!.Steps));
        Assert.Equal("EHLO a", send.Text);
    }

    [Fact]
    public void ANulByteMeansNotATextFileAndNothingOfItIsRun()
    {
        var reading = SmtpScriptSource.Read("EHLO a\nMAIL\0FROM\nQUIT\n"u8);

        var script = reading.Script!;
        Assert.Empty(script.Steps);
        var error = Assert.Single(script.Errors);
        Assert.Equal(2, error.LineNumber);
        Assert.Contains("NUL byte: this is not a text file", error.Reason);
    }

    [Fact]
    public void RandomBinaryIsNeverAValidScript()
    {
        // The case: 4 KB of random bytes ran and sent 16 lines of garbage.
        Gen.Byte.Array[4096].Sample(bytes => Assert.False(SmtpScriptSource.Read(bytes) is { Script.IsValid: true }), iter: 200);
    }

    [Fact]
    public void Utf16TextIsRefusedWithAHintToSaveItAsUtf8()
    {
        var reading = SmtpScriptSource.Read(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("EHLO a\n")).ToArray());

        Assert.Null(reading.Script);
        Assert.Contains("save it as UTF-8", reading.Problem);
    }

    [Fact]
    public void ALineThatIsNotUtf8OutsideMessageTextIsRefusedWithItsNumberAndColumn()
    {
        var reading = SmtpScriptSource.Read([.. "EHLO a\nMAIL FROM:<caf"u8, 0xE9, .. "@x>\nQUIT\n"u8]);

        var error = Assert.Single(reading.Script!.Errors);
        Assert.Equal(2, error.LineNumber);
        Assert.Contains("not UTF-8 text (byte 0xE9 at column 15)", error.Reason);
    }

    [Fact]
    public void MessageTextMayBeOtherBytesAndANoteSaysHowTheyAreSent()
    {
        var reading = SmtpScriptSource.Read([.. "EHLO a\nDATA\n!expect 354\nSubject: caf"u8, 0xE9, .. "\n\n.\nQUIT\n"u8]);

        Assert.True(reading.Script!.IsValid);
        var note = Assert.Single(reading.Notes);
        Assert.Equal(4, note.LineNumber);
        Assert.Contains("U+FFFD", note.Reason);
    }

    [Fact]
    public void AfterTheLoneDotLinesAreCommandsAgain()
    {
        var reading = SmtpScriptSource.Read([.. "DATA\nbody\n.\nQUIT "u8, 0xE9, .. "\n"u8]);

        Assert.Equal(4, Assert.Single(reading.Script!.Errors).LineNumber);
    }

    [Fact]
    public void ALineLongerThanOneMegabyteOutsideMessageTextIsRefusedButNotInsideIt()
    {
        var longLine = new string('x', SmtpScriptSource.MaxLineBytes + 1);

        var command = SmtpScriptSource.Read(Encoding.UTF8.GetBytes($"EHLO a\nNOOP {longLine}\n"));
        var error = Assert.Single(command.Script!.Errors);
        Assert.Equal(2, error.LineNumber);
        Assert.Contains("longer than the 1 MB", error.Reason);

        var message = SmtpScriptSource.Read(Encoding.UTF8.GetBytes($"DATA\n{longLine}\n.\n"));
        Assert.True(message.Script!.IsValid);
    }

    [Theory]
    [InlineData("EHLO a\u001b[2J\n", 1, "^[")]
    [InlineData("EHLO a\nQUIT\u0008T\n", 2, "^H")]
    [InlineData("DATA\nbody\u0007\n.\n", 2, "^G")]
    [InlineData("EHLO a\rQUIT\n", 1, "a CR that does not end the line")]
    public void AControlCharacterAnywhereIsRefusedWithItsLine(string text, int line, string said)
    {
        var error = Assert.Single(SmtpScriptSource.Read(Encoding.UTF8.GetBytes(text)).Script!.Errors);
        Assert.Equal(line, error.LineNumber);
        Assert.Contains(said, error.Reason);
    }

    [Fact]
    public void AFileWithManyBadLinesListsTwentyAndCountsTheRest()
    {
        var text = string.Concat(Enumerable.Range(0, 50).Select(i => $"line {i}\u0001\n"));

        var errors = SmtpScriptSource.Read(Encoding.UTF8.GetBytes(text)).Script!.Errors;

        Assert.Equal(SmtpScriptSource.MaxErrorsListed + 1, errors.Count);
        Assert.Contains("and 30 more errors from this line on", errors[^1].Reason);
        Assert.Equal(21, errors[^1].LineNumber);
    }

    [Fact]
    public void TheParsersErrorsStillCountAndComeInLineOrder()
    {
        var reading = SmtpScriptSource.Read("!bogus\nEHLO a\u0001\n"u8);

        Assert.Equal([1, 2], reading.Script!.Errors.Select(e => e.LineNumber));
    }

    [Fact]
    public async Task AFileLargerThanSixteenMegabytesIsRefusedUnread()
    {
        var path = _folder.File("huge.smtp");
        await using (var file = File.Create(path)) file.SetLength(SmtpScriptSource.MaxScriptBytes + 1);

        var reading = await SmtpScriptSource.ReadFileAsync(path, CancellationToken.None);

        Assert.Null(reading.Script);
        Assert.Contains("larger than the 16 MB a script may be", reading.Problem);
    }

    [Fact]
    public async Task AFileOfExactlySixteenMegabytesIsRead()
    {
        var path = _folder.File("edge.smtp");
        var line = new string('x', 1023) + "\n";
        await File.WriteAllTextAsync(path, "DATA\n" + string.Concat(Enumerable.Repeat(line, (int)(SmtpScriptSource.MaxScriptBytes / 1024) - 1)) + new string('y', 1024 - 8) + "\n.\n");
        Assert.Equal(SmtpScriptSource.MaxScriptBytes, new FileInfo(path).Length);

        var reading = await SmtpScriptSource.ReadFileAsync(path, CancellationToken.None);

        Assert.Null(reading.Problem);
        Assert.True(reading.Script!.IsValid);
    }

    [LinuxFact]
    public async Task AnEndlessDeviceIsRefusedAfterSixteenMegabytesNotReadForever()
    {
        // /dev/zero reports no length: the read stops one byte past the limit.
        var reading = await SmtpScriptSource.ReadFileAsync("/dev/zero", CancellationToken.None);

        Assert.Null(reading.Script);
        Assert.Contains("larger than the 16 MB", reading.Problem);
    }

    [Fact]
    public async Task AFileThatCannotBeReadSaysWhy()
    {
        var reading = await SmtpScriptSource.ReadFileAsync(_folder.File("missing.smtp"), CancellationToken.None);

        Assert.Null(reading.Script);
        Assert.StartsWith("cannot read it:", reading.Problem);
    }

    // An expectation holds a regex, which compares by reference: steps compare by what they print.
    private static string Describe(SmtpScriptStep step) => step.ToString();
}
