using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Telnet;

namespace TelnetLite.Core.Session;

/// <summary>
/// The session engine: one TCP connection at a time, a read loop, a write loop, and a dispatcher that feeds every
/// observer (screen, log, assistant) in order. The only part of TelnetLite that does network I/O.
/// </summary>
/// <remarks>
/// A session outlives its connections: <c>open</c>, <c>close</c>, <c>open</c> again reuse it, and observers stay
/// subscribed. Reading never waits on writing (outgoing bytes go through their own queue) nor on observers.
/// Nothing here throws on network failure: failures become <see cref="ClosedEvent"/>s and <see cref="ConnectFailure"/>s.
/// </remarks>
public sealed class TelnetSession : IAsyncDisposable
{
    private static readonly TimeSpan IdleInterval = TimeSpan.FromMilliseconds(500);
    private readonly TimeProvider _time;
    private readonly SessionDispatcher _dispatcher = new();
    private Connection? _connection;
    private TelnetMode _telnetMode = TelnetMode.Auto;
    private string _terminalType = TelnetNegotiator.DefaultTerminalType;
    private (int Columns, int Rows)? _windowSize;

    /// <summary>Creates a session with no connection.</summary>
    /// <param name="time">The clock for event times and the idle timer; the system clock when null.</param>
    public TelnetSession(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _dispatcher.ObserverFailed += (observer, e) =>
            Post(new NoteEvent(Now, NoteKind.Error, $"internal error in {observer.GetType().Name}, now switched off: {e.Message}"));
    }

    /// <summary>True while a connection is open.</summary>
    public bool IsConnected => _connection is { IsOpen: true };

    /// <summary>The host of the current or last connection, as given.</summary>
    public string? Host { get; private set; }

    /// <summary>The port of the current or last connection.</summary>
    public int Port { get; private set; }

    /// <summary>The address of the current or last connection.</summary>
    public IPEndPoint? RemoteEndPoint { get; private set; }

    /// <summary>When the current connection was established; null when not connected.</summary>
    public DateTimeOffset? ConnectedSince => IsConnected ? _connection?.Since : null;

    /// <summary>Bytes received on the current or last connection, before Telnet processing.</summary>
    public long BytesIn => _connection?.BytesIn ?? 0;

    /// <summary>Bytes sent on the current or last connection, after Telnet escaping.</summary>
    public long BytesOut => _connection?.BytesOut ?? 0;

    /// <summary><c>set mode</c>: Telnet processing on port 23 or after the server negotiates (auto), always, or never.</summary>
    /// <remarks>Applies to the live connection at once and to every later one.</remarks>
    public TelnetMode TelnetMode
    {
        get => _telnetMode;
        set
        {
            _telnetMode = value;
            _connection?.Protocol.SetMode(value);
        }
    }

    /// <summary>The terminal type answered to TERMINAL-TYPE (RFC 1091).</summary>
    public string TerminalType
    {
        get => _terminalType;
        set
        {
            _terminalType = value;
            if (_connection is { } connection) connection.Protocol.TerminalType = value;
        }
    }

    /// <summary>True while Telnet processing is on for the current connection.</summary>
    public bool TelnetProcessing => _connection is { IsOpen: true } connection && connection.Protocol.Enabled;

    /// <summary>Completes when the current connection has ended and its <see cref="ClosedEvent"/> was delivered.</summary>
    public Task Closed => _connection?.ClosedDelivered.Task ?? Task.CompletedTask;

    /// <summary>Subscribes an observer; it receives every event posted from now on.</summary>
    public void AddObserver(ISessionObserver observer) => _dispatcher.Add(observer);

    /// <summary>Unsubscribes an observer.</summary>
    public void RemoveObserver(ISessionObserver observer) => _dispatcher.Remove(observer);

    /// <summary>Posts an event of the caller's (a note, an annotation) so that it reaches observers in order with the session's own.</summary>
    public void Post(SessionEvent sessionEvent) => _dispatcher.Post(sessionEvent);

    /// <summary>Completes once every event posted so far has been delivered to every observer.</summary>
    public Task DrainAsync() => _dispatcher.DrainAsync();

    /// <summary>The current time as events carry it.</summary>
    public DateTimeOffset Now => _time.GetLocalNow();

    /// <summary>Connects, closing any current connection first.</summary>
    /// <returns>Null on success, else the failure with its cause (also never thrown).</returns>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<ConnectFailure?> ConnectAsync(ConnectRequest request, CancellationToken cancellationToken)
    {
        await CloseAsync().ConfigureAwait(false);
        // Counters and state belong to a connection: a failed attempt must not show the last one's.
        _connection = null;
        Host = request.Host;
        Port = request.Port;
        RemoteEndPoint = null;
        Post(new ConnectingEvent(Now, request.Host, request.Port));
        var outcome = await TcpConnector.ConnectAsync(request, cancellationToken).ConfigureAwait(false);
        if (outcome.Socket is not { } socket) return outcome.Failure;

        RemoteEndPoint = (IPEndPoint)socket.RemoteEndPoint!;
        var protocol = new TelnetProtocol(_telnetMode, request.Port, _terminalType);
        if (_windowSize is { } size) protocol.SetWindowSize(size.Columns, size.Rows);
        var connection = new Connection(this, socket, protocol, Now);
        _connection = connection;
        Post(new ConnectedEvent(connection.Since, request.Host, request.Port, RemoteEndPoint, (IPEndPoint)socket.LocalEndPoint!));
        connection.Start();
        return null;
    }

