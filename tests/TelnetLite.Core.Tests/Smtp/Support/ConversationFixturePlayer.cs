using System.Net;
using System.Text;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;

namespace TelnetLite.Core.Tests.Smtp.Support;

/// <summary>Plays a fixture into a fresh <see cref="SmtpAssistant"/> as session events, one second apart.</summary>
internal static class ConversationFixturePlayer
{
    public static readonly DateTimeOffset Start = new(2026, 11, 29, 6, 0, 0, TimeSpan.Zero);

    public static (SmtpAssistant Assistant, List<AssistEvent> Messages) Play(ConversationFixture fixture, ServerChunking chunking,
        Func<SmtpReply, SmtpAnnotationContext, SmtpAnnotation>? annotate = null)
    {
        var assistant = new SmtpAssistant(0, annotate ?? CodeClassAnnotator.Annotate);
        var messages = new List<AssistEvent>();
        foreach (var sessionEvent in Events(fixture, chunking, fixture.Port))
            messages.AddRange(assistant.Feed(sessionEvent));
        return (assistant, messages);
    }

    public static IEnumerable<SessionEvent> Events(ConversationFixture fixture, ServerChunking chunking, int port)
    {
        var second = 0;
        DateTimeOffset Next() => Start.AddSeconds(second++);
        var loopback = new IPEndPoint(IPAddress.Loopback, port);
        yield return new ConnectingEvent(Next(), "mail1.fabrikam.com", port);
        yield return new ConnectedEvent(Next(), "mail1.fabrikam.com", port, loopback, new IPEndPoint(IPAddress.Loopback, 50000));

        var burst = new List<string>();
        foreach (var step in fixture.Steps)
        {
            if (!step.FromClient)
            {
                burst.Add(step.Text + "\r\n");
                continue;
            }
            foreach (var e in Flush(burst, chunking, Next())) yield return e;
            yield return new LineSentEvent(Next(), Encoding.UTF8.GetBytes(step.Text), false);
        }
        foreach (var e in Flush(burst, chunking, Next())) yield return e;
        yield return new ClosedEvent(Next(), CloseReason.RemoteClosed, null);
    }

    /// <summary>The text of every message, one string per message, for comparing plays.</summary>
    public static List<string> Texts(IEnumerable<AssistEvent> messages) =>
        messages.Select(m => $"{m.Severity}|{string.Join(" / ", m.Lines)}").ToList();

    /// <summary>"After code" for every annotation, e.g. <c>Connect 220</c>, <c>Mail 250</c>.</summary>
    public static List<string> Pairs(IEnumerable<AssistEvent> messages) =>
        messages.OfType<ReplyAnnotatedEvent>().Select(m => m.Annotation)
            .Select(a => $"{a.After?.ToString() ?? "none"} {a.Reply.Code}").ToList();

    /// <remarks>Every chunk of one burst carries the same time, so elapsed times do not depend on the chunking.</remarks>
    private static IEnumerable<SessionEvent> Flush(List<string> burst, ServerChunking chunking, DateTimeOffset time)
    {
        if (burst.Count == 0) yield break;
        var lines = burst.ToArray();
        burst.Clear();
        switch (chunking)
        {
            case ServerChunking.Whole:
                yield return new DataReceivedEvent(time, Encoding.UTF8.GetBytes(string.Concat(lines)));
                break;
            case ServerChunking.LineByLine:
                foreach (var line in lines) yield return new DataReceivedEvent(time, Encoding.UTF8.GetBytes(line));
                break;
            default:
                foreach (var b in Encoding.UTF8.GetBytes(string.Concat(lines))) yield return new DataReceivedEvent(time, new[] { b });
                break;
        }
    }
}
