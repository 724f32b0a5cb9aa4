using CsCheck;
using TelnetLite.Core.Telnet;
using TelnetLite.Core.Tests.Telnet.Support;
using static TelnetLite.Core.Telnet.TelnetCommand;

namespace TelnetLite.Core.Tests.Telnet;

public sealed class TelnetNegotiatorStormTests
{
    private const int StormLength = 10_000;

    private static readonly byte[] Options =
    [
        (byte)TelnetOption.Echo, (byte)TelnetOption.SuppressGoAhead, (byte)TelnetOption.TerminalType,
        (byte)TelnetOption.WindowSize, (byte)TelnetOption.LineMode, (byte)TelnetOption.Binary, 200,
    ];

    private static readonly TelnetCommand[] Verbs = [Will, Wont, Do, Dont];

    // Per option and side: at most one reply per enable the server may have, one per disable, and one refusal.
    private static readonly int BoundPerOptionSide = (2 * TelnetNegotiator.MaxPeerEnables) + 1;

    [Theory]
    [InlineData(Will)]
    [InlineData(Wont)]
    [InlineData(Do)]
    [InlineData(Dont)]
    public void TenThousandRepeatsOfOneVerbAreAnsweredAtMostOncePerOption(TelnetCommand verb)
    {
        foreach (var option in Options)
        {
            var negotiator = new TelnetNegotiator();
            var sent = new SentBytes();
            for (var i = 0; i < StormLength; i++)
            {
                negotiator.Receive(verb, option, sent);
            }

            Assert.True(sent.Events.Count <= 1, $"{verb} {option} got {sent.Events.Count} replies");
        }
    }

    [Fact]
    public void TenThousandRoundsOfEveryVerbGetABoundedNumberOfReplies()
    {
        foreach (var option in Options)
        {
            var negotiator = new TelnetNegotiator();
            var sent = new SentBytes();
            for (var i = 0; i < StormLength; i++)
            {
                negotiator.Receive(Verbs[i % Verbs.Length], option, sent);
            }

            Assert.InRange(sent.Events.Count, 1, 2 * BoundPerOptionSide);
        }
    }

    [Fact]
    public void ARandomStormNeverRepeatsAReplyAndStaysBounded()
    {
        var storm = Gen.Select(Gen.Int[0, Verbs.Length - 1], Gen.Int[0, Options.Length - 1]).Array[StormLength];
        storm.Sample(steps =>
        {
            var negotiator = new TelnetNegotiator();
            var lastReply = new Dictionary<(byte Option, bool Remote), TelnetCommand>();
            var replies = new Dictionary<(byte Option, bool Remote), int>();
            var sent = new SentBytes();
            foreach (var (verbIndex, optionIndex) in steps)
            {
                var verb = Verbs[verbIndex];
                var option = Options[optionIndex];
                negotiator.Receive(verb, option, sent);
                var bytes = sent.Bytes;
                sent.Clear();
                if (bytes.Length == 0)
                {
                    continue;
                }

                var reply = (TelnetCommand)bytes[1];
                Assert.Equal(Bytes.Of(Iac, reply, option), bytes);
                var key = (option, reply is Do or Dont);
                Assert.False(lastReply.TryGetValue(key, out var previous) && previous == reply, $"{reply} {option} sent twice in a row");
                lastReply[key] = reply;
                replies[key] = replies.GetValueOrDefault(key) + 1;
            }

            Assert.All(replies.Values, count => Assert.InRange(count, 1, BoundPerOptionSide));
        }, iter: 20);
    }
}
