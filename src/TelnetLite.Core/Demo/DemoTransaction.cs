namespace TelnetLite.Core.Demo;

/// <summary>The mail transaction in progress: MAIL FROM, the accepted RCPT TOs and the body received so far.</summary>
internal sealed class DemoTransaction
{
    private readonly List<string> _recipients = [];

    public string? Sender { get; private set; }

    public IReadOnlyList<string> Recipients => _recipients;

    public MemoryStream Body { get; private set; } = new();

    /// <summary>The body outgrew the size limit; the rest is read and dropped so the dialogue stays in step.</summary>
    public bool TooBig { get; set; }

    /// <summary>A DATA line exceeded the line limit.</summary>
    public bool HasLongLine { get; set; }

    /// <summary>BDAT chunks have started; DATA may no longer be used in this transaction (RFC 3030).</summary>
    public bool Chunking { get; set; }

    public void Begin(string sender) => Sender = sender;

    public void AddRecipient(string recipient) => _recipients.Add(recipient);

    public void Reset()
    {
        Sender = null;
        _recipients.Clear();
        Body = new MemoryStream();
        TooBig = false;
        HasLongLine = false;
        Chunking = false;
    }
}
