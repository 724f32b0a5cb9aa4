using TelnetLite.Core.Telnet;
using TelnetLite.Core.Tests.Telnet.Support;
using static TelnetLite.Core.Telnet.TelnetCommand;
using static TelnetLite.Core.Tests.Telnet.Support.Expect;

namespace TelnetLite.Core.Tests.Telnet;

public sealed class TelnetParserTests
{
    private const int SmtpPort = 25;
    private const int TelnetPort = 23;

    [Fact]
    public void PlainTextPassesUnchangedWithProcessingOn() =>
        AssertParsesAtEverySplit(TelnetMode.Telnet, Bytes.Of("220 mail.example.test ESMTP\r\n"),
            Data("220 mail.example.test ESMTP\r\n"));

    [Fact]
    public void IacIacBecomesOneDataByte() =>
        AssertParsesAtEverySplit(TelnetMode.Telnet, Bytes.Of("a", Iac, Iac, "b", Iac, Iac, Iac, Iac),
            Data("a", 0xFF, "b", 0xFF, 0xFF));

    [Fact]
    public void CrNulBecomesABareCr() =>
        AssertParsesAtEverySplit(TelnetMode.Telnet, Bytes.Of("one\r\0two\r\0"), Data("one\rtwo\r"));

    [Fact]
    public void CrLfStaysCrLf() =>
        AssertParsesAtEverySplit(TelnetMode.Telnet, Bytes.Of("one\r\ntwo\r\n"), Data("one\r\ntwo\r\n"));

    [Fact]
    public void ANulThatDoesNotFollowACrIsData() =>
        AssertParsesAtEverySplit(TelnetMode.Telnet, Bytes.Of("a\0b\r\r\0\0"), Data("a\0b\r\r\0"));

    [Fact]
    public void ACrBeforeACommandDoesNotSwallowTheNulAfterIt() =>
        AssertParsesAtEverySplit(TelnetMode.Telnet, Bytes.Of("\r", Iac, Nop, "\0"),
            Data("\r"), Command(Nop), Data("\0"));

    [Theory]
    [InlineData(Nop)]
    [InlineData(Dm)]
    [InlineData(Brk)]
    [InlineData(Ip)]
    [InlineData(Ao)]
    [InlineData(Ayt)]
    [InlineData(Ec)]
    [InlineData(El)]
    [InlineData(Ga)]
    public void OtherCommandsAreReportedAndNeverReachTheData(TelnetCommand command) =>
        AssertParsesAtEverySplit(TelnetMode.Telnet, Bytes.Of("250 OK", Iac, command, "\r\n"),
            Data("250 OK"), Command(command), Data("\r\n"));

    [Fact]
    public void NegotiationsAreReportedWithTheirOption() =>
        AssertParsesAtEverySplit(TelnetMode.Telnet,
            Bytes.Of(Iac, Will, TelnetOption.Echo, Iac, Do, TelnetOption.TerminalType, Iac, Wont, 200, Iac, Dont, Iac, "x"),
            Negotiation(Will, TelnetOption.Echo), Negotiation(Do, TelnetOption.TerminalType), "Wont 200", "Dont 255", Data("x"));

    [Fact]
    public void TerminalTypeSendIsCollectedAsASubnegotiation() =>
        AssertParsesAtEverySplit(TelnetMode.Telnet,
            Bytes.Of("login", Iac, Sb, TelnetOption.TerminalType, 1, Iac, Se, ":"),
            Data("login"), Subnegotiation(TelnetOption.TerminalType, 1), Data(":"));

    [Fact]
    public void IacIacInsideASubnegotiationIsOne255Byte() =>
        AssertParsesAtEverySplit(TelnetMode.Telnet,
            Bytes.Of(Iac, Sb, TelnetOption.WindowSize, 0, Iac, Iac, 0, 24, Iac, Se),
            Subnegotiation(TelnetOption.WindowSize, 0, 0xFF, 0, 24));

    [Fact]
    public void AnEmptyPayloadIsStillASubnegotiation() =>
        AssertParsesAtEverySplit(TelnetMode.Telnet, Bytes.Of(Iac, Sb, TelnetOption.Status, Iac, Se),
            Subnegotiation(TelnetOption.Status));

