using System.Text;
using TelnetLite.Core.Smtp;

namespace TelnetLite.Core.Tests.Smtp.Support;

/// <summary>Drives an <see cref="SmtpConversation"/> the way the assistant does, one second per step.</summary>
internal sealed class ConversationDriver
{
    public static readonly string[] PostfixCapabilities =
        ["PIPELINING", "SIZE 10240000", "VRFY", "ETRN", "STARTTLS", "ENHANCEDSTATUSCODES", "8BITMIME", "DSN", "SMTPUTF8", "CHUNKING"];

    private readonly SmtpReplyParser _parser = new();
    private DateTimeOffset _time = ConversationFixturePlayer.Start;

    public ConversationDriver(int port = 25, bool connect = true)
    {
        Conversation = new SmtpConversation(port);
        if (!connect) return;
        Conversation.OnConnecting(Tick());
        Conversation.OnConnected(Tick());
    }

    public SmtpConversation Conversation { get; }

    /// <summary>The context returned for every reply so far, in order.</summary>
    public List<SmtpAnnotationContext> Contexts { get; } = [];

    public SmtpAnnotationContext LastContext => Contexts[^1];

    public DateTimeOffset Tick() => _time = _time.AddSeconds(1);

    public SmtpCommand? Send(string line) => Conversation.OnLineSent(line, Tick());

    public ConversationDriver SendAll(params string[] lines)
    {
        foreach (var line in lines) Send(line);
        return this;
    }

    /// <summary>Receives the server lines (CRLF added to each) as one chunk.</summary>
    public ConversationDriver Receive(params string[] lines)
    {
        var time = Tick();
        foreach (var reply in _parser.Feed(Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\r\n")))))
            Contexts.Add(Conversation.OnReply(reply, time));
        return this;
    }

    public ConversationDriver Greet() => Receive("220 mail1.fabrikam.com ESMTP ready");

    /// <summary>Greeting, then EHLO answered with these keywords (Postfix's when none given).</summary>
    public ConversationDriver Ehlo(params string[] keywords)
    {
        if (!Conversation.GreetingReceived) Greet();
        Send("EHLO contoso.com");
        var list = keywords.Length == 0 ? PostfixCapabilities : keywords;
        var lines = new List<string> { "250-mail1.fabrikam.com Hello [192.0.2.10]" };
        for (var i = 0; i < list.Length; i++) lines.Add((i == list.Length - 1 ? "250 " : "250-") + list[i]);
        if (list.Length == 0 || (list.Length == 1 && list[0].Length == 0)) lines = ["250 mail1.fabrikam.com Hello [192.0.2.10]"];
        return Receive([.. lines]);
    }

    /// <summary>EHLO, then MAIL and one RCPT accepted.</summary>
    public ConversationDriver WithRecipient(params string[] keywords)
    {
        Ehlo(keywords);
        Send("MAIL FROM:<chris@contoso.com>");
        Receive("250 2.1.0 Sender OK");
        Send("RCPT TO:<kate@fabrikam.com>");
        return Receive("250 2.1.5 Recipient OK");
    }

    /// <summary>Up to the 354: the next line is a message line.</summary>
    public ConversationDriver InMessage(params string[] keywords)
    {
        WithRecipient(keywords);
        Send("DATA");
        return Receive("354 Start mail input; end with <CRLF>.<CRLF>");
    }
}
