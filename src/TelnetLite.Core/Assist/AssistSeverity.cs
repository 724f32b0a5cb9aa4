namespace TelnetLite.Core.Assist;

/// <summary>The severity of an assistant message, which decides its colour and its word in <c>--annotate</c> output.</summary>
public enum AssistSeverity
{
    /// <summary>A 2xx reply: done.</summary>
    Success,
    /// <summary>A 3xx reply: send more.</summary>
    Intermediate,
    /// <summary>A 4xx reply: try again later.</summary>
    TransientFailure,
    /// <summary>A 5xx reply: will not work as sent.</summary>
    PermanentFailure,
    /// <summary>Something off in the conversation itself: a malformed reply, a lint warning.</summary>
    ProtocolWarning,
    /// <summary>Plain information (capabilities, recognition).</summary>
    Info,
}
