using System.Net.Sockets;
using System.Threading.Channels;
using TelnetLite.Core.Telnet;
using TelnetLite.Core.Text;

namespace TelnetLite.Core.Session;

/// <summary>One connection of a <see cref="TelnetSession"/>: its stream, read and write loops, Telnet layer and counters.</summary>
/// <remarks>
/// The read loop is the only reader of the stream and the one place received bytes are cut into lines. It hands each
/// read to the dispatcher and waits until every subscriber has handled it before reading again (back-pressure, and the
/// log before the next read). <see cref="_gate"/> keeps the Telnet layer, the line cutter and the order of posts
/// consistent between the read loop and the idle timer, which flushes a prompt that has no line end.
/// </remarks>
internal sealed class SessionConnection
{
    private readonly TelnetSession _session;
    private readonly TelnetProtocol _protocol;
    private readonly Socket? _socket;
    private readonly ReceivedLineAssembler _lines = new();
    private readonly LongLineWatch _longLines = new();
    private bool _longLineNoted;
    private readonly Lock _gate = new();
    // Held by each write and by a stream switch, so a handshake never interleaves with a write.
    private readonly SemaphoreSlim _streamInUse = new(1, 1);
    private readonly Channel<(byte[] Bytes, TaskCompletionSource<bool>? Written)> _outgoing =
        Channel.CreateUnbounded<(byte[], TaskCompletionSource<bool>?)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly ITimer _idleTimer;
    private Stream _stream;
    private StreamSwitch? _switch;
    private int _closedFlag;
    private volatile bool _localClose;
    private Task _readLoop = Task.CompletedTask;
    private Task _writeLoop = Task.CompletedTask;
    private long _bytesIn;
    private long _bytesOut;
    private DateTimeOffset _lastReceived;
    private bool _gap;
    // True only while the read loop waits in ReadAsync: the idle timer may flush a prompt then, never while a read is
    // being delivered (a slow log or a starved machine is not a silent server, and a line cut there would be split).
    private bool _awaitingRead;

