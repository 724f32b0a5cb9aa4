namespace TelnetLite.Core.Smtp;

/// <summary>
/// Follows one SMTP connection from the lines sent and the replies received, and pairs each reply with the command
/// that caused it.
/// </summary>
/// <remarks>
/// <para>Pure: fed in order by the assistant (or a test), with the times carried by the session events; it has no
/// clock, no socket and never throws.</para>
/// <para>Pairing is first in, first out (RFC 2920 pipelining keeps order): the first reply answers the connection
/// (<see cref="SmtpVerb.Connect"/>), every later one the oldest command still unanswered. A reply with no command
/// waiting (a 421 on timeout) is unpaired. A line with no code after the greeting is unpaired too, so one stray line
/// does not shift the pairing of every reply after it.</para>
/// <para>After 354 the lines sent are message lines until the lone "." (<see cref="SmtpPhase.Message"/>); after
/// <c>BDAT n</c> the next n octets (CRLF counted) are chunk data; after a 334 the next line is the secret AUTH
/// answer. Lines sent while a DATA is still unanswered are held: when 354 comes they were message lines, when DATA is
/// refused they were commands, which is how the server reads them too.</para>
/// <para>STARTTLS answered 220 switches to TLS and forgets the EHLO, the capabilities, the authentication and the
/// transaction (RFC 3207 §4.2): EHLO must be sent again.</para>
/// </remarks>
public sealed class SmtpConversation
{
    private readonly Queue<(SmtpCommand Command, DateTimeOffset Sent)> _outstanding = new();
    private readonly List<(string Line, DateTimeOffset Time)> _heldBehindData = [];
    private readonly List<string> _recipients = [];
    private bool _dataUnanswered;
    private long _bdatRemaining;
    private bool _senderDomainFromMail;

    /// <summary>Starts following a connection to <paramref name="port"/> (0 when unknown).</summary>
    public SmtpConversation(int port)
    {
        Port = port;
        AcceptedRecipients = _recipients.AsReadOnly();
    }

    /// <summary>The server port.</summary>
    public int Port { get; }

    /// <summary>What the next line sent will be to the server.</summary>
    public SmtpPhase Phase { get; private set; } = SmtpPhase.Commands;

    /// <summary>True once the TCP connection is up (a <c>ConnectedEvent</c> was seen, or any reply arrived).</summary>
    public bool IsConnected { get; private set; }

    /// <summary>The greeting (the first reply), or null before it.</summary>
    public SmtpReply? Greeting { get; private set; }

    /// <summary>True once the greeting arrived.</summary>
    public bool GreetingReceived => Greeting is not null;

    /// <summary>The verb (HELO, EHLO or LHLO) the server accepted last; null before, and again after STARTTLS.</summary>
    public SmtpVerb? Hello { get; private set; }

    /// <summary>True once the server accepted EHLO, HELO or LHLO (reset by STARTTLS).</summary>
    public bool HelloDone => Hello is not null;

    /// <summary>The greeting command the server last accepted, as sent (<c>EHLO contoso.com</c>); kept across STARTTLS,
    /// so what to send again afterwards can be said.</summary>
    public string? HelloLine { get; private set; }

    /// <summary>The capabilities of the last accepted EHLO/LHLO; null before, after HELO and after STARTTLS.</summary>
    public SmtpCapabilities? Capabilities { get; private set; }

    /// <summary>True once STARTTLS was answered 220: the session is expected to switch to TLS now.</summary>
    public bool TlsActive { get; private set; }

    /// <summary>True after a 235 to AUTH (reset by STARTTLS).</summary>
    public bool Authenticated { get; private set; }

    /// <summary>True from an accepted MAIL to the end of the message (or RSET, EHLO, STARTTLS).</summary>
    public bool TransactionOpen { get; private set; }

    /// <summary>The recipients accepted (250/251) in the open transaction, as typed.</summary>
    public IReadOnlyList<string> AcceptedRecipients { get; }

    /// <summary>
    /// The user's own domain, for next steps: the domain of the last MAIL FROM address, else the name given in
    /// EHLO/HELO/LHLO; null when unknown. Names that are no valid host name (<c>contoso..com</c>, an address literal
    /// such as <c>[192.0.2.10]</c>) are ignored: a next step must not repeat what the server refused or will refuse.
    /// </summary>
    public string? SenderDomain { get; private set; }

    /// <summary>The commands sent whose reply has not arrived yet, oldest first.</summary>
    /// <remarks>A copy, made on each call (the linter and pacing ask for it on every line): no LINQ.</remarks>
    public IReadOnlyList<SmtpCommand> Outstanding
    {
        get
        {
            if (_outstanding.Count == 0) return [];
            var commands = new SmtpCommand[_outstanding.Count];
            var index = 0;
            foreach (var (command, _) in _outstanding) commands[index++] = command;
            return commands;
        }
    }

