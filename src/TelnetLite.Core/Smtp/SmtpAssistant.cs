using System.Text;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Session;

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
/// <para>Each connection starts afresh: a <see cref="ConnectingEvent"/> (or a <see cref="ConnectedEvent"/> not
/// preceded by one) resets everything, so one assistant serves every connection of a run.</para>
/// <para>Explanations come from the annotator given to the constructor; this class only decides when to ask and
/// adds a protocol warning after the annotation of a malformed reply. Pure: no clock (times come from the events),
/// no I/O. Called on the session dispatcher, one event at a time; not thread-safe.</para>
/// </remarks>
public sealed class SmtpAssistant : IProtocolAssistant
{
    private const int MaxHeldWhileTentative = 64;
    private static readonly IReadOnlyList<AssistMessage> NoMessages = [];

    private readonly Func<SmtpReply, SmtpAnnotationContext, SmtpAnnotation> _annotate;
    private readonly SmtpReplyParser _parser = new();
    private readonly List<SmtpReply> _replies = [];
    private readonly List<AssistMessage> _heldWhileTentative = [];
    private AssistRecognition _recognition;
    private bool _greetingJudged;
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
    public AssistMode Mode { get; set; }

    /// <inheritdoc />
    public bool IsAwaitingReply => Recognition != AssistRecognition.None
        && (Conversation.OutstandingCount > 0 || Conversation.HasLinesHeldBehindData);

    /// <summary>The current connection's conversation (replaced at each new connection): state for views.</summary>
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
    public bool IsSecretLine(string line)
    {
        if (NextLineIsSecret) return true;
        var command = SmtpCommandParser.Parse(line);
        if (SmtpConversation.IsAuthWithInitialResponse(command)) return true;
        // The line right after an AUTH whose challenge never came (refused, or typed ahead of the 334) is still what
        // the person meant as a credential: a lone base64 word must not reach the log in clear.
        return _lastSentWasAuth && command.Verb == SmtpVerb.Unknown && LooksLikeBase64(line.AsSpan().Trim());
    }

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
    public bool IsSecret(string line) => IsSecretLine(line);

    /// <inheritdoc />
    public IReadOnlyList<AssistMessage> Observe(SessionEvent sessionEvent)
    {
        switch (sessionEvent)
        {
            case ConnectingEvent connecting:
                Reset(connecting.Port);
                _connecting = true;
                Conversation.OnConnecting(connecting.Time);
                return NoMessages;
            case ConnectedEvent connected:
                if (!_connecting || connected.Port != Conversation.Port) Reset(connected.Port);
                _connecting = false;
                Conversation.OnConnected(connected.Time);
                return NoMessages;
            case DataReceivedEvent received:
                _replies.Clear();
                _parser.Feed(received.Data.Span, _replies);
                return OnReplies(received.Time);
            case LineSentEvent sent:
                OnLineSent(sent);
                return NoMessages;
            case ClosedEvent closed:
                _replies.Clear();
                _parser.Flush(_replies);
                var messages = OnReplies(closed.Time);
                Conversation.OnClosed(closed.Time);
                _connecting = false;
                return messages;
            default:
                return NoMessages;
        }
    }

    /// <inheritdoc />
    /// <remarks>Warnings only once SMTP is confirmed; the end-of-message reminder comes as <see cref="AssistSeverity.Info"/>.</remarks>
    public IReadOnlyList<AssistMessage> Lint(string line)
    {
        if (Recognition != AssistRecognition.Confirmed) return NoMessages;
        var warnings = SmtpLinter.Lint(line, Conversation);
        if (warnings.Count == 0) return NoMessages;
        return warnings
            .Select(w => new AssistMessage(w.IsReminder ? AssistSeverity.Info : AssistSeverity.ProtocolWarning, w.ToLines(), w))
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
        if (conversation.Phase == SmtpPhase.Closed) return PacingDecision.SendNow;
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
    }

    private void OnLineSent(LineSentEvent sent)
    {
        _discardingMessage = false;
        var text = Encoding.UTF8.GetString(sent.Line.Span);
        var command = Conversation.OnLineSent(text, sent.Time);
        _lastSentWasAuth = command?.Verb == SmtpVerb.Auth;
        if (_firstCommandWasSmtp is not null || command is null || text.AsSpan().Trim().IsEmpty) return;

        _firstCommandWasSmtp = command.Verb != SmtpVerb.Unknown;
        if (_recognition == AssistRecognition.Tentative && _firstCommandWasSmtp == false) Drop();
    }

    private IReadOnlyList<AssistMessage> OnReplies(DateTimeOffset time)
    {
        if (_replies.Count == 0) return NoMessages;
        var messages = new List<AssistMessage>(_replies.Count);
        foreach (var reply in _replies)
        {
            var context = Conversation.OnReply(reply, time);
            var wasTentative = _recognition == AssistRecognition.Tentative;
            Recognise(reply, context);

            if (context.After == SmtpVerb.Data && reply.Code != 354) _discardingMessage = Conversation.DataRefused;
            if (wasTentative && _recognition == AssistRecognition.Confirmed && Mode == AssistMode.Auto)
            {
                messages.Add(new AssistMessage(AssistSeverity.Info,
                    [$"info: SMTP recognised on port {Conversation.Port}: the server answered {reply.Code} to {Describe(context.Command)}"]));
                messages.AddRange(_heldWhileTentative);
                _heldWhileTentative.Clear();
            }
            if (Recognition == AssistRecognition.None) continue;

            // A server that talks without being asked must not grow the held list forever.
            if (Recognition == AssistRecognition.Tentative && _heldWhileTentative.Count >= MaxHeldWhileTentative) continue;
            var annotation = _annotate(reply, context);
            var target = Recognition == AssistRecognition.Tentative ? _heldWhileTentative : messages;
            target.Add(new AssistMessage(annotation.Severity, annotation.ToLines(), annotation));
            if (reply.Code == 250 && context.After is SmtpVerb.Ehlo or SmtpVerb.Lhlo && reply.Lines.Count > 1)
            {
                // Each keyword explained, so a person learns what this server offers before choosing the next command.
                var capabilities = SmtpCapabilities.FromEhloReply(reply);
                target.Add(new AssistMessage(AssistSeverity.Info,
                    Knowledge.SmtpCapabilityExplainer.Explain(capabilities).Select(line => "capability: " + line).ToArray(), capabilities));
            }
            if (reply.Flaws != SmtpReplyFlaws.None)
                target.Add(new AssistMessage(AssistSeverity.ProtocolWarning, SmtpReplyFlawDescriptions.Lines(reply.Flaws), reply));
        }
        return messages.Count == 0 ? NoMessages : messages;
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
