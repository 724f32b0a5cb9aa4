namespace TelnetLite.Core.Smtp;

/// <summary>Where one step of the transaction stands.</summary>
public enum SmtpStepState
{
    /// <summary>Not done yet; in progress when <see cref="SmtpTransactionStep.StartedAt"/> is set.</summary>
    Pending,
    /// <summary>Done and accepted.</summary>
    Ok,
    /// <summary>Done and refused (or the connection failed).</summary>
    Failed,
    /// <summary>Passed over: a later step started while this one had not.</summary>
    Skipped,
}
