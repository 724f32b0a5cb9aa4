using System.Text;
using BenchmarkDotNet.Attributes;
using TelnetLite.Core.Logging;

namespace TelnetLite.Benchmarks;

/// <summary>Escaping lines for the session log, once per line sent or received: Op/s is lines per second.</summary>
[Config(typeof(ThroughputConfig))]
public class LogTextEscaperBenchmarks
{
    private const int LineCount = 8;

    private byte[][] _lines = [];

    [GlobalSetup]
    public void Setup()
    {
        _lines =
        [
            Encoding.ASCII.GetBytes("220 mail1.fabrikam.com Microsoft ESMTP MAIL Service ready at Sun, 29 Nov 2026 06:00:00 +0000"),
            Encoding.ASCII.GetBytes("EHLO contoso.com"),
            Encoding.ASCII.GetBytes("250-SIZE 10240000"),
            Encoding.ASCII.GetBytes("550 5.1.1 <kate@mail1.fabrikam.test>: Recipient address rejected: User unknown in local recipient table"),
            Encoding.ASCII.GetBytes("MAIL FROM:<chris@contoso.com>\tSIZE=1024\b\b"),
            Encoding.UTF8.GetBytes("Subject: Grüße aus Köln – ein Test"),
            [0x48, 0x69, 0xFF, 0xFE, 0x20, 0xC3, 0x28, 0x5C, 0x0D],
            Encoding.ASCII.GetBytes("This is a test message"),
        ];
        if (_lines.Length != LineCount) throw new InvalidOperationException($"expected {LineCount} lines");
    }

    [Benchmark(OperationsPerInvoke = LineCount)]
    public int EscapeLines()
    {
        var length = 0;
        foreach (var line in _lines) length += LogTextEscaper.Escape(line).Length;
        return length;
    }
}
