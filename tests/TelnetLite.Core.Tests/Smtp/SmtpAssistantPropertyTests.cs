using System.Net;
using System.Text;
using CsCheck;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

public sealed class SmtpAssistantPropertyTests
{
    private static readonly DateTimeOffset T = ConversationFixturePlayer.Start;

    /// <summary>One step of a random session: receive some text, send a line, lint, pace, switch mode or reconnect.</summary>
    private static readonly Gen<(int Kind, string Text, int Split)> Step =
        Gen.Select(Gen.Int[0, 9], Gen.OneOf(SmtpInputGen.ServerText, SmtpInputGen.Line), Gen.Int[0, 50]);

    [Fact]
    public void AnySequenceOfEventsLintsAndPacingsNeverThrows()
    {
        Gen.Select(Gen.OneOf(25, 587, 2121, 0), Step.Array[0, 40]).Sample((port, steps) =>
        {
            var assistant = new SmtpAssistant(port, CodeClassAnnotator.Annotate);
            foreach (var (kind, text, split) in steps)
            {
                switch (kind)
                {
                    case 0 or 1 or 2:
                        var bytes = Encoding.UTF8.GetBytes(text);
                        var cut = Math.Min(split, bytes.Length);
                        Check(assistant.Feed(new DataReceivedEvent(T, bytes[..cut])));
                        Check(assistant.Feed(new DataReceivedEvent(T, bytes[cut..])));
                        break;
                    case 3 or 4 or 5:
                        Check(assistant.Feed(new LineSentEvent(T, Encoding.UTF8.GetBytes(text), split % 7 == 0)));
                        break;
                    case 6:
                        Check(assistant.Lint(text));
                        break;
                    case 7:
                        Assert.NotNull(assistant.Pace(text, split % 2 == 0));
                        break;
                    case 8:
                        assistant.Mode = (AssistMode)(split % 3);
                        break;
                    default:
                        Check(assistant.Feed(split % 2 == 0
                            ? new ConnectingEvent(T, "mail1.fabrikam.com", split)
                            : new ClosedEvent(T, CloseReason.Lost, "reset")));
                        break;
                }
                _ = assistant.IsAwaitingReply;
                _ = assistant.Transaction.Steps.Count;
            }
        }, iter: 1500);
    }

    [Fact]
    public void AnyServerBytesSplitAnywhereGiveTheSameMessages()
    {
        Gen.Select(SmtpInputGen.ServerText.Array[1, 8], Gen.Int[1, 40]).Sample((texts, chunkSize) =>
        {
            var bytes = Encoding.UTF8.GetBytes(string.Concat(texts));
            var whole = Run(bytes, bytes.Length);
            Assert.Equal(whole, Run(bytes, chunkSize));
        }, iter: 1000);
    }

    private static List<string> Run(byte[] bytes, int chunkSize)
    {
        var assistant = new SmtpAssistant(25, CodeClassAnnotator.Annotate);
        var messages = new List<AssistEvent>();
        messages.AddRange(assistant.Feed(new ConnectedEvent(T, "mail1.fabrikam.com", 25,
            new IPEndPoint(IPAddress.Loopback, 25), new IPEndPoint(IPAddress.Loopback, 50000))));
        for (var start = 0; start < bytes.Length; start += chunkSize)
            messages.AddRange(assistant.Feed(new DataReceivedEvent(T, bytes[start..Math.Min(bytes.Length, start + chunkSize)])));
        messages.AddRange(assistant.Feed(new ClosedEvent(T, CloseReason.RemoteClosed, null)));
        return ConversationFixturePlayer.Texts(messages);
    }

    private static void Check(IReadOnlyList<AssistMessage> messages) =>
        Assert.All(messages, m => Assert.NotEmpty(m.Lines));

    private static void Check(IReadOnlyList<AssistEvent> messages) =>
        Assert.All(messages, m => Assert.NotEmpty(m.Lines));
}
