using System.Text;
using BenchmarkDotNet.Attributes;
using TelnetLite.Core.Telnet;

namespace TelnetLite.Benchmarks;

/// <summary>
/// The Telnet layer over 1 MiB fed in 8 KiB reads: Op/s is bytes per second. Mixed data is text with every kind of
/// Telnet sequence (escaped 255s, CR NUL, negotiations, subnegotiations, NOP); SMTP data is what a mail server sends,
/// passed through while auto-detection watches for a negotiation.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class TelnetParserBenchmarks
{
    private const int Size = 1 << 20;
    private const int ReadSize = 8192;

    private byte[] _mixed = [];
    private byte[] _smtp = [];

    [GlobalSetup]
    public void Setup()
    {
        byte[] iac = [255];
        var mixedPattern = Concat(
            Encoding.ASCII.GetBytes("Welcome to the host. Last login: Sun Nov 29 06:00:00 2026 from 127.0.0.1\r\n"),
            [255, 251, 1, 255, 251, 3, 255, 253, 24, 255, 253, 31],
            Encoding.ASCII.GetBytes("user@host:~$ ls -l\r\ntotal 8\r\n-rw-r--r-- 1 user user 255 Nov 29 notes.txt\r\n"),
            [255, 250, 24, 1, 255, 240],
            Encoding.UTF8.GetBytes("Grüße aus Köln\r"), [0], Encoding.ASCII.GetBytes("progress 50%"),
            [255, 255], iac, iac, [255, 241],
            Encoding.ASCII.GetBytes("\r\nuser@host:~$ "));
        var smtpPattern = Encoding.ASCII.GetBytes(
            "250-mail1.fabrikam.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-ENHANCEDSTATUSCODES\r\n250 CHUNKING\r\n" +
            "550 5.1.1 <kate@mail1.fabrikam.test>: Recipient address rejected: User unknown in local recipient table\r\n");
        _mixed = Repeat(mixedPattern, Size);
        _smtp = Repeat(smtpPattern, Size);
    }

    [Benchmark(OperationsPerInvoke = Size)]
    public long MixedTelnetData() => Parse(new TelnetParser(TelnetMode.Telnet, 23), _mixed);

    [Benchmark(OperationsPerInvoke = Size)]
    public long SmtpDataWithAutoDetection() => Parse(new TelnetParser(TelnetMode.Auto, 25), _smtp);

    private static long Parse(TelnetParser parser, byte[] data)
    {
        var handler = new CountingTelnetHandler();
        for (var offset = 0; offset < data.Length; offset += ReadSize)
            parser.Feed(data.AsSpan(offset, Math.Min(ReadSize, data.Length - offset)), handler);
        return handler.DataBytes + handler.Events;
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static byte[] Repeat(byte[] pattern, int size)
    {
        var data = new byte[size];
        for (var offset = 0; offset < size; offset += pattern.Length)
            pattern.AsSpan(0, Math.Min(pattern.Length, size - offset)).CopyTo(data.AsSpan(offset));
        return data;
    }
}