    [Fact]
    public void ASubnegotiationWithoutAnOptionIsFlaggedAndDropped() =>
        AssertParsesAtEverySplit(TelnetMode.Telnet, Bytes.Of("a", Iac, Sb, Iac, Se, "b"),
            Data("a"), Flaw(TelnetParserFlaws.MalformedSubnegotiation), Data("b"));

    [Fact]
    public void ASubnegotiationLongerThanTheBoundIsFlaggedOnceAndDropped()
    {
        var input = Bytes.Of(Iac, Sb, TelnetOption.TerminalType, "0123456789", Iac, Se, "ok");
        AssertParsesAtEverySplit(() => new TelnetParser(TelnetMode.Telnet, TelnetPort, maxSubnegotiationLength: 8), input,
            Flaw(TelnetParserFlaws.SubnegotiationOverflow), Data("ok"));
    }

    [Fact]
    public void ASubnegotiationExactlyAtTheBoundIsKept() =>
        AssertParsesAtEverySplit(() => new TelnetParser(TelnetMode.Telnet, TelnetPort, maxSubnegotiationLength: 4),
            Bytes.Of(Iac, Sb, TelnetOption.TerminalType, "IS!", Iac, Se),
            Subnegotiation(TelnetOption.TerminalType, "IS!"));

    [Fact]
    public void ASubnegotiationCutShortByACommandIsDroppedAndTheCommandHonoured() =>
        AssertParsesAtEverySplit(TelnetMode.Telnet,
            Bytes.Of(Iac, Sb, TelnetOption.TerminalType, 1, Iac, Will, TelnetOption.Echo, "x"),
            Flaw(TelnetParserFlaws.MalformedSubnegotiation), Negotiation(Will, TelnetOption.Echo), Data("x"));

    [Fact]
    public void AnIacFollowedByANonCommandByteIsFlaggedAndDropped() =>
        AssertParsesAtEverySplit(TelnetMode.Telnet, Bytes.Of("a", Iac, "Ab"),
            Data("a"), Flaw(TelnetParserFlaws.InvalidCommand), Data("b"));

    [Fact]
    public void AStraySubnegotiationEndIsFlaggedAndDropped() =>
        AssertParsesAtEverySplit(TelnetMode.Telnet, Bytes.Of("a", Iac, Se, "b"),
            Data("a"), Flaw(TelnetParserFlaws.StraySubnegotiationEnd), Data("b"));

    [Fact]
    public void FlawsAccumulateInTheFlawsProperty()
    {
        var parser = new TelnetParser(TelnetMode.Telnet, TelnetPort);
        parser.Feed(Bytes.Of(Iac, "A", Iac, Se), new RecordingParserHandler());
        Assert.Equal(TelnetParserFlaws.InvalidCommand | TelnetParserFlaws.StraySubnegotiationEnd, parser.Flaws);
    }

    [Fact]
    public void AnIacAtTheEndOfAChunkWaitsForTheNextChunk()
    {
        var parser = new TelnetParser(TelnetMode.Telnet, TelnetPort);
        var handler = new RecordingParserHandler();
        parser.Feed(Bytes.Of("ab", Iac), handler);
        Assert.Equal([Data("ab")], handler.Events);
        Assert.False(parser.HasPendingData);
        parser.Feed(Bytes.Of(Ga, "cd"), handler);
        Assert.Equal([Data("ab"), Command(Ga), Data("cd")], handler.Events);
    }

    [Fact]
    public void Port23InAutoModeStartsWithProcessingOn()
    {
        var parser = new TelnetParser(TelnetMode.Auto, TelnetPort);
        Assert.True(parser.Enabled);
        Assert.False(parser.AutoDetect);
    }

    [Fact]
    public void OtherPortsInAutoModeStartRawAndWatchForNegotiation()
    {
        var parser = new TelnetParser(TelnetMode.Auto, SmtpPort);
        Assert.False(parser.Enabled);
        Assert.True(parser.AutoDetect);
    }

