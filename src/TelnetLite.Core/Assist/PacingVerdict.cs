namespace TelnetLite.Core.Assist;

/// <summary>The three answers of <see cref="IProtocolAssistant.Pace"/>.</summary>
public enum PacingVerdict
{
    /// <summary>Send it.</summary>
    SendNow,
    /// <summary>Hold it until the pending reply arrives.</summary>
    Wait,
    /// <summary>Do not send it at all (message lines after a refused DATA would be taken as commands).</summary>
    Drop,
}
