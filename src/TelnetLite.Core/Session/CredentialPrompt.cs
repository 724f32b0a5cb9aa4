namespace TelnetLite.Core.Session;

/// <summary>What the <c>auth</c> helper asks a front end for: a user name, or a password or token (typed masked).</summary>
/// <param name="Label">Shown as the prompt: <c>user name</c>, <c>password for chris@contoso.com</c>.</param>
/// <param name="IsSecret">True for a password or token: never shown, kept in history or logged.</param>
public sealed record CredentialPrompt(string Label, bool IsSecret);