    public SessionConnection(TelnetSession session, ConnectionTransport transport, TelnetProtocol protocol, DateTimeOffset since)
    {
        _session = session;
        _protocol = protocol;
        _stream = transport.Stream;
        _socket = transport.Socket;
        Since = since;
        _idleTimer = session.Time.CreateTimer(_ => OnIdle(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public DateTimeOffset Since { get; }
    public bool IsOpen => Volatile.Read(ref _closedFlag) == 0;
    public long BytesIn => Interlocked.Read(ref _bytesIn);
    public long BytesOut => Interlocked.Read(ref _bytesOut);
    public TaskCompletionSource ClosedDelivered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool TelnetEnabled
    {
        get
        {
            lock (_gate) return _protocol.Enabled;
        }
    }

    /// <param name="startWith">A switch to make before the first read (TLS from the first byte); writes wait for it.</param>
    public void Start(StreamSwitch? startWith = null)
    {
        // Taken before either loop runs, so nothing is written in clear before the switch.
        if (startWith is not null) _streamInUse.Wait();
        SendReplies();
        _readLoop = Task.Run(() => ReadLoopAsync(startWith));
        _writeLoop = Task.Run(WriteLoopAsync);
    }

    public void SetMode(TelnetMode mode)
    {
        lock (_gate) _protocol.SetMode(mode);
    }

    public void SetTerminalType(string terminalType)
    {
        lock (_gate) _protocol.TerminalType = terminalType;
    }

    public void SetWindowSize(int columns, int rows)
    {
        if (!IsOpen) return;
        lock (_gate) _protocol.SetWindowSize(columns, rows);
        SendReplies();
    }

    public byte[] Encode(ReadOnlySpan<byte> data)
    {
        lock (_gate) return _protocol.Encode(data);
    }

    public byte[] EncodeAction(TelnetSendAction action, byte escapeCharacter)
    {
        lock (_gate) return _protocol.EncodeAction(action, escapeCharacter);
    }

    public void ArmSwitch(StreamSwitch streamSwitch)
    {
        lock (_gate) _switch = streamSwitch;
    }

    public async Task<bool> WriteAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        var written = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_outgoing.Writer.TryWrite((bytes, written))) return false;
        return await written.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> WriteUrgentAsync(byte value, CancellationToken cancellationToken)
    {
        // Let everything queued before it leave first, so the mark lands after the IAC.
        await WriteAsync([], cancellationToken).ConfigureAwait(false);
        if (_socket is null) return false;
        try
        {
            await _socket.SendAsync(new[] { value }, SocketFlags.OutOfBand, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _bytesOut);
            return true;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return false;
        }
    }

    public async Task CloseAsync()
    {
        _localClose = true;
        _outgoing.Writer.TryComplete();
        // Let queued lines (QUIT) leave before the FIN.
        await _writeLoop.ConfigureAwait(false);
        try
        {
            if (_socket is { Connected: true }) _socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already gone: nothing left to say politely.
        }
        catch (ObjectDisposedException)
        {
            // Closed by the read loop in the meantime.
        }
        await _stop.CancelAsync().ConfigureAwait(false);
        await _readLoop.ConfigureAwait(false);
    }

    /// <summary>Queues the Telnet layer's pending answers; never waits, so the read loop can call it.</summary>
    private void SendReplies()
    {
        byte[] replies;
        lock (_gate) replies = _protocol.TakeReplies();
        if (replies.Length > 0) _outgoing.Writer.TryWrite((replies, null));
    }

    private async Task ReadLoopAsync(StreamSwitch? startWith)
    {
        var buffer = new byte[TelnetSession.ReadBufferSize];
        var reason = CloseReason.RemoteClosed;
        string? detail = null;
        try
        {
            if (startWith is not null && !await SwitchAsync(startWith, 0, alreadyHeld: true).ConfigureAwait(false))
            {
                (reason, detail) = (CloseReason.Lost, "the TLS handshake failed");
                Finish(reason, detail);
                return;
            }
            while (true)
            {
                lock (_gate) _awaitingRead = true;
                var read = await _stream.ReadAsync(buffer, _stop.Token).ConfigureAwait(false);
                if (read == 0) break;
                Interlocked.Add(ref _bytesIn, read);
                var (delivered, fired, discarded) = Receive(buffer.AsSpan(0, read));
                SendReplies();
                await delivered.ConfigureAwait(false);
                if (fired is not null && !await SwitchAsync(fired, discarded, alreadyHeld: true).ConfigureAwait(false))
                {
                    (reason, detail) = (CloseReason.Lost, "the TLS handshake failed");
                    break;
                }
                _idleTimer.Change(_session.Idle, Timeout.InfiniteTimeSpan);
            }
        }
        catch (OperationCanceledException)
        {
            reason = CloseReason.LocalClosed;
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            reason = CloseReason.Lost;
            detail = (e.InnerException as SocketException)?.Message ?? e.Message;
        }
        if (_localClose) (reason, detail) = (CloseReason.LocalClosed, null);
        Finish(reason, detail);
    }

    /// <summary>
    /// Runs one read through the Telnet layer and the line cutter and posts its events, all under the gate so the idle
    /// timer's posts keep their order; returns the delivery to wait for, and an armed switch that fired on a line.
    /// </summary>
    private (Task Delivered, StreamSwitch? Fired, int Discarded) Receive(ReadOnlySpan<byte> chunk)
    {
        lock (_gate)
        {
            _awaitingRead = false;
            var (data, echoChanged) = _protocol.Receive(chunk);
            var serverEchoes = _protocol.RemoteEcho;
            StreamSwitch? fired = null;
            var discarded = 0;
            IReadOnlyList<ReceivedLine> lines;
            if (_switch is not null && data.Length > 0)
            {
                (lines, fired, discarded) = CutWatchingSwitch(data);
                if (discarded > 0) data = data[..^discarded];
                // From the trigger line on, nothing may be written in clear: a line sent in answer to the 220 (the
                // pacer wakes on it) waits for the handshake. Held before the line is delivered to anyone.
                if (fired is not null) _streamInUse.Wait();
            }
            else if (data.Length > 0 && !_session.LinesWanted())
            {
                // Nobody reads lines now (plain output without log, assistant or transcript): a flood is not cut at all.
                _lines.Skip(data);
                _gap = true;
                lines = [];
            }
            else
            {
                lines = data.Length > 0 ? _lines.Feed((ReadOnlyMemory<byte>)data) : [];
            }
            var afterGap = _gap && lines.Count > 0;
            if (afterGap) _gap = false;
            var now = _session.Now;
            if (data.Length > 0) _lastReceived = now;
            var delivered = _session.Dispatcher.DeliverAsync(
                LongLineNote(data, now),
                data.Length > 0 ? new DataReceivedEvent(now, data) : null,
                lines.Count > 0 ? new LinesReceivedEvent(now, lines, afterGap) : null,
                echoChanged ? new RemoteEchoChangedEvent(now, serverEchoes) : null,
                new ReadDeliveredEvent(now));
            return (delivered, fired, discarded);
        }
    }

    /// <summary>
    /// Says once per connection, before the first piece is shown, that a line longer than the maximum is shown and
    /// logged in pieces; a few backward scans per read (<see cref="LongLineWatch"/>), whether lines are cut or not.
    /// </summary>
    private NoteEvent? LongLineNote(byte[] data, DateTimeOffset now)
    {
        if (_longLineNoted || data.Length == 0) return null;
        ReadOnlySpan<byte> rest = data;
        while (true)
        {
            var cut = _longLines.NextCut(rest, out var startsLongLine);
            if (cut < 0) return null;
            if (startsLongLine)
            {
                _longLineNoted = true;
                const int max = ReceivedLineAssembler.DefaultMaxLineLength;
                return new NoteEvent(now, NoteKind.Warning,
                    $"The server sent a line longer than {max / 1024} KiB ({max} bytes) without a line end: it is shown and logged in pieces of {max / 1024} KiB.");
            }
            rest = rest[cut..];
        }
    }

    /// <summary>Cuts line by line while a switch is armed, so the bytes after its trigger line can be told apart.</summary>
    private (IReadOnlyList<ReceivedLine> Lines, StreamSwitch? Fired, int Discarded) CutWatchingSwitch(byte[] data)
    {
        var lines = new List<ReceivedLine>();
        var offset = 0;
        while (offset < data.Length && _switch is { } armed)
        {
            var lf = Array.IndexOf(data, (byte)'\n', offset);
            var end = lf < 0 ? data.Length : lf + 1;
            foreach (var line in _lines.Feed(data.AsMemory(offset, end - offset)))
            {
                lines.Add(line);
                var verdict = armed.Trigger?.Invoke(line) ?? StreamSwitchVerdict.SwitchAfterThisLine;
                if (verdict == StreamSwitchVerdict.Wait) continue;
                _switch = null;
                if (verdict == StreamSwitchVerdict.SwitchAfterThisLine) return (lines, armed, data.Length - end);
            }
            offset = end;
        }
        if (offset < data.Length) lines.AddRange(_lines.Feed(data.AsMemory(offset)));
        return (lines, null, 0);
    }

    private async Task<bool> SwitchAsync(StreamSwitch fired, int discarded, bool alreadyHeld)
    {
        // Whatever was cut of an unfinished line belongs to the plaintext that is now over.
        lock (_gate) _lines.TakePartial();
        if (discarded > 0) fired.Discarded?.Invoke(discarded);
        if (!alreadyHeld) await _streamInUse.WaitAsync(_stop.Token).ConfigureAwait(false);
        try
        {
            if (await fired.Replace(_stream, _stop.Token).ConfigureAwait(false) is not { } replaced) return false;
            _stream = replaced;
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !_stop.IsCancellationRequested)
        {
            fired.Failed?.Invoke(e);
            return false;
        }
        finally
        {
            _streamInUse.Release();
        }
    }

    private async Task WriteLoopAsync()
    {
        await foreach (var (bytes, written) in _outgoing.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await _streamInUse.WaitAsync(_stop.Token).ConfigureAwait(false);
                try
                {
                    await _stream.WriteAsync(bytes, _stop.Token).ConfigureAwait(false);
                    await _stream.FlushAsync(_stop.Token).ConfigureAwait(false);
                }
                finally
                {
                    _streamInUse.Release();
                }
                Interlocked.Add(ref _bytesOut, bytes.Length);
                written?.TrySetResult(true);
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
            {
                written?.TrySetResult(false);
            }
        }
    }

    /// <summary>
    /// Posts the unfinished line (a prompt) as a line of its own, stamped when its last bytes arrived, before whatever is
    /// posted next; false when there was none. The line that answers a prompt, or a log about to close, comes after it.
    /// </summary>
    public bool FlushPartialLine()
    {
        lock (_gate)
        {
            if (_lines.TakePartial() is not { } partial) return false;
            _session.Post(new LinesReceivedEvent(_lastReceived, [partial]));
            return true;
        }
    }

    private void OnIdle()
    {
        if (!IsOpen) return;
        lock (_gate)
        {
            if (!_awaitingRead) return;
            if (BytesWaiting())
            {
                // Bytes are in the kernel already: the read loop is only late in taking them, the server is not silent.
                _idleTimer.Change(_session.Idle, Timeout.InfiniteTimeSpan);
                return;
            }
            var held = _protocol.FlushPending();
            var lines = new List<ReceivedLine>();
            var now = _session.Now;
            if (held.Length > 0)
            {
                _lastReceived = now;
                lines.AddRange(_lines.Feed((ReadOnlyMemory<byte>)held));
            }
            if (_lines.TakePartial() is { } partial) lines.Add(partial);
            _ = _session.Dispatcher.DeliverAsync(
                held.Length > 0 ? new DataReceivedEvent(now, held) : null,
                lines.Count > 0 ? new LinesReceivedEvent(_lastReceived, lines) : null,
                new ReceiveIdleEvent(now));
        }
    }

    private bool BytesWaiting()
    {
        try
        {
            return _socket is { Available: > 0 };
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return false;
        }
    }

    private void Finish(CloseReason reason, string? detail)
    {
        if (Interlocked.Exchange(ref _closedFlag, 1) != 0) return;
        _idleTimer.Dispose();
        _outgoing.Writer.TryComplete();
        // Fail writes still queued: nobody will send them now.
        while (_outgoing.Reader.TryRead(out var pending)) pending.Written?.TrySetResult(false);
        lock (_gate)
        {
            // The unfinished last line (a prompt, a reply cut by a reset) is still something the server said.
            if (_lines.TakePartial() is { } rest) _session.Post(new LinesReceivedEvent(_lastReceived, [rest]));
        }
        _stream.Dispose();
        _socket?.Dispose();
        _session.OnClosed(this, reason, detail);
    }
}