    /// <summary>How many commands wait for their reply.</summary>
    public int OutstandingCount => _outstanding.Count;

    /// <summary>True while lines sent after an unanswered DATA wait to be classified by its reply.</summary>
    public bool HasLinesHeldBehindData => _heldBehindData.Count > 0;

    /// <summary>True when the last DATA was refused (no 354) and no line has been sent since.</summary>
    public bool DataRefused { get; private set; }

    /// <summary>Message lines sent since the 354 (the lone "." excluded).</summary>
    public int MessageLines { get; private set; }

    /// <summary>True when the message typed so far began with header fields.</summary>
    public bool MessageHasHeaders { get; private set; }

    /// <summary>True while the message is still in its header block (no blank line yet).</summary>
    public bool MessageInHeaders { get; private set; }

    /// <summary>BDAT chunks accepted on this connection (RFC 3030).</summary>
    public int BdatChunks { get; private set; }

    /// <summary>The walkthrough checklist.</summary>
    public SmtpTransaction Transaction { get; } = new();

    /// <summary>A connection attempt began.</summary>
    public void OnConnecting(DateTimeOffset time) => Transaction.Start(SmtpStepKind.Connect, time);

    /// <summary>The connection is up: the greeting is awaited.</summary>
    public void OnConnected(DateTimeOffset time)
    {
        IsConnected = true;
        if (Transaction[SmtpStepKind.Connect].StartedAt is null) Transaction.Start(SmtpStepKind.Connect, time);
        Transaction.Finish(SmtpStepKind.Connect, true, time, null);
        Transaction.Start(SmtpStepKind.Greeting, time);
    }

    /// <summary>The connection ended (or never opened): nothing is answered any more.</summary>
    public void OnClosed(DateTimeOffset time)
    {
        if (!IsConnected && Transaction[SmtpStepKind.Connect].State == SmtpStepState.Pending)
            Transaction.Finish(SmtpStepKind.Connect, false, time, null);
        Close();
    }

    /// <summary>
    /// Records a line the user sent. Returns it as a command when the server will read it as one (a lone "." is
    /// <see cref="SmtpVerb.EndOfData"/>, an answer to 334 is <see cref="SmtpVerb.AuthResponse"/> with its text left
    /// out); null for a message line, chunk data, or a line held behind an unanswered DATA.
    /// </summary>
    /// <remarks>
    /// Credentials never stay in the conversation: an AUTH answer keeps no text, and the initial response of
    /// <c>AUTH PLAIN &lt;base64&gt;</c> is replaced by <c>********</c> in the command kept and returned.
    /// </remarks>
    public SmtpCommand? OnLineSent(string line, DateTimeOffset time)
    {
        DataRefused = false;
        if (_dataUnanswered || _heldBehindData.Count > 0)
        {
            _heldBehindData.Add((line, time));
            return null;
        }

        switch (Phase)
        {
            case SmtpPhase.Message:
                return OnMessageLine(line, time);
            case SmtpPhase.BdatChunk:
                _bdatRemaining -= SmtpMessageLine.Octets(line) + 2;
                if (_bdatRemaining <= 0) Phase = SmtpPhase.Commands;
                return null;
            case SmtpPhase.AuthChallenge:
                var response = new SmtpCommand(SmtpVerb.AuthResponse, "", "", null, false, false,
                    System.Collections.ObjectModel.ReadOnlyDictionary<string, string?>.Empty);
                _outstanding.Enqueue((response, time));
                Phase = SmtpPhase.Commands;
                return response;
        }

        var command = RedactInitialResponse(SmtpCommandParser.Parse(line));
        if (Phase == SmtpPhase.Closed) return command;
        _outstanding.Enqueue((command, time));
        OnCommandSent(command, time);
        return command;
    }

