using System.Net;
using System.Text;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;

namespace TelnetLite.Core.Tests.Smtp.Support;

/// <summary>
/// Plays piped input the way plain mode does: each queued line is paced; a held line waits while the server's next
/// reply is delivered; a dropped line is skipped. Records what happened, in order.
/// </summary>
internal static class PipedInputRun
{
    public static List<string> Run(IEnumerable<string> input, ScriptedSmtpServer server, bool pipelining, int port = 25)
    {
        var assistant = new SmtpAssistant(port, CodeClassAnnotator.Annotate);
        var log = new List<string>();
        var time = ConversationFixturePlayer.Start;
        var remote = new IPEndPoint(IPAddress.Loopback, port);
        assistant.Feed(new ConnectingEvent(time, "mail1.fabrikam.com", port));
        assistant.Feed(new ConnectedEvent(time, "mail1.fabrikam.com", port, remote, new IPEndPoint(IPAddress.Loopback, 50000)));

        var queue = new Queue<string>(input);
        while (queue.Count > 0)
        {
            var line = queue.Peek();
            var decision = assistant.Pace(line, pipelining);
            switch (decision.Verdict)
            {
                case PacingVerdict.SendNow:
                    queue.Dequeue();
                    log.Add("C: " + line);
                    assistant.Feed(new LineSentEvent(time = time.AddSeconds(1), Encoding.UTF8.GetBytes(line), false));
                    server.Receive(line);
                    break;
                case PacingVerdict.Drop:
                    queue.Dequeue();
                    log.Add($"dropped: {line} ({decision.Reason})");
                    break;
                default:
                    if (!server.HasReply) throw new InvalidOperationException($"waiting forever before '{line}': {decision.Reason}");
                    Deliver(assistant, server, log, time = time.AddSeconds(1));
                    break;
            }
        }
        while (assistant.IsAwaitingReply && server.HasReply) Deliver(assistant, server, log, time = time.AddSeconds(1));
        return log;
    }

    private static void Deliver(SmtpAssistant assistant, ScriptedSmtpServer server, List<string> log, DateTimeOffset time)
    {
        var reply = server.NextReply();
        log.Add("S: " + reply.Split("\r\n")[^1]);
        assistant.Feed(new DataReceivedEvent(time, Encoding.UTF8.GetBytes(reply + "\r\n")));
    }
}
