namespace TelnetLite.Core.Logging;

/// <summary>The markers between time and text in a session-log line, in swaks's style.</summary>
internal static class LogMarkers
{
    public const string Received = "<-";
    public const string Sent = "->";
    public const string ReceivedOverTls = "<~";
    public const string SentOverTls = "~>";
    public const string Note = "==";
    public const string Annotation = "#";
}
