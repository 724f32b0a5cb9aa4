namespace TelnetLite.Core.Commands;

/// <summary><c>unset OPTION</c>: switch a setting off (<c>localecho</c>, <c>logging</c>, <c>crlf</c>, <c>logfile</c>).</summary>
/// <remarks>Handled like <see cref="SetRequest"/>: the change carries the off value.</remarks>
/// <param name="Change">
/// The typed change: <see cref="LocalEchoChange"/>, <see cref="LoggingChange"/> or <see cref="CrlfChange"/> with
/// false, or <see cref="LogFileChange"/> with a null path (close the log).
/// </param>
internal sealed record UnsetRequest(SettingChange Change) : CommandRequest;
