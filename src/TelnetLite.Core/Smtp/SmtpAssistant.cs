using System.Text;
using TelnetLite.Core.Assist;

namespace TelnetLite.Core.Smtp;

/// <summary>
/// The SMTP protocol assistant: recognises SMTP, follows the conversation, has every reply explained, warns about a
/// line before it is sent, and paces piped input lock-step.
/// </summary>
/// <remarks>
/// <para>Recognition (when <see cref="Mode"/> is <see cref="AssistMode.Auto"/>): confirmed at once on ports 25, 465,
/// 587 and 2525, or when the greeting names SMTP (ESMTP). Elsewhere a bare 220, 421 or 554 greeting makes it
/// tentative; the reply to EHLO/HELO/LHLO confirms it (2xx, an enhanced status code, or 501) or drops it, and so
/// does a first command that is not SMTP (an FTP server also greets with 220). While tentative, annotations are
/// held; on confirmation an info message says so and the held annotations follow; when dropped they are discarded.
/// The conversation is followed whatever the recognition, so <c>set smtp on</c> mid-session starts from the truth.</para>
/// <para>Received text comes as lines cut once by the session (<see cref="LinesReceivedEvent"/>); what it says comes
/// back as typed events: <see cref="ReplyAnnotatedEvent"/> carrying the annotation, <see cref="CapabilitiesEvent"/>,
/// <see cref="ReplyFlawsEvent"/>, <see cref="SmtpRecognisedEvent"/>. After each event that changed anything a new
/// <see cref="Snapshot"/> is published for front ends, which never read the conversation itself.</para>
/// <para>Each connection starts afresh: a <see cref="ConnectingEvent"/> (or a <see cref="ConnectedEvent"/> not
/// preceded by one) resets everything, so one assistant serves every connection of a run.</para>
/// <para>Explanations come from the annotator given to the constructor; this class only decides when to ask and
/// adds a protocol warning after the annotation of a malformed reply. Pure: no clock (times come from the events),
/// no I/O. Called on the session dispatcher, one event at a time; not thread-safe.</para>
/// </remarks>
public sealed class SmtpAssistant : IProtocolAssistant
{
    private const int MaxHeldWhileTentative = 64;
    private static readonly TimeSpan ServerGoodbyeGrace = TimeSpan.FromSeconds(1);
    private static readonly IReadOnlyList<AssistEvent> NoEvents = [];
    private static readonly IReadOnlyList<AssistMessage> NoMessages = [];

    private readonly Func<SmtpReply, SmtpAnnotationContext, SmtpAnnotation> _annotate;
    private readonly SmtpReplyParser _parser = new();
    private readonly List<SmtpReply> _replies = [];
    private readonly List<AssistEvent> _heldWhileTentative = [];
    private volatile AssistSnapshot _snapshot = AssistSnapshot.Empty("SMTP");
    private AssistRecognition _recognition;
    private bool _greetingJudged;
    private ChecklistStep? _tlsStep;
    private DateTimeOffset? _tlsAskedAt;
    private bool _skippedLines;
    private bool? _firstCommandWasSmtp;
    private bool _discardingMessage;
    private bool _connecting;
    private bool _lastSentWasAuth;

    /// <summary>Creates the assistant for a connection to <paramref name="port"/>, explaining replies with <paramref name="annotate"/>.</summary>
    /// <param name="port">The server port; 0 when unknown. Later connection events replace it.</param>
    /// <param name="annotate">The knowledge base: explains a reply in its context. Must not throw.</param>
    public SmtpAssistant(int port, Func<SmtpReply, SmtpAnnotationContext, SmtpAnnotation> annotate)
    {
        ArgumentNullException.ThrowIfNull(annotate);
        _annotate = annotate;
        Conversation = new SmtpConversation(port);
        _recognition = RecognitionByPort(port);
        Publish();
    }

    /// <inheritdoc />
    public string Protocol => "SMTP";

    /// <inheritdoc />
    public AssistRecognition Recognition => Mode switch
    {
        AssistMode.On => AssistRecognition.Confirmed,
        AssistMode.Off => AssistRecognition.None,
        _ => _recognition,
    };

    /// <inheritdoc />
    public AssistMode Mode
    {
        get => _mode;
        set
        {
            _mode = value;
            Publish();
        }
    }

