namespace TelnetLite.Core.Tls;

/// <summary>Passes everything through to the connection, keeping a copy of the first bytes the server sends during
/// the handshake, so a failed handshake can be explained by what actually arrived (a <c>220</c> greeting, a TLS alert).</summary>
/// <remarks>Recording stops at <see cref="StopRecording"/> or after <see cref="Limit"/> bytes; after that it is a plain
/// pass-through. Does not own the inner stream.</remarks>
internal sealed class HandshakeRecordingStream(Stream inner) : Stream
{
    /// <summary>Enough for a greeting, an alert or a ServerHello with its certificates' first records.</summary>
    public const int Limit = 16 * 1024;

    private readonly MemoryStream _received = new();
    private bool _recording = true;

    /// <summary>The bytes received while recording.</summary>
    public ReadOnlySpan<byte> Received => _received.GetBuffer().AsSpan(0, (int)_received.Length);

    /// <summary>True when the server closed its side while recording (a read returned 0).</summary>
    public bool SawEndOfStream { get; private set; }

    public void StopRecording()
    {
        _recording = false;
        _received.SetLength(0);
        _received.Capacity = 0;
    }

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Keep(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override int Read(Span<byte> buffer) => Keep(buffer[..inner.Read(buffer)]);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Keep(buffer.Span[..read]);
    }

    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        inner.WriteAsync(buffer, offset, count, cancellationToken);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(buffer, cancellationToken);

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    // The inner stream is the caller's: only the copy is ours.
    protected override void Dispose(bool disposing)
    {
        if (disposing) _received.Dispose();
        base.Dispose(disposing);
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    private int Keep(ReadOnlySpan<byte> read)
    {
        if (!_recording) return read.Length;
        if (read.Length == 0) SawEndOfStream = true;
        var room = Limit - (int)_received.Length;
        if (room > 0) _received.Write(read[..Math.Min(room, read.Length)]);
        return read.Length;
    }
}
