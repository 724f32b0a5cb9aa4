namespace TelnetLite.Core.Commands;

/// <summary><c>open host [port]</c>: connect.</summary>
/// <remarks>
/// With no host (<c>open</c> alone) the controller asks for one: plain mode prompts <see cref="CommandInterpreter.OpenPrompt"/>
/// and passes the answer to <see cref="CommandInterpreter.ParseOpenTarget"/>; the TUI shows its Open dialog.
/// </remarks>
/// <param name="Host">A name or address, IPv6 without brackets; null when the user must be asked.</param>
/// <param name="Port">The port given (1 to 65535), or null for <see cref="DefaultPort"/>.</param>
public sealed record OpenRequest(string? Host, int? Port) : CommandRequest
{
    /// <summary>Telnet's port, used when none is given.</summary>
    public const int DefaultPort = 23;

    /// <summary>The port to connect to: the one given or <see cref="DefaultPort"/>.</summary>
    public int EffectivePort => Port ?? DefaultPort;
}