    private AssistMode _mode;

    /// <summary>True while a command has been sent whose complete reply has not arrived (only while recognised).</summary>
    public bool IsAwaitingReply => Recognition != AssistRecognition.None
        && (Conversation.OutstandingCount > 0 || Conversation.HasLinesHeldBehindData);

    /// <inheritdoc />
    public AssistSnapshot Snapshot => _snapshot;

    /// <summary>The current connection's conversation (replaced at each new connection). Not thread-safe: front ends read <see cref="Snapshot"/>.</summary>
    public SmtpConversation Conversation { get; private set; }

    /// <summary>The current connection's checklist.</summary>
    public SmtpTransaction Transaction => Conversation.Transaction;

    /// <summary>The capabilities of the last accepted EHLO, or null.</summary>
    public SmtpCapabilities? Capabilities => Conversation.Capabilities;

    /// <summary>
    /// True when the next line sent answers a 334 AUTH challenge: the session should send it with
    /// <see cref="LineSentEvent.Secret"/> set so logs redact it.
    /// </summary>
    public bool NextLineIsSecret => Conversation.Phase == SmtpPhase.AuthChallenge;

    /// <summary>
    /// True when <paramref name="line"/>, sent now, would carry a credential: the answer to a 334 challenge, or
    /// <c>AUTH mechanism initial-response</c>. The session should then set <see cref="LineSentEvent.Secret"/>.
    /// </summary>
    /// <remarks>Judged whatever the recognition: a password must not reach a log because SMTP was not recognised yet.</remarks>
    public bool IsSecretLine(string line) => IsSecret(line);

