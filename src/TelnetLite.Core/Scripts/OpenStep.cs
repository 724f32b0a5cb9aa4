namespace TelnetLite.Core.Scripts;

/// <summary><c>!open host [port]</c>: connect, as classic telnet's <c>open</c> does.</summary>
/// <param name="Port">1 to 65535, or null for the runner's default (25).</param>
public sealed record OpenStep(int LineNumber, string Host, int? Port) : SmtpScriptStep(LineNumber);
