using System.Net;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Session;
using TelnetLite.Core.Tls;

namespace TelnetLite.Cli;

/// <summary>What the user asked for on the command line for an interactive or piped session.</summary>
internal sealed record StartOptions
{
    public OpenRequest? Target { get; init; }
    public string? LogFile { get; init; }
    public string? Escape { get; init; }
    public bool LocalEcho { get; init; }
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);
    public AddressFamilyPreference Family { get; init; }
    public IPAddress? BindAddress { get; init; }
    public bool Plain { get; init; }
    public bool RawOutput { get; init; }
    public bool Annotate { get; init; }
    public bool Pipeline { get; init; }
    public TimeSpan IdleExit { get; init; } = TimeSpan.FromSeconds(2);
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(30);
    public bool Demo { get; init; }
    public bool DemoRequireAuth { get; init; }
    public string? DemoMailbox { get; init; }
    public bool SmokeTest { get; init; }
    public TlsChoice Tls { get; init; }
    public bool Insecure { get; init; }
    public string? CaFile { get; init; }
    public string? PasswordFile { get; init; }
    public IPEndPoint? DnsServer { get; init; }
}
