namespace TelnetLite.Core.Auth;

/// <summary>What <see cref="PasswordLookup.Find"/> found.</summary>
/// <param name="Password">The password; null when none was given (ask the terminal) or when <paramref name="Error"/> is set.</param>
/// <param name="Origin">Where it came from, for messages: <c>--password-file FILE</c>, the environment variable, the terminal.</param>
/// <param name="Error">Why the password file cannot serve; null otherwise. The run then stops with exit 1 before connecting.</param>
/// <remarks><see cref="ToString"/> never shows the password.</remarks>
internal sealed record PasswordFound(string? Password, string Origin, string? Error)
{
    /// <summary>True when neither a file nor the environment gave one and no error stops the run: the terminal must be asked.</summary>
    public bool AskTerminal => Password is null && Error is null;

    /// <inheritdoc />
    public override string ToString() => $"PasswordFound {{ Password = {(Password is null ? "none" : "********")}, Origin = {Origin}, Error = {Error} }}";
}
