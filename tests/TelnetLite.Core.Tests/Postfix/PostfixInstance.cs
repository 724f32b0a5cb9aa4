using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Core.Tests.Support.Peers;

namespace TelnetLite.Core.Tests.Postfix;

/// <summary>
/// A private Postfix: its own config, queue and data directories in a temp folder, its own master daemon, smtpd on a
/// free loopback port. Started with <c>postfix -c DIR start</c>, stopped with <c>postfix -c DIR stop</c>; whatever is
/// left running after that is killed, and the folder is deleted.
/// </summary>
/// <remarks>Postfix allows any number of masters as long as each has its own queue and data directories (the master's
/// lock lives there), so instances of parallel runs never meet.</remarks>
internal sealed class PostfixInstance : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);

    private readonly string _postfix;
    private readonly X509Certificate2? _tlsCertificate;
    private readonly X509Certificate2[] _tlsChain;
    private bool _disposed;

    private PostfixInstance(string postfix, int port, X509Certificate2? tlsCertificate, X509Certificate2[] tlsChain)
    {
        _tlsCertificate = tlsCertificate;
        _tlsChain = tlsChain;
        _postfix = postfix;
        Port = port;
        Root = Path.Combine(Path.GetTempPath(), "telnetlite-postfix-" + Guid.NewGuid().ToString("N"));
    }

    /// <summary>The folder holding everything of this instance.</summary>
    public string Root { get; }

    public string ConfigDirectory => Path.Combine(Root, "config");

    public string LogFile => Path.Combine(Root, "maillog");

    /// <summary>The loopback port smtpd listens on (127.0.0.1 only).</summary>
    public int Port { get; }

    /// <summary>The master daemon's process id, once started.</summary>
    public int? MasterProcessId { get; private set; }

    private string QueueDirectory => Path.Combine(Root, "queue");

    private string DataDirectory => Path.Combine(Root, "data");

    /// <summary>Starts a new instance and returns once its smtpd has sent a greeting.</summary>
    /// <param name="tlsCertificate">With a certificate (and its key), smtpd offers STARTTLS with it; null: no TLS.</param>
    /// <param name="tlsChain">Certificates sent after it (intermediates), if any.</param>
    /// <remarks>The free port is chosen before Postfix binds it; another program may take it in between, so a start
    /// that failed on a port in use is tried again on another port.</remarks>
    public static async Task<PostfixInstance> StartAsync(X509Certificate2? tlsCertificate = null, params X509Certificate2[] tlsChain)
    {
        PeerRequirements.Postfix.EnsureAvailable();
        var postfix = ProgramLocator.Find("postfix")!;
        for (var attempt = 1; ; attempt++)
        {
            var instance = new PostfixInstance(postfix, FreeLoopbackPort(), tlsCertificate, tlsChain);
            try
            {
                if (await instance.TryStartAsync(mayRetryOnPortTaken: attempt < StartAttempts)) return instance;
            }
            catch
            {
                await instance.DisposeAsync();
                throw;
            }
            await instance.DisposeAsync();
        }
    }

    /// <summary>What Postfix logged so far, for failure messages.</summary>
    public string ReadLog() => File.Exists(LogFile) ? File.ReadAllText(LogFile) : "(no log written)";

    /// <summary>The master and every process it started (smtpd, qmgr, cleanup...) that still run.</summary>
    public IReadOnlyList<int> RunningProcesses()
    {
        if (MasterProcessId is not { } master || !LinuxProcesses.IsRunning(master)) return [];
        return [master, .. LinuxProcesses.ChildrenOf(master).Where(LinuxProcesses.IsRunning)];
    }

    /// <summary>Starts the instance; false when the master could not bind the port (someone took it after we let it go).</summary>
    private async Task<bool> TryStartAsync(bool mayRetryOnPortTaken)
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("Postfix is only run as a peer on Linux");
        // Postfix's daemons drop to the postfix user: the folders on the way to the queue must be traversable.
        Directory.CreateDirectory(Root);
        File.SetUnixFileMode(Root, DirectoryMode);
        Directory.CreateDirectory(ConfigDirectory);
        Directory.CreateDirectory(QueueDirectory);
        File.SetUnixFileMode(QueueDirectory, DirectoryMode);
        // data_directory is left to postfix-script, which creates it owned by mail_owner as the master requires.
        PostfixTlsFiles? tls = null;
        if (_tlsCertificate is not null)
        {
            tls = new PostfixTlsFiles(Path.Combine(ConfigDirectory, "smtpd-cert.pem"), Path.Combine(ConfigDirectory, "smtpd-key.pem"));
            TestCertificates.WritePem(_tlsCertificate, tls.CertificateFile, tls.KeyFile, _tlsChain);
        }
        await File.WriteAllTextAsync(Path.Combine(ConfigDirectory, "main.cf"),
            PostfixConfiguration.MainCf(QueueDirectory, DataDirectory, LogFile, Root, tls));
        await File.WriteAllTextAsync(Path.Combine(ConfigDirectory, "master.cf"), PostfixConfiguration.MasterCf(Port, tls is not null));

        var started = await PeerProcess.RunAsync(_postfix, ["-c", ConfigDirectory, "start"], CommandTimeout);
        MasterProcessId = FindMaster();
        if (!started.Succeeded)
        {
            var log = ReadLog();
            if (mayRetryOnPortTaken && log.Contains("Address already in use", StringComparison.Ordinal)) return false;
            throw new InvalidOperationException(
                $"postfix -c {ConfigDirectory} start failed (exit {started.ExitCode}):\n{started.Output}\nmaillog:\n{log}");
        }
        await WaitForGreetingAsync();
        return true;
    }

    private async Task WaitForGreetingAsync()
    {
        using var deadline = new CancellationTokenSource(ReadyTimeout);
        Exception? last = null;
        while (!deadline.IsCancellationRequested)
        {
            try
            {
                using var client = new TcpClient(AddressFamily.InterNetwork);
                await client.ConnectAsync(IPAddress.Loopback, Port, deadline.Token);
                var stream = client.GetStream();
                var greeting = await ReadLineAsync(stream, deadline.Token);
                if (greeting.StartsWith("220 ", StringComparison.Ordinal))
                {
                    await stream.WriteAsync("QUIT\r\n"u8.ToArray(), deadline.Token);
                    return;
                }
                last = new InvalidOperationException($"unexpected greeting: {greeting}");
            }
            catch (Exception e) when (e is SocketException or IOException)
            {
                last = e;
            }
            catch (OperationCanceledException)
            {
                break;
            }
            await Task.Delay(50, CancellationToken.None);
        }
        throw new InvalidOperationException($"Postfix on 127.0.0.1:{Port} sent no greeting within {ReadyTimeout.TotalSeconds:0} s ({last?.Message}).\nmaillog:\n{ReadLog()}");
    }

    private static async Task<string> ReadLineAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        var buffer = new byte[1];
        while (await stream.ReadAsync(buffer, cancellationToken) == 1 && buffer[0] != (byte)'\n') line.Append((char)buffer[0]);
        return line.ToString().TrimEnd('\r');
    }

    /// <summary>The master daemon: the process named master whose working directory is this queue.</summary>
    /// <remarks>Not read from pid/master.pid: the master holds an flock on it, which makes .NET refuse to open it.</remarks>
    private int? FindMaster() => LinuxProcesses.FindByWorkingDirectory("master", QueueDirectory);

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        MasterProcessId ??= FindMaster();
        if (MasterProcessId is { } master && LinuxProcesses.IsRunning(master))
        {
            var daemons = RunningProcesses();
            // postfix stop waits up to five seconds for the master, then kills its process group.
            await PeerProcess.RunAsync(_postfix, ["-c", ConfigDirectory, "stop"], CommandTimeout);
            await KillSurvivorsAsync(daemons);
        }
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    /// <summary>Whatever outlived <c>postfix stop</c> is killed, so no test run leaves a daemon behind.</summary>
    private static async Task KillSurvivorsAsync(IReadOnlyList<int> daemons)
    {
        using var deadline = new CancellationTokenSource(ExitTimeout);
        while (daemons.Any(LinuxProcesses.IsRunning) && !deadline.IsCancellationRequested)
        {
            await Task.Delay(50, CancellationToken.None);
        }
        foreach (var pid in daemons.Where(LinuxProcesses.IsRunning))
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                process.Kill(entireProcessTree: true);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // It ended between the check and the kill.
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
