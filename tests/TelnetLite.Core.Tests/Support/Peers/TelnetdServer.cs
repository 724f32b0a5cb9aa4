using System.Globalization;
using System.Security.Cryptography;

namespace TelnetLite.Core.Tests.Support.Peers;

/// <summary>
/// A real inetutils telnetd behind socat on a free loopback port (the recipe in /work/shared/docs/peers.md), with a
/// login user of its own: created with a random name and password when started, removed with its home when disposed,
/// after every process of the peer (socat, telnetd, login, the user's shell: one process tree) was stopped.
/// </summary>
internal sealed class TelnetdServer : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private readonly PeerDaemon _daemon;

    private TelnetdServer(PeerDaemon daemon, int port, string user, string password)
    {
        _daemon = daemon;
        Port = port;
        User = user;
        Password = password;
    }

    public int Port { get; }

    /// <summary>The login user the test made (a fresh name each time, so tests never share one).</summary>
    public string User { get; }

    /// <summary>Its password: letters, digits and punctuation, recognisable wherever it might leak.</summary>
    public string Password { get; }

    public static async Task<TelnetdServer> StartAsync()
    {
        PeerRequirements.Telnetd.EnsureAvailable();
        var user = "tl" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        var password = "Pw-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)) + "!";
        await RunAsync("useradd", ["-m", "-s", "/bin/bash", user]);
        try
        {
            await RunAsync("chpasswd", [], $"{user}:{password}\n");
            for (var attempt = 1; ; attempt++)
            {
                var port = FreePorts.Tcp();
                try
                {
                    // socat says nothing when it listens: -d -d makes it say so ("listening on").
                    var daemon = await PeerDaemon.StartAsync(ProgramLocator.Find("socat")!,
                    [
                        "-d", "-d", $"TCP-LISTEN:{port.ToString(CultureInfo.InvariantCulture)},bind=127.0.0.1,reuseaddr,fork",
                        $"EXEC:{ProgramLocator.Find("telnetd")},nofork",
                    ], "listening on");
                    return new TelnetdServer(daemon, port, user, password);
                }
                catch (InvalidOperationException e) when (attempt < StartAttempts && e.Message.Contains("in use", StringComparison.OrdinalIgnoreCase))
                {
                    // Another test took the port: try another.
                }
            }
        }
        catch
        {
            await RemoveUserAsync(user);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _daemon.DisposeAsync();
        await RemoveUserAsync(User);
    }

    private static async Task RemoveUserAsync(string user)
    {
        // The peer's processes (a shell left logged in among them) were stopped by id with the daemon; -f removes the
        // user even if one of them has not quite gone yet.
        await PeerProcess.RunAsync(ProgramLocator.Find("userdel")!, ["-f", "-r", user], TimeSpan.FromSeconds(30));
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, string? input = null)
    {
        var result = await PeerProcess.RunAsync(ProgramLocator.Find(program) ?? program, arguments, TimeSpan.FromSeconds(30), input);
        if (!result.Succeeded) throw new InvalidOperationException($"{program} failed: {result.Output}");
    }
}
