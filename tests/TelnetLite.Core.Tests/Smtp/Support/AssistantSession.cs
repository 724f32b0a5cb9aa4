using System.Net;
using System.Text;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;

namespace TelnetLite.Core.Tests.Smtp.Support;

/// <summary>Feeds an <see cref="SmtpAssistant"/> session events by hand and keeps every message it returned.</summary>
internal sealed class AssistantSession
{
    private DateTimeOffset _time = ConversationFixturePlayer.Start;

    public AssistantSession(int port = 25, bool connect = true)
    {
        Assistant = new SmtpAssistant(port, CodeClassAnnotator.Annotate);
        if (connect) Connect(port);
    }

    public SmtpAssistant Assistant { get; }
    public List<AssistEvent> Messages { get; } = [];

    public AssistantSession Connect(int port)
    {
        Observe(new ConnectingEvent(Tick(), "mail1.fabrikam.com", port));
        return Observe(new ConnectedEvent(Tick(), "mail1.fabrikam.com", port, new IPEndPoint(IPAddress.Loopback, port),
            new IPEndPoint(IPAddress.Loopback, 50000)));
    }

    public AssistantSession Receive(params string[] lines) => ReceiveRaw(string.Concat(lines.Select(l => l + "\r\n")));

    public AssistantSession ReceiveRaw(string text) => Observe(new DataReceivedEvent(Tick(), Encoding.UTF8.GetBytes(text)));

    public AssistantSession Send(string line) => Observe(new LineSentEvent(Tick(), Encoding.UTF8.GetBytes(line), false));

    public AssistantSession Close() => Observe(new ClosedEvent(Tick(), CloseReason.RemoteClosed, null));

    public AssistantSession Observe(SessionEvent sessionEvent)
    {
        Messages.AddRange(Assistant.Feed(sessionEvent));
        return this;
    }

    /// <summary>The headline of every message so far.</summary>
    public List<string> Headlines => Messages.Select(m => m.Lines[0]).ToList();

    private DateTimeOffset Tick() => _time = _time.AddSeconds(1);
}
