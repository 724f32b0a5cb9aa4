namespace TelnetLite.Core.Tests.Smtp.Support;

/// <summary>
/// A tiny SMTP responder for pacing tests: it reads lines as a real server would (message lines after 354) and
/// queues the replies it would send. Recipients containing "unknown" are refused.
/// </summary>
internal sealed class ScriptedSmtpServer(bool pipelining)
{
    private readonly Queue<string> _replies = new(["220 mail1.fabrikam.com ESMTP ready"]);
    private bool _inMessage;
    private int _recipients;

    public bool HasReply => _replies.Count > 0;

    public string NextReply() => _replies.Dequeue();

    public void Receive(string line)
    {
        if (_inMessage)
        {
            if (line != ".") return;
            _inMessage = false;
            _recipients = 0;
            _replies.Enqueue("250 2.0.0 Ok: queued as 4XyZ1234AB");
            return;
        }

        var verb = line.Split(' ')[0].ToUpperInvariant();
        _replies.Enqueue(verb switch
        {
            "EHLO" => pipelining
                ? "250-mail1.fabrikam.com\r\n250-PIPELINING\r\n250-DSN\r\n250 8BITMIME"
                : "250-mail1.fabrikam.com\r\n250-DSN\r\n250 8BITMIME",
            "MAIL" => "250 2.1.0 Ok",
            "RCPT" when line.Contains("unknown", StringComparison.OrdinalIgnoreCase) => "550 5.1.1 User unknown",
            "RCPT" => Accept(),
            "DATA" when _recipients > 0 => Begin(),
            "DATA" => "554 5.5.1 Error: no valid recipients",
            "QUIT" => "221 2.0.0 Bye",
            _ => "500 5.5.2 Error: command not recognized",
        });
    }

    private string Accept()
    {
        _recipients++;
        return "250 2.1.5 Ok";
    }

    private string Begin()
    {
        _inMessage = true;
        return "354 End data with <CR><LF>.<CR><LF>";
    }
}
