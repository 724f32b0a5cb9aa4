namespace TelnetLite.Core.Smtp;

/// <summary>One EHLO keyword with its parameters, e.g. <c>SIZE 36700160</c> or <c>AUTH LOGIN PLAIN</c>.</summary>
/// <param name="Keyword">Upper-cased keyword (<c>AUTH=LOGIN</c> gives <c>AUTH</c>).</param>
/// <param name="Parameters">The words after the keyword, as sent.</param>
/// <param name="Line">The line's text as received.</param>
public sealed record SmtpCapability(string Keyword, IReadOnlyList<string> Parameters, string Line);
