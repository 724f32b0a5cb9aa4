using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Text;

namespace TelnetLite.Benchmarks;

/// <summary>
/// The whole assistant as the session feeds it: connection events, sent lines and received bursts, with command
/// tracking, the checklist, annotations and their lines. Op/s is replies per second.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class SmtpAssistantBenchmarks
{
    private const int AllReplies = 16;

    private SessionEvent[][] _conversations = [];

    [GlobalSetup]
    public void Setup()
    {
        _conversations = [Events(RecordedConversation.ExchangeSeed), Events(RecordedConversation.Postfix)];
        if (ObserveBothConversations() != AllReplies)
            throw new InvalidOperationException($"expected one annotation for each of the {AllReplies} replies");
    }

    [Benchmark(OperationsPerInvoke = AllReplies)]
    public int ObserveBothConversations()
    {
        var annotations = 0;
        foreach (var events in _conversations)
        {
            var assistant = new SmtpAssistant(25, SmtpAnnotator.Annotate);
            foreach (var sessionEvent in events)
            {
                foreach (var message in assistant.Observe(sessionEvent))
                {
                    if (message is ReplyAnnotatedEvent) annotations++;
                }
            }
        }
        return annotations;
    }

    private static SessionEvent[] Events(RecordedConversation conversation)
    {
        var time = new DateTimeOffset(2026, 11, 29, 6, 0, 0, TimeSpan.Zero);
        // Only values inside events: nothing connects anywhere.
        var remote = new IPEndPoint(IPAddress.Loopback, conversation.Port);
        var local = new IPEndPoint(IPAddress.Loopback, 50025);
        var events = new List<SessionEvent>
        {
            new ConnectingEvent(time, "mail1.fabrikam.com", conversation.Port),
            new ConnectedEvent(time, "mail1.fabrikam.com", conversation.Port, remote, local),
        };
        foreach (var step in conversation.Steps)
        {
            time = time.AddSeconds(1);
            if (step.FromServer)
                events.Add(new LinesReceivedEvent(time, new ReceivedLineAssembler().Feed(Encoding.ASCII.GetBytes(string.Concat(step.Lines.Select(l => l + "\r\n"))))));
            else
                events.AddRange(step.Lines.Select(line => new LineSentEvent(time, Encoding.ASCII.GetBytes(line), Secret: false)));
        }
        return [.. events];
    }
}
