using TelnetLite.Core.Telnet;
using TelnetLite.Core.Tests.Telnet.Support;
using static TelnetLite.Core.Telnet.TelnetCommand;
using static TelnetLite.Core.Tests.Telnet.Support.Expect;

namespace TelnetLite.Core.Tests.Telnet;

public sealed class TelnetNegotiatorTests
{
    private readonly TelnetNegotiator _negotiator = new();
    private readonly SentBytes _sent = new();

    [Fact]
    public void TheServersWillEchoIsAcceptedAndTurnsRemoteEchoOn()
    {
        var changes = _negotiator.Receive(Will, (byte)TelnetOption.Echo, _sent);

        Assert.Equal(TelnetNegotiationChanges.RemoteEcho, changes);
        Assert.True(_negotiator.RemoteEcho);
        Assert.Equal([Negotiation(Do, TelnetOption.Echo)], _sent.Events);
    }

    [Fact]
    public void TheServersWontEchoTurnsRemoteEchoOffAgain()
    {
        _negotiator.Receive(Will, (byte)TelnetOption.Echo, _sent);
        _sent.Clear();

        var changes = _negotiator.Receive(Wont, (byte)TelnetOption.Echo, _sent);

        Assert.Equal(TelnetNegotiationChanges.RemoteEcho, changes);
        Assert.False(_negotiator.RemoteEcho);
        Assert.Equal([Negotiation(Dont, TelnetOption.Echo)], _sent.Events);
    }

    [Fact]
    public void ARepeatedWillEchoIsNotAnsweredAndChangesNothing()
    {
        _negotiator.Receive(Will, (byte)TelnetOption.Echo, _sent);
        _sent.Clear();

        Assert.Equal(TelnetNegotiationChanges.None, _negotiator.Receive(Will, (byte)TelnetOption.Echo, _sent));
        Assert.Empty(_sent.Bytes);
        Assert.True(_negotiator.RemoteEcho);
    }

    [Fact]
    public void DoEchoIsRefusedBecauseTelnetLiteNeverEchoesTheServer()
    {
        Assert.Equal(TelnetNegotiationChanges.None, _negotiator.Receive(Do, (byte)TelnetOption.Echo, _sent));
        Assert.Equal([Negotiation(Wont, TelnetOption.Echo)], _sent.Events);
        Assert.False(_negotiator.IsEnabledLocally((byte)TelnetOption.Echo));
    }

    [Fact]
    public void SuppressGoAheadIsAcceptedBothWays()
    {
        Assert.Equal(TelnetNegotiationChanges.OtherOption, _negotiator.Receive(Will, (byte)TelnetOption.SuppressGoAhead, _sent));
        Assert.Equal(TelnetNegotiationChanges.OtherOption, _negotiator.Receive(Do, (byte)TelnetOption.SuppressGoAhead, _sent));

        Assert.Equal([Negotiation(Do, TelnetOption.SuppressGoAhead), Negotiation(Will, TelnetOption.SuppressGoAhead)], _sent.Events);
        Assert.True(_negotiator.IsEnabledRemotely((byte)TelnetOption.SuppressGoAhead));
        Assert.True(_negotiator.IsEnabledLocally((byte)TelnetOption.SuppressGoAhead));
    }

    [Fact]
    public void EveryUnsupportedOptionIsRefusedBothWays()
    {
        var remote = new HashSet<byte> { (byte)TelnetOption.Echo, (byte)TelnetOption.SuppressGoAhead };
        var local = new HashSet<byte> { (byte)TelnetOption.SuppressGoAhead, (byte)TelnetOption.TerminalType, (byte)TelnetOption.WindowSize };
        for (var option = 0; option <= 255; option++)
        {
            var negotiator = new TelnetNegotiator();
            var sent = new SentBytes();
            negotiator.Receive(Will, (byte)option, sent);
            negotiator.Receive(Do, (byte)option, sent);

            string[] expected =
            [
                $"{(remote.Contains((byte)option) ? Do : Dont)} {option}",
                $"{(local.Contains((byte)option) ? Will : Wont)} {option}",
            ];
            Assert.Equal(expected, sent.Events);
            Assert.Equal(remote.Contains((byte)option), negotiator.IsEnabledRemotely((byte)option));
            Assert.Equal(local.Contains((byte)option), negotiator.IsEnabledLocally((byte)option));
        }
    }

