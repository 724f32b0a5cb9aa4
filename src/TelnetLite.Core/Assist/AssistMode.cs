namespace TelnetLite.Core.Assist;

/// <summary>The user's override for protocol recognition (<c>set smtp on|off|auto</c>).</summary>
public enum AssistMode
{
    /// <summary>Recognise by port and greeting.</summary>
    Auto,
    /// <summary>Always treat the session as this protocol.</summary>
    On,
    /// <summary>Never assist.</summary>
    Off,
}
