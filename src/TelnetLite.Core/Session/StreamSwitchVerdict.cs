namespace TelnetLite.Core.Session;

/// <summary>What an armed stream switch makes of a received line.</summary>
public enum StreamSwitchVerdict
{
    /// <summary>Not yet: keep asking about the next lines.</summary>
    Wait,
    /// <summary>Switch right after this line; anything received after it in plaintext is discarded.</summary>
    SwitchAfterThisLine,
    /// <summary>Never mind (the server refused STARTTLS): the switch is disarmed.</summary>
    Disarm,
}
