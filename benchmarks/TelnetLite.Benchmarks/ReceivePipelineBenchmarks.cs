using System.Buffers;
using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using TelnetLite.Core.Logging;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Telnet;
using TelnetLite.Core.Text;

namespace TelnetLite.Benchmarks;

/// <summary>
/// Each stage a received chunk passes, alone, over the flood the comparison with nc uses (66-byte lines,
/// <c>250-</c> and 60 × <c>x</c>) read 64 KiB at a time: Op/s is lines per second. Together they show where a
/// flood's time goes; <c>benchmarks/compare.sh</c> measures the whole process against nc and telnet.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class ReceivePipelineBenchmarks
{
    private const int LineLength = 66;
    private const int Chunk = TelnetSession.ReadBufferSize;
    private const int Chunks = 16;
    private const int Lines = Chunk * Chunks / LineLength;

    private byte[][] _chunks = [];
    private IReadOnlyList<ReceivedLine>[] _cut = [];
    private readonly ArrayBufferWriter<byte> _output = new(Chunk * 2);
    private readonly DateTimeOffset _time = new(2026, 11, 29, 6, 0, 0, TimeSpan.Zero);
    private string _logPath = "";

    [GlobalSetup]
    public void Setup()
    {
        var line = Encoding.ASCII.GetBytes("250-" + new string('x', 60) + "\r\n");
        var flood = new byte[Chunk * Chunks];
        for (var i = 0; i < flood.Length; i++) flood[i] = line[i % LineLength];
        _chunks = Enumerable.Range(0, Chunks).Select(i => flood.AsSpan(i * Chunk, Chunk).ToArray()).ToArray();
        var assembler = new ReceivedLineAssembler();
        _cut = _chunks.Select(chunk => assembler.Feed((ReadOnlyMemory<byte>)chunk)).ToArray();
        _logPath = Path.Combine(Path.GetTempPath(), $"telnetlite-bench-{Environment.ProcessId}.log");
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_logPath);

    [Benchmark(OperationsPerInvoke = Lines)]
    public int TelnetLayer()
    {
        var protocol = new TelnetProtocol(TelnetMode.Auto, 2525, "DUMB");
        var total = 0;
        foreach (var chunk in _chunks) total += protocol.Receive(chunk).Data.Length;
        return total;
    }

    [Benchmark(OperationsPerInvoke = Lines)]
    public int CutLines()
    {
        var assembler = new ReceivedLineAssembler();
        var total = 0;
        foreach (var chunk in _chunks) total += assembler.Feed((ReadOnlyMemory<byte>)chunk).Count;
        return total;
    }

    [Benchmark(OperationsPerInvoke = Lines)]
    public int Assistant()
    {
        var assistant = new SmtpAssistant(2525, SmtpAnnotator.Annotate);
        assistant.Observe(new ConnectedEvent(_time, "flood", 2525, new IPEndPoint(IPAddress.Loopback, 2525), new IPEndPoint(IPAddress.Loopback, 50000)));
        var said = 0;
        foreach (var lines in _cut) said += assistant.Observe(new LinesReceivedEvent(_time, lines)).Count;
        return said;
    }

    [Benchmark(OperationsPerInvoke = Lines)]
    public long ScreenText()
    {
        var writer = new TerminalSafeWriter();
        long total = 0;
        foreach (var chunk in _chunks)
        {
            writer.Write(chunk, _output);
            total += _output.WrittenCount;
            _output.ResetWrittenCount();
        }
        return total;
    }

    [Benchmark(OperationsPerInvoke = Lines)]
    public void Log()
    {
        using var log = new SessionLog();
        log.Open(_logPath);
        foreach (var lines in _cut) log.OnSessionEvent(new LinesReceivedEvent(_time, lines));
    }
}
