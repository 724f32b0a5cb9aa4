using System.Diagnostics;
using System.Globalization;

namespace TelnetLite.Tests.Support;

/// <summary>
/// A tiny tmpfs mounted on a folder of its own, so a test can fill a disk for real (Linux, with the right to mount:
/// root or CAP_SYS_ADMIN). <see cref="Probe"/> tells once whether this machine allows it, and why not.
/// </summary>
internal sealed class SmallFilesystem : IDisposable
{
    private static readonly Lazy<string?> WhyNot = new(ProbeOnce);

    private SmallFilesystem(string path) => Path = path;

    /// <summary>The mount point; files written here fill the small filesystem.</summary>
    public string Path { get; }

    /// <summary>Null when a small filesystem can be mounted here, else the reason it cannot (for a skip).</summary>
    public static string? Probe => WhyNot.Value;

    /// <summary>Mounts a tmpfs of <paramref name="kilobytes"/> on a new folder under the temp folder.</summary>
    public static SmallFilesystem Mount(int kilobytes)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "telnetlite-fullfs-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        if (Run("mount", "-t", "tmpfs", "-o", string.Create(CultureInfo.InvariantCulture, $"size={kilobytes}k,mode=0777"), "tmpfs", path) is { } failure)
        {
            Directory.Delete(path);
            throw new InvalidOperationException(failure);
        }
        return new SmallFilesystem(path);
    }

    public void Dispose()
    {
        // Lazy unmount: a file a crashed child still holds open cannot keep the mount behind.
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Still busy: the temp folder's own cleaning will take it.
        }
    }

    private static string? ProbeOnce()
    {
        if (!OperatingSystem.IsLinux()) return "a small tmpfs for a full disk needs Linux";
        try
        {
            using var probe = Mount(16);
            File.WriteAllText(System.IO.Path.Combine(probe.Path, "probe"), "ok");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            return $"this machine does not let the tests mount a small tmpfs to fill ({e.Message.Trim()}); run as root or with CAP_SYS_ADMIN";
        }
    }

    /// <returns>Null on success, else what the command said.</returns>
    private static string? Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(30_000))
        {
            process.Kill();
            return $"{program} did not finish";
        }
        return process.ExitCode == 0 ? null : $"{program} exited {process.ExitCode}: {error.Result.Trim()}";
    }
}