    [Fact]
    public void RawModePassesEveryByteThroughEvenNegotiation()
    {
        var input = Bytes.Of("a\r\0", Iac, Iac, Iac, Will, TelnetOption.Echo, Iac);
        foreach (var (name, chunks) in Chunkings.Of(input))
        {
            var parser = new TelnetParser(TelnetMode.Raw, TelnetPort);
            var handler = Feed(parser, chunks);
            Assert.True(input.SequenceEqual(handler.Data), name);
            Assert.False(parser.Enabled, name);
            Assert.False(parser.HasPendingData, name);
        }
    }

    [Fact]
    public void TelnetModeProcessesOnAnyPort()
    {
        var parser = new TelnetParser(TelnetMode.Telnet, SmtpPort);
        Assert.True(parser.Enabled);
        Assert.False(parser.AutoDetect);
    }

    [Fact]
    public void AutoDetectionSwitchesOnAtTheFirstNegotiationAndLeavesTheRawDataBeforeItUntouched()
    {
        var input = Bytes.Of("220 ", Iac, "x", Iac, Iac, "\r\0", Iac, Ga, Iac, Do, TelnetOption.Echo, "y", Iac, Iac, "\r\0");
        AssertParsesAtEverySplit(() => new TelnetParser(TelnetMode.Auto, SmtpPort), input,
            Data("220 ", Iac, "x", Iac, Iac, "\r\0", Iac, Ga), Negotiation(Do, TelnetOption.Echo), Data("y", Iac, "\r"));
    }

    [Theory]
    [InlineData(Do)]
    [InlineData(Dont)]
    [InlineData(Will)]
    [InlineData(Wont)]
    public void EachNegotiationVerbTurnsProcessingOn(TelnetCommand verb)
    {
        var parser = new TelnetParser(TelnetMode.Auto, SmtpPort);
        var handler = Feed(parser, [Bytes.Of("x", Iac, verb, TelnetOption.Echo, "y")]);
        Assert.True(parser.Enabled);
        Assert.Equal([Data("x"), Negotiation(verb, TelnetOption.Echo), Data("y")], handler.Events);
    }

    [Fact]
    public void ASubnegotiationTurnsProcessingOn() =>
        AssertParsesAtEverySplit(() => new TelnetParser(TelnetMode.Auto, SmtpPort),
            Bytes.Of("x", Iac, Sb, TelnetOption.TerminalType, 1, Iac, Se, "y"),
            Data("x"), Subnegotiation(TelnetOption.TerminalType, 1), Data("y"));

    [Fact]
    public void AnIacBeforeTheIacThatNegotiatesStaysRawData() =>
        AssertParsesAtEverySplit(() => new TelnetParser(TelnetMode.Auto, SmtpPort),
            Bytes.Of(Iac, Iac, Will, TelnetOption.Echo),
            Data(Iac), Negotiation(Will, TelnetOption.Echo));

    [Fact]
    public void RawDataWith255BytesButNoNegotiationIsNeverAltered()
    {
        var input = Bytes.Of(Iac, "a", Iac, Iac, Nop, Iac, 0, "\r\0", Iac, Se, 0xFE, Iac, "end");
        AssertParsesAtEverySplit(() => new TelnetParser(TelnetMode.Auto, SmtpPort), input, Data(input));
    }

    [Fact]
    public void ALone255AtTheEndOfARawChunkIsHeldUntilTheNextByteDecides()
    {
        var parser = new TelnetParser(TelnetMode.Auto, SmtpPort);
        var handler = new RecordingParserHandler();
        parser.Feed(Bytes.Of("abc", Iac), handler);
        Assert.True(parser.HasPendingData);
        Assert.Equal([Data("abc")], handler.Events);

        parser.Feed(Bytes.Of(Will, TelnetOption.SuppressGoAhead), handler);
        Assert.True(parser.Enabled);
        Assert.False(parser.HasPendingData);
        Assert.Equal([Data("abc"), Negotiation(Will, TelnetOption.SuppressGoAhead)], handler.Events);
    }

    [Fact]
    public void AHeld255FollowedByDataIsReleasedAsData()
    {
        var parser = new TelnetParser(TelnetMode.Auto, SmtpPort);
        var handler = Feed(parser, [Bytes.Of("abc", Iac), Bytes.Of("def")]);
        Assert.Equal([Data("abc", Iac, "def")], handler.Events);
        Assert.False(parser.Enabled);
    }

