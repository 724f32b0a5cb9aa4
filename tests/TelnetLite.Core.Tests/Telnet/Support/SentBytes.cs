using System.Buffers;
using TelnetLite.Core.Telnet;

namespace TelnetLite.Core.Tests.Telnet.Support;

/// <summary>An output buffer for the negotiator that reads back what was sent through a parser, as recorded events.</summary>
internal sealed class SentBytes : IBufferWriter<byte>
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public byte[] Bytes => _buffer.WrittenSpan.ToArray();

    public IReadOnlyList<string> Events
    {
        get
        {
            var handler = new RecordingParserHandler();
            new TelnetParser(TelnetMode.Telnet, 23).Feed(_buffer.WrittenSpan, handler);
            return handler.Events;
        }
    }

    public void Clear() => _buffer.Clear();

    public void Advance(int count) => _buffer.Advance(count);

    public Memory<byte> GetMemory(int sizeHint = 0) => _buffer.GetMemory(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => _buffer.GetSpan(sizeHint);
}