    /// <summary>Sends one line: posts <see cref="LineSentEvent"/>, then writes the line and its ending.</summary>
    /// <param name="line">The line as it goes on the wire, without line ending.</param>
    /// <param name="ending">CRLF, CR alone (<c>unset crlf</c>), or nothing.</param>
    /// <param name="secret">Credentials: logs redact it.</param>
    /// <param name="cancellationToken">Cancels waiting for the write.</param>
    /// <returns>False when there is no connection to send on.</returns>
    public Task<bool> SendLineAsync(string line, string ending, bool secret, CancellationToken cancellationToken) =>
        SendLineAsync(Encoding.UTF8.GetBytes(line), ending, secret, cancellationToken);

    /// <summary>Sends one line given as bytes (piped input that is not UTF-8 stays exactly as it was).</summary>
    /// <param name="line">The line's bytes, without line ending.</param>
    /// <param name="ending">CRLF, CR alone (<c>unset crlf</c>), or nothing.</param>
    /// <param name="secret">Credentials: logs redact it.</param>
    /// <param name="cancellationToken">Cancels waiting for the write.</param>
    /// <returns>False when there is no connection to send on.</returns>
    public async Task<bool> SendLineAsync(ReadOnlyMemory<byte> line, string ending, bool secret, CancellationToken cancellationToken)
    {
        var connection = _connection;
        if (connection is not { IsOpen: true }) return false;
        var bytes = line.ToArray();
        Post(new LineSentEvent(Now, bytes, secret));
        var encoded = connection.Protocol.Encode(bytes);
        var wire = new byte[encoded.Length + Encoding.ASCII.GetByteCount(ending)];
        encoded.CopyTo(wire, 0);
        Encoding.ASCII.GetBytes(ending, wire.AsSpan(encoded.Length));
        return await connection.WriteAsync(wire, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a Telnet command for <c>send ao|ayt|brk|esc|ip|synch</c>.</summary>
    /// <remarks>
    /// On a raw session (no Telnet processing) these are still sent as IAC sequences: the user asked for them by name.
    /// SYNCH's data mark goes as TCP urgent data, as RFC 854 requires.
    /// </remarks>
    public async Task<bool> SendTelnetCommandAsync(SendKind kind, char escapeCharacter, CancellationToken cancellationToken)
    {
        var connection = _connection;
        if (connection is not { IsOpen: true }) return false;
        var action = kind switch
        {
            SendKind.Ao => TelnetSendAction.AbortOutput,
            SendKind.Ayt => TelnetSendAction.AreYouThere,
            SendKind.Brk => TelnetSendAction.Break,
            SendKind.Esc => TelnetSendAction.Escape,
            SendKind.Ip => TelnetSendAction.InterruptProcess,
            SendKind.Synch => TelnetSendAction.Synch,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "text is sent with SendLineAsync"),
        };
        if (action == TelnetSendAction.Synch)
        {
            if (!await connection.WriteAsync([(byte)TelnetCommand.Iac], cancellationToken).ConfigureAwait(false)) return false;
            return await connection.WriteUrgentAsync((byte)TelnetCommand.Dm, cancellationToken).ConfigureAwait(false);
        }
        return await connection.WriteAsync(connection.Protocol.EncodeAction(action, (byte)escapeCharacter), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reports the terminal size; sent to the server by NAWS (RFC 1073) once it has agreed to it.</summary>
    public void SetWindowSize(int columns, int rows)
    {
        if (columns <= 0 || rows <= 0) return;
        _windowSize = (columns, rows);
        if (_connection is { IsOpen: true } connection)
        {
            connection.Protocol.SetWindowSize(columns, rows);
            connection.SendReplies();
        }
    }

    /// <summary>Sends bytes as they are (Telnet commands from <c>send</c>), with no event.</summary>
    public async Task<bool> SendRawAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var connection = _connection;
        if (connection is not { IsOpen: true }) return false;
        return await connection.WriteAsync(bytes.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the current connection politely (FIN after pending writes) and waits for its <see cref="ClosedEvent"/>.</summary>
    public async Task CloseAsync()
    {
        var connection = _connection;
        if (connection is null) return;
        await connection.CloseAsync().ConfigureAwait(false);
        await connection.ClosedDelivered.Task.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await CloseAsync().ConfigureAwait(false);
        await _dispatcher.DisposeAsync().ConfigureAwait(false);
    }

    private void OnClosed(Connection connection, CloseReason reason, string? detail)
    {
        Post(new ClosedEvent(Now, reason, detail));
        _dispatcher.DrainAsync().ContinueWith(_ => connection.ClosedDelivered.TrySetResult(), TaskScheduler.Default);
    }

    /// <summary>One TCP connection's loops and counters.</summary>
    private sealed class Connection
    {
        private readonly TelnetSession _session;
        private readonly Socket _socket;
        private readonly NetworkStream _stream;
        private readonly Channel<(byte[] Bytes, TaskCompletionSource<bool> Written)> _outgoing =
            Channel.CreateUnbounded<(byte[], TaskCompletionSource<bool>)>(new UnboundedChannelOptions { SingleReader = true });
        private readonly CancellationTokenSource _stop = new();
        private readonly ITimer _idleTimer;
        private int _closedFlag;
        private volatile bool _localClose;
        private Task _readLoop = Task.CompletedTask;
        private Task _writeLoop = Task.CompletedTask;
        private long _bytesIn;
        private long _bytesOut;

        public Connection(TelnetSession session, Socket socket, TelnetProtocol protocol, DateTimeOffset since)
        {
            _session = session;
            Protocol = protocol;
            _socket = socket;
            _stream = new NetworkStream(socket, ownsSocket: false);
            Since = since;
            _idleTimer = session._time.CreateTimer(_ => OnIdle(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        public DateTimeOffset Since { get; }
        public TelnetProtocol Protocol { get; }
        public bool IsOpen => Volatile.Read(ref _closedFlag) == 0;
        public long BytesIn => Interlocked.Read(ref _bytesIn);
        public long BytesOut => Interlocked.Read(ref _bytesOut);
        public TaskCompletionSource ClosedDelivered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Start()
        {
            SendReplies();
            _readLoop = Task.Run(ReadLoopAsync);
            _writeLoop = Task.Run(WriteLoopAsync);
        }

        public async Task<bool> WriteAsync(byte[] bytes, CancellationToken cancellationToken)
        {
            var written = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_outgoing.Writer.TryWrite((bytes, written))) return false;
            return await written.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Queues the Telnet layer's pending answers; never waits, so the read loop can call it.</summary>
        public void SendReplies()
        {
            byte[] replies;
            lock (Protocol) replies = Protocol.TakeReplies();
            if (replies.Length > 0) _outgoing.Writer.TryWrite((replies, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously)));
        }

        public async Task<bool> WriteUrgentAsync(byte value, CancellationToken cancellationToken)
        {
            // Let everything queued before it leave first, so the mark lands after the IAC.
            await WriteAsync([], cancellationToken).ConfigureAwait(false);
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
                if (_socket.Connected) _socket.Shutdown(SocketShutdown.Both);
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

        private async Task ReadLoopAsync()
        {
            var buffer = new byte[16 * 1024];
            CloseReason reason = CloseReason.RemoteClosed;
            string? detail = null;
            try
            {
                while (true)
                {
                    var read = await _stream.ReadAsync(buffer, _stop.Token).ConfigureAwait(false);
                    if (read == 0) break;
                    Interlocked.Add(ref _bytesIn, read);
                    byte[] data;
                    bool echoChanged, serverEchoes;
                    lock (Protocol)
                    {
                        (data, echoChanged) = Protocol.Receive(buffer.AsSpan(0, read));
                        serverEchoes = Protocol.RemoteEcho;
                    }
                    SendReplies();
                    if (data.Length > 0) _session.Post(new DataReceivedEvent(_session.Now, data));
                    if (echoChanged) _session.Post(new RemoteEchoChangedEvent(_session.Now, serverEchoes));
                    _idleTimer.Change(IdleInterval, Timeout.InfiniteTimeSpan);
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

        private async Task WriteLoopAsync()
        {
            await foreach (var (bytes, written) in _outgoing.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                try
                {
                    await _stream.WriteAsync(bytes, _stop.Token).ConfigureAwait(false);
                    Interlocked.Add(ref _bytesOut, bytes.Length);
                    written.TrySetResult(true);
                }
                catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
                {
                    written.TrySetResult(false);
                }
            }
        }

        private void OnIdle()
        {
            if (!IsOpen) return;
            byte[] held;
            lock (Protocol) held = Protocol.FlushPending();
            if (held.Length > 0) _session.Post(new DataReceivedEvent(_session.Now, held));
            _session.Post(new ReceiveIdleEvent(_session.Now));
        }

        private void Finish(CloseReason reason, string? detail)
        {
            if (Interlocked.Exchange(ref _closedFlag, 1) != 0) return;
            _idleTimer.Dispose();
            _outgoing.Writer.TryComplete();
            // Fail writes still queued: nobody will send them now.
            while (_outgoing.Reader.TryRead(out var pending)) pending.Written.TrySetResult(false);
            _stream.Dispose();
            _socket.Dispose();
            _session.OnClosed(this, reason, detail);
        }
    }
}