    [Fact]
    public void TheServerOfferingTerminalTypeOrWindowSizeIsRefused()
    {
        _negotiator.Receive(Will, (byte)TelnetOption.TerminalType, _sent);
        _negotiator.Receive(Will, (byte)TelnetOption.WindowSize, _sent);
        Assert.Equal([Negotiation(Dont, TelnetOption.TerminalType), Negotiation(Dont, TelnetOption.WindowSize)], _sent.Events);
    }

    [Fact]
    public void ARefusalIsNotRepeatedWhenTheServerAsksAgain()
    {
        for (var i = 0; i < 5; i++)
        {
            _negotiator.Receive(Will, (byte)TelnetOption.LineMode, _sent);
            _negotiator.Receive(Do, (byte)TelnetOption.LineMode, _sent);
        }

        Assert.Equal([Negotiation(Dont, TelnetOption.LineMode), Negotiation(Wont, TelnetOption.LineMode)], _sent.Events);
    }

    [Fact]
    public void DisablingAnOptionThatIsOffIsNotAnswered()
    {
        _negotiator.Receive(Wont, (byte)TelnetOption.Echo, _sent);
        _negotiator.Receive(Dont, (byte)TelnetOption.TerminalType, _sent);
        _negotiator.Receive(Dont, 200, _sent);
        Assert.Empty(_sent.Bytes);
    }

    [Fact]
    public void AVerbThatIsNoNegotiationIsIgnored()
    {
        Assert.Equal(TelnetNegotiationChanges.None, _negotiator.Receive(Nop, (byte)TelnetOption.Echo, _sent));
        Assert.Empty(_sent.Bytes);
    }

    [Fact]
    public void TerminalTypeIsOfferedOnDoAndSentOnRequest()
    {
        _negotiator.Receive(Do, (byte)TelnetOption.TerminalType, _sent);
        _negotiator.ReceiveSubnegotiation((byte)TelnetOption.TerminalType, [1], _sent);

        Assert.Equal(
            [Negotiation(Will, TelnetOption.TerminalType), Subnegotiation(TelnetOption.TerminalType, 0, TelnetNegotiator.DefaultTerminalType)],
            _sent.Events);
    }

    [Fact]
    public void TheTerminalTypeCanBeChanged()
    {
        _negotiator.TerminalType = "XTERM";
        _negotiator.Receive(Do, (byte)TelnetOption.TerminalType, _sent);
        _sent.Clear();
        _negotiator.ReceiveSubnegotiation((byte)TelnetOption.TerminalType, [1], _sent);
        _negotiator.ReceiveSubnegotiation((byte)TelnetOption.TerminalType, [1], _sent);

        Assert.Equal(Bytes.Of(Iac, Sb, 24, 0, "XTERM", Iac, Se, Iac, Sb, 24, 0, "XTERM", Iac, Se), _sent.Bytes);
    }