    /// <summary>
    /// Records a complete reply and pairs it. Returns what the annotator needs: the command answered and the
    /// conversation as it stood before this reply — except that the capabilities of an accepted EHLO/LHLO are
    /// already those of this reply.
    /// </summary>
    public SmtpAnnotationContext OnReply(SmtpReply reply, DateTimeOffset time)
    {
        IsConnected = true;
        if (Greeting is null)
        {
            Greeting = reply;
            var greetingContext = Context(null, SmtpVerb.Connect);
            Transaction.Finish(SmtpStepKind.Greeting, IsAcceptance(reply), time, reply);
            // A 554 greeting still waits for QUIT (RFC 5321 §3.1); only 421 closes at once.
            if (reply.Code == 421) Close();
            return greetingContext;
        }

        if (reply.Code == 0 || _outstanding.Count == 0)
        {
            var unpaired = Context(null, null);
            if (reply.Code is 221 or 421) Close();
            return unpaired;
        }

        var (command, _) = _outstanding.Dequeue();
        var accepted = IsAcceptance(reply);
        if (command.Verb is SmtpVerb.Ehlo or SmtpVerb.Lhlo && accepted) Capabilities = SmtpCapabilities.FromEhloReply(reply);
        var context = Context(command, command.Verb);
        OnCommandAnswered(command, reply, accepted, time);
        if (reply.Code == 421 || (reply.Code == 221 && command.Verb == SmtpVerb.Quit)) Close();
        return context;
    }

    /// <summary>
    /// A 2xx that arrived whole. The start of a multi-line 250 cut off by a reset accepted nothing: the server never
    /// said its last line.
    /// </summary>
    private static bool IsAcceptance(SmtpReply reply) =>
        reply.Code / 100 == 2 && (reply.Flaws & SmtpReplyFlaws.Unfinished) == 0;

    private SmtpAnnotationContext Context(SmtpCommand? command, SmtpVerb? after) =>
        new(command, after, Capabilities, Port, TlsActive, Authenticated, _recipients.Count, SenderDomain);

    private SmtpCommand? OnMessageLine(string line, DateTimeOffset time)
    {
        if (line == ".")
        {
            Phase = SmtpPhase.Commands;
            Transaction.Finish(SmtpStepKind.Message, true, time, null);
            Transaction.Start(SmtpStepKind.EndOfData, time);
            var end = new SmtpCommand(SmtpVerb.EndOfData, line, "", null, false, false,
                System.Collections.ObjectModel.ReadOnlyDictionary<string, string?>.Empty);
            _outstanding.Enqueue((end, time));
            return end;
        }

        if (MessageLines == 0 && SmtpMessageLine.IsHeaderField(line))
        {
            MessageHasHeaders = true;
            MessageInHeaders = true;
        }
        else if (MessageInHeaders && !SmtpMessageLine.IsHeaderField(line) && !SmtpMessageLine.IsFoldedContinuation(line))
        {
            // A blank line ends the header block properly; anything else ends it badly, and the linter said so.
            MessageInHeaders = false;
        }
        MessageLines++;
        return null;
    }

    private void OnCommandSent(SmtpCommand command, DateTimeOffset time)
    {
        switch (command.Verb)
        {
            case SmtpVerb.Helo or SmtpVerb.Ehlo or SmtpVerb.Lhlo:
                var name = FirstWord(command.Argument);
                if (!_senderDomainFromMail && SmtpHostName.IsValid(name)) SenderDomain = name;
                Transaction.Start(SmtpStepKind.Ehlo, time);
                break;
            case SmtpVerb.Mail:
                if (command.Address is { } sender && sender.LastIndexOf('@') is var at and >= 0 && SmtpHostName.IsValid(sender[(at + 1)..]))
                {
                    SenderDomain = sender[(at + 1)..];
                    _senderDomainFromMail = true;
                }
                if (Transaction.MailStepsTouched) Transaction.ClearMailSteps();
                Transaction.Start(SmtpStepKind.MailFrom, time);
                break;
            case SmtpVerb.Rcpt:
                Transaction.Start(SmtpStepKind.RcptTo, time);
                break;
            case SmtpVerb.Data:
                _dataUnanswered = true;
                Transaction.Start(SmtpStepKind.Data, time);
                break;
            case SmtpVerb.Bdat:
                if (Transaction[SmtpStepKind.Data] is { State: SmtpStepState.Pending, StartedAt: null })
                    Transaction.Start(SmtpStepKind.Data, time);
                if (command.Parameters.ContainsKey("LAST")) Transaction.Start(SmtpStepKind.EndOfData, time);
                _bdatRemaining = SmtpCommandParser.BdatChunkSize(command) ?? 0;
                if (_bdatRemaining > 0) Phase = SmtpPhase.BdatChunk;
                break;
            case SmtpVerb.Quit:
                Transaction.Start(SmtpStepKind.Quit, time);
                break;
        }
    }

