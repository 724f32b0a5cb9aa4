using TelnetLite.Core.Telnet;
using TelnetLite.Core.Tests.Telnet.Support;
using static TelnetLite.Core.Telnet.TelnetCommand;
using static TelnetLite.Core.Tests.Telnet.Support.Expect;

namespace TelnetLite.Core.Tests.Telnet;

/// <summary>The parser and the negotiator wired together as the session engine wires them.</summary>
public sealed class TelnetNegotiationFlowTests
{
    [Fact]
    public void ALoginServersOpeningIsAnsweredAndOnlyThePromptReachesTheScreen()
    {
        var opening = Bytes.Of(
            Iac, Do, TelnetOption.TerminalType, Iac, Do, TelnetOption.WindowSize, Iac, Will, TelnetOption.SuppressGoAhead,
            Iac, Do, TelnetOption.NewEnvironment, Iac, Will, TelnetOption.Echo, Iac, Sb, TelnetOption.TerminalType, 1, Iac, Se,
            "\r\0\r\nlogin: ");
        foreach (var (name, chunks) in Chunkings.Of(opening))
        {
            var session = new Wiring(TelnetMode.Auto, 23);
            foreach (var chunk in chunks)
            {
                session.Receive(chunk);
            }

            Assert.True(Bytes.Of("\r\r\nlogin: ").SequenceEqual(session.Screen), name);
            Assert.True(session.Negotiator.RemoteEcho, name);
            Assert.Equal(1, session.RemoteEchoChanges);
            Assert.Equal(
                [
                    Negotiation(Will, TelnetOption.TerminalType), Negotiation(Will, TelnetOption.WindowSize),
                    Subnegotiation(TelnetOption.WindowSize, 0, 80, 0, 24), Negotiation(Do, TelnetOption.SuppressGoAhead),
                    Negotiation(Wont, TelnetOption.NewEnvironment), Negotiation(Do, TelnetOption.Echo),
                    Subnegotiation(TelnetOption.TerminalType, 0, TelnetNegotiator.DefaultTerminalType),
                ],
                session.Sent.Events);
        }
    }

    [Fact]
    public void AnSmtpServerThatNeverNegotiatesStaysRawAndIsNeverAnswered()
    {
        var session = new Wiring(TelnetMode.Auto, 25);
        var banner = Bytes.Of("220 mail.example.test ESMTP ", Iac, "\r\n");
        session.Receive(banner);

        Assert.Equal(banner, session.Screen);
        Assert.Empty(session.Sent.Bytes);
        Assert.False(session.Parser.Enabled);
    }

    private sealed class Wiring(TelnetMode mode, int port) : ITelnetParserHandler
    {
        private readonly List<byte> _screen = [];

        public TelnetParser Parser { get; } = new(mode, port);

        public TelnetNegotiator Negotiator { get; } = new();

        public SentBytes Sent { get; } = new();

        public byte[] Screen => [.. _screen];

        public int RemoteEchoChanges { get; private set; }

        public void Receive(byte[] chunk)
        {
            if (Negotiator.WindowSize is null)
            {
                Negotiator.SetWindowSize(80, 24, Sent);
            }

            Parser.Feed(chunk, this);
        }

        public void OnData(ReadOnlySpan<byte> data) => _screen.AddRange(data);

        public void OnCommand(TelnetCommand command)
        {
        }

        public void OnNegotiation(TelnetCommand verb, byte option)
        {
            if (Negotiator.Receive(verb, option, Sent).HasFlag(TelnetNegotiationChanges.RemoteEcho))
            {
                RemoteEchoChanges++;
            }
        }

        public void OnSubnegotiation(byte option, ReadOnlySpan<byte> payload) =>
            Negotiator.ReceiveSubnegotiation(option, payload, Sent);

        public void OnFlaw(TelnetParserFlaws flaw) => Assert.Fail($"Unexpected flaw {flaw}");
    }
}
