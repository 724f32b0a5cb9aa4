using TelnetLite.Core.Telnet;
using TelnetLite.Core.Tests.Telnet.Support;

namespace TelnetLite.Core.Tests.Telnet;

/// <summary>RFC 1143 section 7, row by row, for the server's side (WILL/WONT received, DO/DONT sent) and ours (the reverse).</summary>
public sealed class TelnetNegotiatorQMethodTests
{
    // A supported option on each side, so that NO → YES is reachable.
    private const byte RemoteOption = (byte)TelnetOption.SuppressGoAhead;
    private const byte LocalOption = (byte)TelnetOption.TerminalType;

    public enum Start
    {
        No,
        Yes,
        WantNoEmpty,
        WantNoOpposite,
        WantYesEmpty,
        WantYesOpposite,
    }

    public enum Reply
    {
        Nothing,
        Agree,
        Refuse,
    }

    [Theory]
    // Upon receipt of WILL (DO for our side).
    [InlineData(Start.No, true, "Yes", false, Reply.Agree)]
    [InlineData(Start.Yes, true, "Yes", false, Reply.Nothing)]
    [InlineData(Start.WantNoEmpty, true, "No", false, Reply.Nothing)]
    [InlineData(Start.WantNoOpposite, true, "Yes", false, Reply.Nothing)]
    [InlineData(Start.WantYesEmpty, true, "Yes", false, Reply.Nothing)]
    [InlineData(Start.WantYesOpposite, true, "WantNo", false, Reply.Refuse)]
    // Upon receipt of WONT (DONT for our side).
    [InlineData(Start.No, false, "No", false, Reply.Nothing)]
    [InlineData(Start.Yes, false, "No", false, Reply.Refuse)]
    [InlineData(Start.WantNoEmpty, false, "No", false, Reply.Nothing)]
    [InlineData(Start.WantNoOpposite, false, "WantYes", false, Reply.Agree)]
    [InlineData(Start.WantYesEmpty, false, "No", false, Reply.Nothing)]
    [InlineData(Start.WantYesOpposite, false, "No", false, Reply.Nothing)]
    public void ReceivingFollowsTheQMethodTable(Start start, bool enable, string state, bool opposite, Reply reply)
    {
        foreach (var remote in new[] { true, false })
        {
            var (negotiator, sent) = Reach(start, remote);
            var option = remote ? RemoteOption : LocalOption;
            var verb = (remote, enable) switch
            {
                (true, true) => TelnetCommand.Will,
                (true, false) => TelnetCommand.Wont,
                (false, true) => TelnetCommand.Do,
                (false, false) => TelnetCommand.Dont,
            };

            negotiator.Receive(verb, option, sent);

            var side = remote ? negotiator.RemoteSide(option) : negotiator.LocalSide(option);
            Assert.Equal(state, side.State.ToString());
            Assert.Equal(opposite, side.OppositeQueued);
            Assert.Equal(Expected(reply, remote, option), sent.Events);
        }
    }

    [Theory]
    // If we decide to ask him to enable (to enable ourselves).
    [InlineData(Start.No, true, true, "WantYes", false, Reply.Agree)]
    [InlineData(Start.Yes, true, false, "Yes", false, Reply.Nothing)]
    [InlineData(Start.WantNoEmpty, true, true, "WantNo", true, Reply.Nothing)]
    [InlineData(Start.WantNoOpposite, true, false, "WantNo", true, Reply.Nothing)]
    [InlineData(Start.WantYesEmpty, true, false, "WantYes", false, Reply.Nothing)]
    [InlineData(Start.WantYesOpposite, true, true, "WantYes", false, Reply.Nothing)]
    // If we decide to ask him to disable (to disable ourselves).
    [InlineData(Start.No, false, false, "No", false, Reply.Nothing)]
    [InlineData(Start.Yes, false, true, "WantNo", false, Reply.Refuse)]
    [InlineData(Start.WantNoEmpty, false, false, "WantNo", false, Reply.Nothing)]
    [InlineData(Start.WantNoOpposite, false, true, "WantNo", false, Reply.Nothing)]
    [InlineData(Start.WantYesEmpty, false, true, "WantYes", true, Reply.Nothing)]
    [InlineData(Start.WantYesOpposite, false, false, "WantYes", true, Reply.Nothing)]
    public void RequestingFollowsTheQMethodTable(Start start, bool enable, bool accepted, string state, bool opposite, Reply sentReply)
    {
        foreach (var remote in new[] { true, false })
        {
            var (negotiator, sent) = Reach(start, remote);
            var option = remote ? RemoteOption : LocalOption;

            var result = remote ? negotiator.RequestRemote(option, enable, sent) : negotiator.RequestLocal(option, enable, sent);

            var side = remote ? negotiator.RemoteSide(option) : negotiator.LocalSide(option);
            Assert.Equal(accepted, result);
            Assert.Equal(state, side.State.ToString());
            Assert.Equal(opposite, side.OppositeQueued);
            Assert.Equal(Expected(sentReply, remote, option), sent.Events);
        }
    }

    private static string[] Expected(Reply reply, bool remote, byte option) => (reply, remote) switch
    {
        (Reply.Nothing, _) => [],
        (Reply.Agree, true) => [$"Do {option}"],
        (Reply.Refuse, true) => [$"Dont {option}"],
        (Reply.Agree, false) => [$"Will {option}"],
        (Reply.Refuse, false) => [$"Wont {option}"],
        _ => throw new ArgumentOutOfRangeException(nameof(reply)),
    };

    // Reaches each state through the public operations only, then forgets what was sent on the way.
    private static (TelnetNegotiator Negotiator, SentBytes Sent) Reach(Start start, bool remote)
    {
        var negotiator = new TelnetNegotiator();
        var sent = new SentBytes();
        var option = remote ? RemoteOption : LocalOption;

        void Request(bool enable) => _ = remote ? negotiator.RequestRemote(option, enable, sent) : negotiator.RequestLocal(option, enable, sent);
        void ReceiveEnable() => negotiator.Receive(remote ? TelnetCommand.Will : TelnetCommand.Do, option, sent);

        switch (start)
        {
            case Start.Yes:
                ReceiveEnable();
                break;
            case Start.WantNoEmpty:
                ReceiveEnable();
                Request(false);
                break;
            case Start.WantNoOpposite:
                ReceiveEnable();
                Request(false);
                Request(true);
                break;
            case Start.WantYesEmpty:
                Request(true);
                break;
            case Start.WantYesOpposite:
                Request(true);
                Request(false);
                break;
        }

        sent.Clear();
        return (negotiator, sent);
    }
}