    [Fact]
    public void TerminalTypeIsNotSentBeforeItIsEnabled()
    {
        _negotiator.ReceiveSubnegotiation((byte)TelnetOption.TerminalType, [1], _sent);
        Assert.Empty(_sent.Bytes);
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0, (byte)'X' })]
    [InlineData(new byte[] { 1, 1 })]
    public void ATerminalTypeSubnegotiationOtherThanSendIsIgnored(byte[] payload)
    {
        _negotiator.Receive(Do, (byte)TelnetOption.TerminalType, _sent);
        _sent.Clear();
        _negotiator.ReceiveSubnegotiation((byte)TelnetOption.TerminalType, payload, _sent);
        Assert.Empty(_sent.Bytes);
    }

    [Fact]
    public void SubnegotiationsOfOtherOptionsAreIgnored()
    {
        _negotiator.Receive(Do, (byte)TelnetOption.WindowSize, _sent);
        _sent.Clear();
        _negotiator.ReceiveSubnegotiation((byte)TelnetOption.WindowSize, [1], _sent);
        _negotiator.ReceiveSubnegotiation((byte)TelnetOption.TerminalSpeed, [1], _sent);
        Assert.Empty(_sent.Bytes);
    }

    [Theory]
    [InlineData("XTERM", true)]
    [InlineData("vt100", true)]
    [InlineData("DEC-VT220/X", true)]
    [InlineData("", false)]
    [InlineData("TWO WORDS", false)]
    [InlineData("ÄNSI", false)]
    [InlineData("A\u001b", false)]
    [InlineData("1234567890123456789012345678901234567890", true)]
    [InlineData("12345678901234567890123456789012345678901", false)]
    public void TerminalTypesArePrintableAsciiUpTo40Characters(string name, bool valid)
    {
        Assert.Equal(valid, TelnetNegotiator.IsValidTerminalType(name));
        if (!valid)
        {
            Assert.Throws<ArgumentException>(() => _negotiator.TerminalType = name);
            Assert.Equal(TelnetNegotiator.DefaultTerminalType, _negotiator.TerminalType);
        }
    }

    [Fact]
    public void WindowSizeIsSentAsSoonAsTheServerEnablesIt()
    {
        _negotiator.SetWindowSize(80, 24, _sent);
        Assert.Empty(_sent.Bytes);

        _negotiator.Receive(Do, (byte)TelnetOption.WindowSize, _sent);

        Assert.Equal(Bytes.Of(Iac, Will, 31, Iac, Sb, 31, 0, 80, 0, 24, Iac, Se), _sent.Bytes);
    }

    [Fact]
    public void WindowSizeIsNotSentWhileUnknown()
    {
        _negotiator.Receive(Do, (byte)TelnetOption.WindowSize, _sent);
        Assert.Equal([Negotiation(Will, TelnetOption.WindowSize)], _sent.Events);
        Assert.Null(_negotiator.WindowSize);
    }

    [Fact]
    public void ANewWindowSizeIsSentWhileEnabled()
    {
        _negotiator.Receive(Do, (byte)TelnetOption.WindowSize, _sent);
        _sent.Clear();

        _negotiator.SetWindowSize(132, 50, _sent);

        Assert.Equal(Bytes.Of(Iac, Sb, 31, 0, 132, 0, 50, Iac, Se), _sent.Bytes);
        Assert.Equal((132, 50), _negotiator.WindowSize);
    }

    [Fact]
    public void WindowSizeBytesOf255AreDoubled()
    {
        _negotiator.Receive(Do, (byte)TelnetOption.WindowSize, _sent);
        _sent.Clear();

        _negotiator.SetWindowSize(255, 0xFF01, _sent);

        Assert.Equal(Bytes.Of(Iac, Sb, 31, 0, Iac, Iac, Iac, Iac, 1, Iac, Se), _sent.Bytes);
        Assert.Equal([Subnegotiation(TelnetOption.WindowSize, 0, 0xFF, 0xFF, 1)], _sent.Events);
    }

    [Fact]
    public void WindowSizesAreClampedToSixteenBits()
    {
        _negotiator.SetWindowSize(70000, -3, _sent);
        Assert.Equal((65535, 0), _negotiator.WindowSize);
    }

    [Fact]
    public void WindowSizeStopsAfterTheServerDisablesIt()
    {
        _negotiator.Receive(Do, (byte)TelnetOption.WindowSize, _sent);
        _negotiator.Receive(Dont, (byte)TelnetOption.WindowSize, _sent);
        _sent.Clear();

        _negotiator.SetWindowSize(100, 30, _sent);

        Assert.Empty(_sent.Bytes);
    }

    [Fact]
    public void InitiatingOnPort23AsksForGoAheadSuppressionAndOffersTerminalTypeAndWindowSize()
    {
        _negotiator.InitiateUsual(_sent);

        Assert.Equal(
            [Negotiation(Do, TelnetOption.SuppressGoAhead), Negotiation(Will, TelnetOption.TerminalType), Negotiation(Will, TelnetOption.WindowSize)],
            _sent.Events);
    }

    [Fact]
    public void TheServersAgreementToWhatWeInitiatedIsNotAnsweredExceptWithTheWindowSize()
    {
        _negotiator.SetWindowSize(80, 24, _sent);
        _negotiator.InitiateUsual(_sent);
        _sent.Clear();

        _negotiator.Receive(Will, (byte)TelnetOption.SuppressGoAhead, _sent);
        _negotiator.Receive(Do, (byte)TelnetOption.TerminalType, _sent);
        _negotiator.Receive(Do, (byte)TelnetOption.WindowSize, _sent);

        Assert.Equal([Subnegotiation(TelnetOption.WindowSize, 0, 80, 0, 24)], _sent.Events);
        Assert.True(_negotiator.IsEnabledRemotely((byte)TelnetOption.SuppressGoAhead));
        Assert.True(_negotiator.IsEnabledLocally((byte)TelnetOption.TerminalType));
    }

    [Fact]
    public void TheServerRefusingWhatWeInitiatedIsNotAnswered()
    {
        _negotiator.InitiateUsual(_sent);
        _sent.Clear();

        _negotiator.Receive(Wont, (byte)TelnetOption.SuppressGoAhead, _sent);
        _negotiator.Receive(Dont, (byte)TelnetOption.TerminalType, _sent);
        _negotiator.Receive(Dont, (byte)TelnetOption.WindowSize, _sent);

        Assert.Empty(_sent.Bytes);
        Assert.False(_negotiator.IsEnabledRemotely((byte)TelnetOption.SuppressGoAhead));
    }

    [Fact]
    public void RequestingToEnableAnUnsupportedOptionSendsNothing()
    {
        Assert.False(_negotiator.RequestRemote((byte)TelnetOption.Binary, true, _sent));
        Assert.False(_negotiator.RequestLocal((byte)TelnetOption.Echo, true, _sent));
        Assert.Empty(_sent.Bytes);
    }

    [Fact]
    public void AServerTogglingAnOptionForeverIsCutOffAfterTheBound()
    {
        for (var i = 0; i < 1000; i++)
        {
            _negotiator.Receive(Do, (byte)TelnetOption.SuppressGoAhead, _sent);
            _negotiator.Receive(Dont, (byte)TelnetOption.SuppressGoAhead, _sent);
        }

        Assert.Equal(2 * TelnetNegotiator.MaxPeerEnables, _sent.Events.Count);
        Assert.False(_negotiator.IsEnabledLocally((byte)TelnetOption.SuppressGoAhead));
    }

    [Fact]
    public void AfterTheBoundTheServerCanStillDisableAnOptionItEnabled()
    {
        for (var i = 0; i < TelnetNegotiator.MaxPeerEnables - 1; i++)
        {
            _negotiator.Receive(Will, (byte)TelnetOption.Echo, _sent);
            _negotiator.Receive(Wont, (byte)TelnetOption.Echo, _sent);
        }

        Assert.Equal(TelnetNegotiationChanges.RemoteEcho, _negotiator.Receive(Will, (byte)TelnetOption.Echo, _sent));
        Assert.Equal(TelnetNegotiationChanges.RemoteEcho, _negotiator.Receive(Wont, (byte)TelnetOption.Echo, _sent));
        _sent.Clear();

        Assert.Equal(TelnetNegotiationChanges.None, _negotiator.Receive(Will, (byte)TelnetOption.Echo, _sent));
        Assert.False(_negotiator.RemoteEcho);
        Assert.Empty(_sent.Bytes);
    }
}