    [Fact]
    public void FlushPendingReleasesAHeld255AsDataForGood()
    {
        var parser = new TelnetParser(TelnetMode.Auto, SmtpPort);
        var handler = new RecordingParserHandler();
        parser.Feed(Bytes.Of("354 go", Iac), handler);
        parser.FlushPending(handler);
        Assert.False(parser.HasPendingData);
        Assert.Equal([Data("354 go", Iac)], handler.Events);

        parser.Feed(Bytes.Of(Will, "x"), handler);
        Assert.False(parser.Enabled);
        Assert.Equal([Data("354 go", Iac, Will, "x")], handler.Events);
    }

    [Fact]
    public void FlushPendingWithNothingHeldReportsNothing()
    {
        var parser = new TelnetParser(TelnetMode.Telnet, TelnetPort);
        var handler = new RecordingParserHandler();
        parser.Feed(Bytes.Of("a", Iac), handler);
        parser.FlushPending(handler);
        Assert.Equal([Data("a")], handler.Events);
    }

    [Fact]
    public void SwitchingProcessingOnByHandTurnsAHeld255IntoACommandStart()
    {
        var parser = new TelnetParser(TelnetMode.Auto, SmtpPort);
        var handler = new RecordingParserHandler();
        parser.Feed(Bytes.Of("a", Iac), handler);
        parser.Enabled = true;
        parser.Feed(Bytes.Of(Nop, "b"), handler);
        Assert.Equal([Data("a"), Command(Nop), Data("b")], handler.Events);
    }

    [Fact]
    public void TurningAutoDetectionOffReleasesAHeld255AtTheNextChunk()
    {
        var parser = new TelnetParser(TelnetMode.Auto, SmtpPort);
        var handler = new RecordingParserHandler();
        parser.Feed(Bytes.Of("a", Iac), handler);
        parser.AutoDetect = false;
        parser.Feed(Bytes.Of(Will, TelnetOption.Echo), handler);
        Assert.False(parser.Enabled);
        Assert.Equal([Data("a", Iac, Will, TelnetOption.Echo)], handler.Events);
    }

    [Fact]
    public void SwitchingProcessingOffAbandonsACommandInProgress()
    {
        var parser = new TelnetParser(TelnetMode.Telnet, TelnetPort);
        var handler = new RecordingParserHandler();
        parser.Feed(Bytes.Of("a", Iac, Sb, TelnetOption.TerminalType), handler);
        parser.Enabled = false;
        parser.Feed(Bytes.Of(1, Iac, Se), handler);
        Assert.Equal([Data("a", 1, Iac, Se)], handler.Events);
    }

    [Fact]
    public void AnEmptyChunkChangesNothing()
    {
        var parser = new TelnetParser(TelnetMode.Auto, SmtpPort);
        var handler = new RecordingParserHandler();
        parser.Feed(Bytes.Of("a", Iac), handler);
        parser.Feed([], handler);
        Assert.True(parser.HasPendingData);
        parser.Feed(Bytes.Of(Do, TelnetOption.Echo), handler);
        Assert.Equal([Data("a"), Negotiation(Do, TelnetOption.Echo)], handler.Events);
    }

    [Fact]
    public void ASmallSubnegotiationBoundIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TelnetParser(TelnetMode.Telnet, TelnetPort, maxSubnegotiationLength: 0));

    private static void AssertParsesAtEverySplit(TelnetMode mode, byte[] input, params string[] expected) =>
        AssertParsesAtEverySplit(() => new TelnetParser(mode, TelnetPort), input, expected);

    private static void AssertParsesAtEverySplit(Func<TelnetParser> createParser, byte[] input, params string[] expected)
    {
        foreach (var (name, chunks) in Chunkings.Of(input))
        {
            var handler = Feed(createParser(), chunks);
            Assert.True(expected.SequenceEqual(handler.Events),
                $"{name}: expected [{string.Join(", ", expected)}] but got [{string.Join(", ", handler.Events)}]");
        }
    }

    private static RecordingParserHandler Feed(TelnetParser parser, byte[][] chunks)
    {
        var handler = new RecordingParserHandler();
        foreach (var chunk in chunks)
        {
            parser.Feed(chunk, handler);
        }

        return handler;
    }
}
