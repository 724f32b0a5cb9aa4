using System.Text;
using TelnetLite.Core.Smtp;

namespace TelnetLite.Benchmarks;

/// <summary>
/// An SMTP conversation as servers really send it (the wording of tests/.../Fixtures/Smtp), built here so the
/// benchmark project needs no files: the seed's Exchange 2007 walkthrough and a Postfix session with refusals.
/// </summary>
internal sealed class RecordedConversation
{
    private RecordedConversation(int port, IReadOnlyList<ConversationStep> steps)
    {
        Port = port;
        Steps = steps;
    }

    public int Port { get; }

    public IReadOnlyList<ConversationStep> Steps { get; }

    /// <summary>The server's bursts as bytes on the wire, one array per network read.</summary>
    public byte[][] ServerBursts() => Steps
        .Where(s => s.FromServer)
        .Select(s => Encoding.ASCII.GetBytes(string.Concat(s.Lines.Select(l => l + "\r\n"))))
        .ToArray();

    /// <summary>Every reply and the context the assistant would give the annotator for it, by replaying the conversation.</summary>
    public (SmtpReply Reply, SmtpAnnotationContext Context)[] Annotated()
    {
        var conversation = new SmtpConversation(Port);
        var parser = new SmtpReplyParser();
        var time = new DateTimeOffset(2026, 11, 29, 6, 0, 0, TimeSpan.Zero);
        conversation.OnConnecting(time);
        conversation.OnConnected(time);
        var result = new List<(SmtpReply, SmtpAnnotationContext)>();
        foreach (var step in Steps)
        {
            time = time.AddSeconds(1);
            if (!step.FromServer)
            {
                foreach (var line in step.Lines) conversation.OnLineSent(line, time);
                continue;
            }
            foreach (var reply in parser.Feed(Encoding.ASCII.GetBytes(string.Concat(step.Lines.Select(l => l + "\r\n")))))
                result.Add((reply, conversation.OnReply(reply, time)));
        }
        return [.. result];
    }

    /// <summary>The seed's walkthrough against Exchange Server 2007, every step succeeding: 7 replies.</summary>
    public static RecordedConversation ExchangeSeed { get; } = new(25,
    [
        Server("220 mail1.fabrikam.com Microsoft ESMTP MAIL Service ready at Sun, 29 Nov 2026 06:00:00 +0000"),
        Client("EHLO contoso.com"),
        Server(
            "250-mail1.fabrikam.com Hello [192.0.2.10]", "250-SIZE", "250-PIPELINING", "250-DSN", "250-ENHANCEDSTATUSCODES",
            "250-STARTTLS", "250-X-ANONYMOUSTLS", "250-AUTH NTLM", "250-X-EXPS GSSAPI NTLM", "250-8BITMIME", "250-BINARYMIME",
            "250-CHUNKING", "250-XEXCH50", "250 XRDST"),
        Client("MAIL FROM:chris@contoso.com"),
        Server("250 2.1.0 Sender OK"),
        Client("RCPT TO:kate@fabrikam.com NOTIFY=success,failure"),
        Server("250 2.1.5 Recipient OK"),
        Client("DATA"),
        Server("354 Start mail input; end with <CRLF>.<CRLF>"),
        Client("Subject: Test from Contoso", "", "This is a test message", "."),
        Server("250 2.6.0 <0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0@mail1.fabrikam.com> Queued mail for delivery"),
        Client("QUIT"),
        Server("221 2.0.0 Service closing transmission channel"),
    ]);

    /// <summary>Debian's Postfix: an unknown user and a relay denial before a recipient is accepted: 9 replies.</summary>
    public static RecordedConversation Postfix { get; } = new(25,
    [
        Server("220 mail1.fabrikam.test ESMTP Postfix (Debian/GNU)"),
        Client("EHLO contoso.com"),
        Server(
            "250-mail1.fabrikam.test", "250-PIPELINING", "250-SIZE 10240000", "250-VRFY", "250-ETRN", "250-STARTTLS",
            "250-ENHANCEDSTATUSCODES", "250-8BITMIME", "250-DSN", "250-SMTPUTF8", "250 CHUNKING"),
        Client("MAIL FROM:<chris@contoso.com>"),
        Server("250 2.1.0 Ok"),
        Client("RCPT TO:<kate@mail1.fabrikam.test>"),
        Server("550 5.1.1 <kate@mail1.fabrikam.test>: Recipient address rejected: User unknown in local recipient table"),
        Client("RCPT TO:<kate@fabrikam.com>"),
        Server("554 5.7.1 <kate@fabrikam.com>: Relay access denied"),
        Client("RCPT TO:<postmaster@mail1.fabrikam.test>"),
        Server("250 2.1.5 Ok"),
        Client("DATA"),
        Server("354 End data with <CR><LF>.<CR><LF>"),
        Client("Subject: Test from Contoso", "", "This is a test message", "."),
        Server("250 2.0.0 Ok: queued as 4XyZ1234AB"),
        Client("QUIT"),
        Server("221 2.0.0 Bye"),
    ]);

    private static ConversationStep Server(params string[] lines) => new(true, lines);

    private static ConversationStep Client(params string[] lines) => new(false, lines);
}
