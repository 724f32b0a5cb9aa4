using TelnetLite.Core.Assist;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;

namespace TelnetLite.Core.Tests.Postfix;

/// <summary>
/// A TelnetLite session to the private Postfix through the real <see cref="SessionController"/> and
/// <see cref="SmtpAssistant"/>: lines are typed or piped, and the transcript is kept for the assertions.
/// </summary>
internal sealed class PostfixSession : IAsyncDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);

    private readonly List<TranscriptEntry> _transcript = [];
    private readonly SemaphoreSlim _changed = new(0);

    private PostfixSession(int port)
    {
        Assistant = new SmtpAssistant(port, SmtpAnnotator.Annotate);
        Controller = new SessionController(new SessionSettings(), new SessionControllerOptions(), Assistant);
        Controller.TranscriptAppended += entries =>
        {
            lock (_transcript) _transcript.AddRange(entries);
            Pulse();
        };
        Controller.StatusChanged += Pulse;
    }

    public SessionController Controller { get; }

    public SmtpAssistant Assistant { get; }

    public IReadOnlyList<TranscriptEntry> Transcript
    {
        get
        {
            lock (_transcript) return [.. _transcript];
        }
    }

    /// <summary>The annotation of every reply so far, in order (one per reply, however many lines it shows).</summary>
    public IReadOnlyList<SmtpAnnotation> Annotations => MessageStarts(Transcript)
        .Select(e => e.Assist).OfType<ReplyAnnotatedEvent>()
        .Select(e => e.Annotation)
        .ToList();

    /// <summary>The annotation lines as plain mode's <c>--annotate</c> prints them, without the <c># </c>.</summary>
    public IReadOnlyList<string> AnnotationLines => Transcript.Where(e => e.Kind == TranscriptKind.Annotation).Select(e => e.Text).ToList();

    /// <summary>The order in which lines went out (<c>&gt; line</c>) and replies were explained (<c>&lt; code</c>).</summary>
    public IReadOnlyList<string> SentAndExplained => MessageStarts(Transcript)
        .Where(e => e.Kind == TranscriptKind.Sent || e.Assist is ReplyAnnotatedEvent)
        .Select(e => e.Assist is ReplyAnnotatedEvent annotated ? "< " + annotated.Annotation.Reply.Code : "> " + e.Text)
        .ToList();

    public IReadOnlyList<string> ReceivedLines => Transcript.Where(e => e.Kind == TranscriptKind.Received).Select(e => e.Text).ToList();

    /// <summary>Lines that piping decided not to send, with the reason given.</summary>
    public List<(string Line, string? Reason)> Dropped { get; } = [];

    /// <summary>Connects and returns once the greeting has been explained.</summary>
    public static async Task<PostfixSession> OpenAsync(PostfixInstance postfix)
    {
        var session = new PostfixSession(postfix.Port);
        try
        {
            if (!await session.Controller.OpenAsync("127.0.0.1", postfix.Port, CancellationToken.None))
                throw new InvalidOperationException("could not connect: " + string.Join("\n", session.Transcript.Select(e => e.Text)));
            await session.WaitUntilAsync(() => session.Annotations.Count > 0, "the greeting's annotation");
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Types one line, as a person does: sends it and waits for its complete reply; returns the new annotations.</summary>
    public async Task<IReadOnlyList<SmtpAnnotation>> TypeAsync(string line)
    {
        var before = Annotations.Count;
        await Controller.SendLineAsync(line, CancellationToken.None);
        await WaitUntilAsync(() => !Controller.Snapshot.IsAwaitingReply, $"the reply to '{line}'");
        return Annotations.Skip(before).ToList();
    }

    /// <summary>
    /// Pipes lines in as plain mode does with redirected input, through the session's pacer: the first line waits for
    /// the server's turn, each line is held until its turn, dropped when the assistant says so; at the end of input
    /// the last reply is awaited.
    /// </summary>
    public async Task PipeAsync(IEnumerable<string> lines, bool pipelining = false)
    {
        var options = new PaceOptions(pipelining, ReplyTimeout, GreetingQuiet: TimeSpan.FromSeconds(2));
        foreach (var line in lines)
        {
            var outcome = await Controller.Pacer.SendAsync(new PacedLine(line), options);
            if (outcome.Kind == PacedOutcomeKind.Dropped)
            {
                Dropped.Add((line, outcome.Reason));
                continue;
            }
            if (outcome.Kind != PacedOutcomeKind.Sent) throw new TimeoutException($"'{line}' was not sent: {outcome.Kind} ({outcome.Reason})");
        }
        if (!await Controller.Pacer.WaitForRepliesAsync(ReplyTimeout, CancellationToken.None)) throw new TimeoutException("no last reply");
        await Controller.DrainAsync();
    }

    /// <summary>Every entry that is not an assistant message, and the first line of each assistant message.</summary>
    private static IEnumerable<TranscriptEntry> MessageStarts(IReadOnlyList<TranscriptEntry> transcript) =>
        transcript.Where(entry => entry.Assist is null || entry.AssistLine == 0);

    private async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        using var deadline = new CancellationTokenSource(ReplyTimeout);
        while (!condition())
        {
            try
            {
                await _changed.WaitAsync(TimeSpan.FromMilliseconds(100), deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no {what} within {ReplyTimeout.TotalSeconds:0} s; transcript:\n{string.Join("\n", Transcript.Select(e => $"{e.Kind}: {e.Text}"))}");
            }
        }
        await Controller.DrainAsync();
    }

    private void Pulse()
    {
        if (_changed.CurrentCount == 0) _changed.Release();
    }

    public async ValueTask DisposeAsync() => await Controller.DisposeAsync();
}