    private void OnCommandAnswered(SmtpCommand command, SmtpReply reply, bool accepted, DateTimeOffset time)
    {
        switch (command.Verb)
        {
            case SmtpVerb.Helo or SmtpVerb.Ehlo or SmtpVerb.Lhlo:
                Transaction.Finish(SmtpStepKind.Ehlo, accepted, time, reply);
                if (!accepted) break;
                Hello = command.Verb;
                HelloLine = command.Line.Trim();
                if (command.Verb == SmtpVerb.Helo) Capabilities = null;
                EndTransaction();
                break;
            case SmtpVerb.Mail:
                Transaction.Finish(SmtpStepKind.MailFrom, accepted, time, reply);
                if (!accepted) break;
                TransactionOpen = true;
                _recipients.Clear();
                break;
            case SmtpVerb.Rcpt:
                Transaction.Finish(SmtpStepKind.RcptTo, accepted, time, reply);
                if (accepted) _recipients.Add(command.Address ?? command.Argument);
                break;
            case SmtpVerb.Data:
                OnDataAnswered(reply, time);
                break;
            case SmtpVerb.EndOfData:
                Transaction.Finish(SmtpStepKind.EndOfData, accepted, time, reply);
                EndTransaction();
                break;
            case SmtpVerb.Bdat:
                var last = command.Parameters.ContainsKey("LAST");
                if (Transaction[SmtpStepKind.Data].InProgress)
                {
                    Transaction.Finish(SmtpStepKind.Data, accepted, time, reply);
                    Transaction.Finish(SmtpStepKind.Message, accepted, time, reply);
                }
                if (accepted) BdatChunks++;
                if (last)
                {
                    Transaction.Finish(SmtpStepKind.EndOfData, accepted, time, reply);
                    EndTransaction();
                }
                break;
            case SmtpVerb.Rset:
                if (!accepted) break;
                EndTransaction();
                Transaction.ClearMailSteps();
                break;
            case SmtpVerb.Quit:
                Transaction.Finish(SmtpStepKind.Quit, reply.Code == 221, time, reply);
                break;
            case SmtpVerb.Auth or SmtpVerb.AuthResponse:
                if (reply.Code == 334) Phase = SmtpPhase.AuthChallenge;
                else if (reply.Code == 235) Authenticated = true;
                break;
            case SmtpVerb.StartTls:
                if (reply.Code == 220) StartTls();
                break;
        }
    }

    private void OnDataAnswered(SmtpReply reply, DateTimeOffset time)
    {
        _dataUnanswered = false;
        var accepted = reply.Code == 354;
        Transaction.Finish(SmtpStepKind.Data, accepted, time, reply);
        if (accepted)
        {
            Phase = SmtpPhase.Message;
            MessageLines = 0;
            MessageHasHeaders = false;
            MessageInHeaders = false;
            Transaction.Start(SmtpStepKind.Message, time);
        }
        else
        {
            Transaction.Skip(SmtpStepKind.Message);
            Transaction.Skip(SmtpStepKind.EndOfData);
        }

        // Lines sent behind the DATA are read by the server in the light of its answer; so are they here.
        var held = _heldBehindData.ToArray();
        _heldBehindData.Clear();
        foreach (var (line, sent) in held) OnLineSent(line, sent);
        DataRefused = !accepted && held.Length == 0;
    }

    /// <summary>The connection is now encrypted without STARTTLS (TLS from the first byte): the same fresh start.</summary>
    internal void OnTlsStarted()
    {
        if (!TlsActive) StartTls();
    }

    private void StartTls()
    {
        TlsActive = true;
        Hello = null;
        Capabilities = null;
        Authenticated = false;
        EndTransaction();
        Transaction.Clear(SmtpStepKind.Ehlo);
    }

    private void EndTransaction()
    {
        TransactionOpen = false;
        _recipients.Clear();
    }

    private void Close()
    {
        Phase = SmtpPhase.Closed;
        _outstanding.Clear();
        _heldBehindData.Clear();
        _dataUnanswered = false;
    }

    /// <summary>True for <c>AUTH mechanism initial-response</c>, whose second word is a credential (RFC 4954 §4).</summary>
    internal static bool IsAuthWithInitialResponse(SmtpCommand command) =>
        command.Verb == SmtpVerb.Auth && command.Argument.AsSpan().IndexOfAny(' ', '\t') > 0;

    private static SmtpCommand RedactInitialResponse(SmtpCommand command)
    {
        if (!IsAuthWithInitialResponse(command)) return command;
        var mechanism = FirstWord(command.Argument);
        var verb = FirstWord(command.Line.TrimStart());
        return command with { Line = $"{verb} {mechanism} {Redacted}", Argument = $"{mechanism} {Redacted}" };
    }

    private const string Redacted = "********";

    private static string FirstWord(string text)
    {
        var blank = text.AsSpan().IndexOfAny(' ', '\t');
        return blank < 0 ? text : text[..blank];
    }
}
