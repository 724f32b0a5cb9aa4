using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Scripts;

/// <summary>Where a script runs, how long it waits, and the secret its <c>!auth</c> lines use.</summary>
/// <param name="Host">The server given on the command line (or the demo server's address); null to use the script's
/// <c>!open</c> lines. When set, it replaces the host and port of every <c>!open</c>.</param>
/// <param name="Port">The port used with <paramref name="Host"/> (default 25).</param>
public sealed record SmtpScriptRunOptions(string? Host = null, int Port = 25)
{
    /// <summary>The longest wait for the greeting or for the reply to a command; past it the run ends with exit code 4.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether connections start with TLS: <c>--tls</c> / <c>--no-tls</c> on the command line win over an
    /// <c>!open --tls</c>; <see cref="TlsChoice.ByPort"/> leaves it to the <c>!open</c> line, then to the port (465).</summary>
    public TlsChoice Tls { get; init; } = TlsChoice.ByPort;

    /// <summary>The password (or XOAUTH2 token) for every <c>!auth</c>, read before connecting (<c>--password-file</c>,
    /// <c>TELNETLITE_PASSWORD</c> or the terminal); null when none was found: a script with <c>!auth</c> then does not run.</summary>
    public string? Password { get; init; }

    /// <inheritdoc />
    /// <remarks>Never shows the password: options end up in test output and debugger views.</remarks>
    public override string ToString() =>
        $"SmtpScriptRunOptions {{ Host = {Host}, Port = {Port}, ReplyTimeout = {ReplyTimeout}, Tls = {Tls}, Password = {(Password is null ? "none" : "********")} }}";
}