    private static bool LooksLikeBase64(ReadOnlySpan<char> word)
    {
        if (word.Length < 4) return false;
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '/' or '=')) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public string Summary
    {
        get
        {
            var recognition = Recognition switch
            {
                AssistRecognition.Tentative => "SMTP?",
                AssistRecognition.Confirmed => "SMTP",
                _ => "",
            };
            if (recognition.Length == 0) return "";
            if (Transaction[SmtpStepKind.Connect].State == SmtpStepState.Failed) return recognition + ": connect failed";
            if (!Conversation.IsConnected && Conversation.Phase == SmtpPhase.Closed) return recognition + ": connection closed";
            if (Conversation.Phase == SmtpPhase.Message) return recognition + ": typing the message (end with . alone)";
            if (Conversation.Phase == SmtpPhase.AuthChallenge) return recognition + ": answering AUTH";
            var last = Transaction.Steps.LastOrDefault(step => step.State != SmtpStepState.Pending || step.InProgress);
            if (last is null) return recognition;
            var state = last.InProgress ? "waiting" : last.State.ToString().ToLowerInvariant();
            return $"{recognition}: {SmtpStepNames.Describe(last.Kind)} {state}";
        }
    }

    /// <inheritdoc />
    /// <remarks>Reads only the published snapshot: front ends call it from their own threads.</remarks>
    public bool IsSecret(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var snapshot = _snapshot;
        if (snapshot.NextLineIsSecret) return true;
        var command = SmtpCommandParser.Parse(line);
        if (SmtpConversation.IsAuthWithInitialResponse(command)) return true;
        return snapshot.LastSentWasAuth && command.Verb == SmtpVerb.Unknown && LooksLikeBase64(line.AsSpan().Trim());
    }

    /// <inheritdoc />
    /// <remarks>
    /// Lines stop being wanted once the greeting has shown the conversation is not SMTP (in auto mode) and no command
    /// seen sent awaits a reply; a line sent, <c>set smtp on</c> or a new connection wants them again, and the lines
    /// that then come after a gap restart the reply parser on a line boundary.
    /// </remarks>
    public bool WantsLines =>
        _mode == AssistMode.On || _recognition != AssistRecognition.None || !_greetingJudged
        || Conversation.OutstandingCount > 0 || Conversation.HasLinesHeldBehindData;

    /// <inheritdoc />
    public bool StartsTls(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Mode != AssistMode.Off && SmtpCommandParser.Parse(line).Verb == SmtpVerb.StartTls;
    }

    /// <inheritdoc />
    public bool IsCommand(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.AsSpan().Trim().Length > 0 && SmtpCommandParser.Parse(line).Verb != SmtpVerb.Unknown;
    }

    /// <inheritdoc />
    public IReadOnlyList<AssistEvent> Observe(SessionEvent sessionEvent)
    {
        IReadOnlyList<AssistEvent> events;
        switch (sessionEvent)
        {
            case ConnectingEvent connecting:
                Reset(connecting.Port);
                _connecting = true;
                Conversation.OnConnecting(connecting.Time);
                events = NoEvents;
                break;
            case ConnectedEvent connected:
                if (!_connecting || connected.Port != Conversation.Port) Reset(connected.Port);
                _connecting = false;
                Conversation.OnConnected(connected.Time);
                events = NoEvents;
                break;
            case LinesReceivedEvent when !WantsLines:
                // Sure this is not SMTP and nothing awaits a reply: a flood is not parsed line by line for nothing.
                _skippedLines = true;
                return NoEvents;
            case LinesReceivedEvent received:
                // What the parser held belongs to lines that went by unread: it cannot be finished now.
                if (received.AfterGap || _skippedLines) _parser.Reset();
                _skippedLines = false;
                _replies.Clear();
                foreach (var line in received.Lines) _parser.FeedLine(line.Content.Span, line.Ending, _replies);
                // Most lines of a flood complete no reply: nothing changed that a front end could see.
                if (_replies.Count == 0) return NoEvents;
                events = OnReplies(received.Time);
                break;
            case LineSentEvent sent:
                OnLineSent(sent);
                events = NoEvents;
                break;
            case ConnectFailedEvent connectFailed:
                // The Connect step fails: the checklist and status say so, not "connect waiting".
                Conversation.OnClosed(connectFailed.Time);
                _connecting = false;
                events = NoEvents;
                break;
            case TlsStartedEvent tls:
                events = OnTlsStarted(tls);
                break;
            case TlsFailedEvent failed:
                _tlsStep = new ChecklistStep("TLS", "TLS", ChecklistStepState.Failed, Elapsed(failed.Time));
                events = NoEvents;
                break;
            case ClosedEvent closed:
                _replies.Clear();
                _parser.Flush(_replies);
                events = OnReplies(closed.Time);
                Conversation.OnClosed(closed.Time);
                _connecting = false;
                break;
            default:
                return NoEvents;
        }
        Publish();
        return events;
    }

    /// <inheritdoc />
    /// <remarks>Warnings only once SMTP is confirmed; the end-of-message reminder comes as <see cref="AssistSeverity.Info"/>.</remarks>
    public IReadOnlyList<AssistMessage> Lint(string line)
    {
        if (Recognition != AssistRecognition.Confirmed) return NoMessages;
        var warnings = SmtpLinter.Lint(line, Conversation);
        if (warnings.Count == 0) return NoMessages;
        return warnings
            .Select(w => new AssistMessage(w.IsReminder ? AssistSeverity.Info : AssistSeverity.ProtocolWarning, Text.TerminalText.VisibleLines(w.ToLines())))
            .ToArray();
    }

    /// <inheritdoc />
    /// <remarks>
    /// Lock-step: the first line waits for the greeting, each command for its complete reply, DATA for its 354;
    /// message lines, BDAT chunk data and the answer to a 334 go at once. With <paramref name="pipelining"/> and
    /// PIPELINING advertised, a line may follow unanswered MAIL, RCPT, RSET, BDAT or "." (RFC 2920 §3.1); any other
    /// unanswered command ends the group. After a refused DATA, every line up to and including the lone "." is
    /// dropped (each call for such a line is final: do not ask again for a dropped line). Without SMTP recognised,
    /// everything is sent at once.
    /// </remarks>
    public PacingDecision Pace(string line, bool pipelining)
    {
        if (Recognition == AssistRecognition.None) return PacingDecision.SendNow;
        if (_discardingMessage)
        {
            if (line != ".")
                return new PacingDecision(PacingVerdict.Drop, "DATA was refused: message line not sent, the server would take it as a command");
            _discardingMessage = false;
            return new PacingDecision(PacingVerdict.Drop, "DATA was refused: the lone \".\" ending the unsent message is not sent either; input resumes after it");
        }

        var conversation = Conversation;
        // After 221 or 421 the server closes: what comes next would go nowhere, unless it stays open after all.
        if (conversation.Phase == SmtpPhase.Closed)
        {
            return conversation.IsConnected
                ? new PacingDecision(PacingVerdict.Wait, "the server said goodbye: waiting for it to close", ServerGoodbyeGrace)
                : PacingDecision.SendNow;
        }
        if (!conversation.GreetingReceived) return new PacingDecision(PacingVerdict.Wait, "waiting for the server's greeting");
        if (conversation.Phase != SmtpPhase.Commands) return PacingDecision.SendNow;
        if (conversation.HasLinesHeldBehindData) return new PacingDecision(PacingVerdict.Wait, "waiting for the reply to DATA");

        var outstanding = conversation.Outstanding;
        if (outstanding.Count == 0) return PacingDecision.SendNow;
        if (pipelining && SmtpPipelining.Advertised(conversation) && outstanding.All(c => SmtpPipelining.IsGroupable(c.Verb)))
            return PacingDecision.SendNow;
        return new PacingDecision(PacingVerdict.Wait, $"waiting for the reply to {Describe(outstanding[^1])}");
    }

    private void Reset(int port)
    {
        Conversation = new SmtpConversation(port);
        _parser.Reset();
        _recognition = RecognitionByPort(port);
        _heldWhileTentative.Clear();
        _greetingJudged = false;
        _firstCommandWasSmtp = null;
        _discardingMessage = false;
        _lastSentWasAuth = false;
        _tlsStep = null;
        _tlsAskedAt = null;
    }

    private IReadOnlyList<AssistEvent> OnTlsStarted(TlsStartedEvent tls)
    {
        var afterStartTls = _tlsAskedAt is not null;
        Conversation.OnTlsStarted();
        _tlsStep = new ChecklistStep("TLS", "TLS", ChecklistStepState.Ok, Elapsed(tls.Time));
        var trust = tls.Verified ? "the certificate is verified" : "the certificate is NOT verified (--insecure): anyone in between could read and change this session";
        if (!afterStartTls)
            return [new AssistNoteEvent(tls.Time, new AssistMessage(AssistSeverity.Info,
                [$"tls: the connection started with {tls.Protocol} (implicit TLS, RFC 8314); {trust}"]))];
        var hello = Conversation.HelloLine ?? "EHLO <your domain>";
        return [new AssistNoteEvent(tls.Time, new AssistMessage(AssistSeverity.Success,
        [
            $"tls: {tls.Protocol} is on: from here on the conversation is encrypted; {trust}",
            "cause: after STARTTLS the server forgets the EHLO before it and may offer more now, AUTH above all (RFC 3207 §4.2)",
            $"next: {hello} again",
        ]))];
    }

    private TimeSpan? Elapsed(DateTimeOffset now) => _tlsAskedAt is { } asked ? now - asked : null;

    private void OnLineSent(LineSentEvent sent)
    {
        _discardingMessage = false;
        var text = Encoding.UTF8.GetString(sent.Line.Span);
        var command = Conversation.OnLineSent(text, sent.Time);
        if (command?.Verb == SmtpVerb.StartTls && !Conversation.TlsActive)
        {
            _tlsAskedAt = sent.Time;
            _tlsStep = new ChecklistStep("TLS", "TLS", ChecklistStepState.InProgress, null);
        }
        _lastSentWasAuth = command?.Verb == SmtpVerb.Auth;
        if (_firstCommandWasSmtp is not null || command is null || text.AsSpan().Trim().IsEmpty) return;

        _firstCommandWasSmtp = command.Verb != SmtpVerb.Unknown;
        if (_recognition == AssistRecognition.Tentative && _firstCommandWasSmtp == false) Drop();
    }

    private IReadOnlyList<AssistEvent> OnReplies(DateTimeOffset time)
    {
        if (_replies.Count == 0) return NoEvents;
        var messages = new List<AssistEvent>(_replies.Count);
        foreach (var reply in _replies)
        {
            var context = Conversation.OnReply(reply, time);
            var wasTentative = _recognition == AssistRecognition.Tentative;
            Recognise(reply, context);

            if (context.After == SmtpVerb.Data && reply.Code != 354) _discardingMessage = Conversation.DataRefused;
            if (context.After == SmtpVerb.StartTls && reply.Code != 220)
                _tlsStep = new ChecklistStep("TLS", "TLS", ChecklistStepState.Failed, Elapsed(time));
            if (wasTentative && _recognition == AssistRecognition.Confirmed && Mode == AssistMode.Auto)
            {
                messages.Add(new SmtpRecognisedEvent(time, Conversation.Port, reply.Code, Describe(context.Command)));
                messages.AddRange(_heldWhileTentative);
                _heldWhileTentative.Clear();
            }
            if (Recognition == AssistRecognition.None) continue;

            // A server that talks without being asked must not grow the held list forever.
            if (Recognition == AssistRecognition.Tentative && _heldWhileTentative.Count >= MaxHeldWhileTentative) continue;
            var annotation = _annotate(reply, context);
            var target = Recognition == AssistRecognition.Tentative ? _heldWhileTentative : messages;
            target.Add(new ReplyAnnotatedEvent(time, annotation));
            if (reply.Code == 250 && context.After is SmtpVerb.Ehlo or SmtpVerb.Lhlo && reply.Lines.Count > 1)
            {
                // Each keyword explained, so a person learns what this server offers before choosing the next command.
                target.Add(new CapabilitiesEvent(time, SmtpCapabilities.FromEhloReply(reply)));
            }
            if (reply.Flaws != SmtpReplyFlaws.None) target.Add(new ReplyFlawsEvent(time, reply));
        }
        return messages.Count == 0 ? NoEvents : messages;
    }

    private void Recognise(SmtpReply reply, SmtpAnnotationContext context)
    {
        if (context.After == SmtpVerb.Connect && !_greetingJudged)
        {
            _greetingJudged = true;
            if (_recognition != AssistRecognition.None) return;
            if (NamesSmtp(reply)) _recognition = AssistRecognition.Confirmed;
            else if (reply.Code is 220 or 421 or 554 && _firstCommandWasSmtp != false) _recognition = AssistRecognition.Tentative;
            return;
        }

        if (_recognition != AssistRecognition.Tentative || context.After is not (SmtpVerb.Helo or SmtpVerb.Ehlo or SmtpVerb.Lhlo)) return;
        if (reply.Code / 100 == 2 || reply.Enhanced is not null || reply.Code == 501) _recognition = AssistRecognition.Confirmed;
        else Drop();
    }

    /// <summary>Publishes the conversation as it stands, for readers on other threads.</summary>
    private void Publish()
    {
        var conversation = Conversation;
        var recognition = Recognition;
        var outstanding = conversation.OutstandingCount > 0 ? conversation.Outstanding[^1] : null;
        _snapshot = new AssistSnapshot(
            Protocol,
            recognition,
            recognition == AssistRecognition.None ? "" : Summary,
            IsAwaitingReply,
            !conversation.GreetingReceived && conversation.IsConnected ? "the greeting"
                : outstanding is null ? (conversation.HasLinesHeldBehindData ? "DATA" : null) : Describe(outstanding),
            conversation.GreetingReceived,
            conversation.Phase is SmtpPhase.Message or SmtpPhase.BdatChunk || conversation.HasLinesHeldBehindData,
            conversation.Phase == SmtpPhase.Message,
            NextLineIsSecret,
            _lastSentWasAuth,
            conversation.Phase == SmtpPhase.Closed,
            conversation.Capabilities is { } capabilities ? capabilities.All.Select(c => c.Line).ToArray() : [],
            recognition == AssistRecognition.None ? [] : SmtpChecklist.From(conversation.Transaction, _tlsStep));
    }

    private void Drop()
    {
        _recognition = AssistRecognition.None;
        _heldWhileTentative.Clear();
    }

    private static bool NamesSmtp(SmtpReply reply) =>
        reply.Code != 0 && reply.Lines.Any(l => l.Text.Contains("SMTP", StringComparison.OrdinalIgnoreCase));

    private static AssistRecognition RecognitionByPort(int port) =>
        port is 25 or 465 or 587 or 2525 ? AssistRecognition.Confirmed : AssistRecognition.None;

    private static string Describe(SmtpCommand? command) => command?.Verb switch
    {
        null => "the connection",
        SmtpVerb.EndOfData => "\".\"",
        SmtpVerb.AuthResponse => "the AUTH answer",
        SmtpVerb.StartTls => "STARTTLS",
        SmtpVerb.Unknown => "the last line",
        var verb => verb.Value.ToString().ToUpperInvariant(),
    };
}
