using System.Globalization;

namespace TelnetLite.Tests.Support;

/// <summary>
/// Follows a child process's peak resident memory (VmHWM in <c>/proc/PID/status</c>, Linux only) while it runs.
/// </summary>
/// <remarks>
/// VmHWM is the kernel's own high-water mark, so a sample taken late still holds every earlier peak: a test reads
/// it with <see cref="Sample"/> while the process still runs (after the load it wants to measure), and the sampler
/// keeps the last value seen in case the process ends first.
/// </remarks>
internal sealed class PeakMemory : IAsyncDisposable
{
    public const string LinuxOnly = "peak memory is read from /proc/PID/status, which only Linux has";

    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _peakKilobytes;

    private PeakMemory(int pid)
    {
        _pid = pid;
        _sampler = Task.Run(SampleAsync);
    }

    /// <summary>Starts following <paramref name="pid"/>.</summary>
    public static PeakMemory Follow(int pid)
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException(LinuxOnly);
        return new PeakMemory(pid);
    }

    /// <summary>The highest peak read so far, in megabytes (MiB).</summary>
    public double PeakMegabytes => Interlocked.Read(ref _peakKilobytes) / 1024.0;

    /// <summary>Reads the peak once more now (call before stopping the process).</summary>
    public double Sample()
    {
        if (ReadHighWaterMark(_pid) is { } kilobytes) Remember(kilobytes);
        return PeakMegabytes;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        _stop.Dispose();
    }

    /// <summary>
    /// The first child of <paramref name="parentPid"/> whose command line holds <paramref name="commandContains"/>
    /// (the UI under tmux runs as a child of the pane's shell); null while there is none.
    /// </summary>
    public static int? FindChild(int parentPid, string commandContains)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                // The parent is the fourth field of stat, after the name in parentheses (which may hold spaces).
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1], CultureInfo.InvariantCulture) != parentPid) continue;
                var command = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ');
                if (command.Contains(commandContains, StringComparison.Ordinal)) return pid;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // Gone between listing and reading.
            }
        }
        return null;
    }

    /// <summary>VmHWM of <paramref name="pid"/> in kB; null once the process is gone.</summary>
    public static long? ReadHighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var number = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(number, CultureInfo.InvariantCulture);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process ended between two samples.
        }
        return null;
    }

    private void Remember(long kilobytes)
    {
        long seen;
        while (kilobytes > (seen = Interlocked.Read(ref _peakKilobytes)) && Interlocked.CompareExchange(ref _peakKilobytes, kilobytes, seen) != seen)
        {
        }
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Sample();
            try
            {
                await Task.Delay(50, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
