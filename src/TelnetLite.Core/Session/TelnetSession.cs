using System.Net;
using System.Text;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Telnet;

namespace TelnetLite.Core.Session;

/// <summary>
/// The session engine: one connection at a time over a replaceable <see cref="Stream"/>, a read loop that cuts what
/// it receives into lines once, a write loop, and a dispatcher that feeds every subscriber (screen, log, assistant)
/// in order. The only part of TelnetLite that does network I/O.
/// </summary>
/// <remarks>
/// <para>A session outlives its connections: <c>open</c>, <c>close</c>, <c>open</c> again reuse it, and subscribers
/// stay subscribed. Nothing here throws on network failure: failures become <see cref="ClosedEvent"/>s and
/// <see cref="ConnectFailure"/>s.</para>
/// <para>Each read is processed by the Telnet layer, cut into lines and delivered to every subscriber before the next
/// read: received data held in TelnetLite is bounded by one read buffer (<see cref="ReadBufferSize"/>) whatever the
/// server sends, and the log has every line read before the socket is read again. Writing never waits on reading.</para>
/// </remarks>
public sealed class TelnetSession : IAsyncDisposable
{
    /// <summary>The most bytes taken from the connection in one read, and so the most received data in flight.</summary>
    public const int ReadBufferSize = 64 * 1024;

    private static readonly TimeSpan IdleInterval = TimeSpan.FromMilliseconds(500);
    private readonly TimeProvider _time;
    private readonly SessionDispatcher _dispatcher = new();
    private SessionConnection? _connection;
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

    /// <summary>The address of the current or last connection; null over a caller's stream.</summary>
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
            _connection?.SetMode(value);
        }
    }

    /// <summary>The terminal type answered to TERMINAL-TYPE (RFC 1091).</summary>
    public string TerminalType
    {
        get => _terminalType;
        set
        {
            _terminalType = value;
            _connection?.SetTerminalType(value);
        }
    }

    /// <summary>True while Telnet processing is on for the current connection.</summary>
    public bool TelnetProcessing => _connection is { IsOpen: true } connection && connection.TelnetEnabled;

    /// <summary>Completes when the current connection has ended and its <see cref="ClosedEvent"/> was delivered.</summary>
    public Task Closed => _connection?.ClosedDelivered.Task ?? Task.CompletedTask;

    /// <summary>
    /// Asked before each read is cut into lines: false when no subscriber needs lines now, so a flood is passed on as
    /// data only. Null means lines are always cut. Called on the read loop; must only read state.
    /// </summary>
    public Func<bool>? LinesNeeded { get; set; }

    internal bool LinesWanted() => LinesNeeded?.Invoke() ?? true;

    /// <summary>Subscribes an observer; it receives every event posted from now on, after those subscribed before it.</summary>
    public void AddObserver(ISessionObserver observer) => _dispatcher.Add(observer, 0);

    /// <summary>Subscribes an observer at a place in the delivery order: lower <paramref name="order"/> first.</summary>
    internal void AddObserver(ISessionObserver observer, int order) => _dispatcher.Add(observer, order);

    /// <summary>Unsubscribes an observer.</summary>
    public void RemoveObserver(ISessionObserver observer) => _dispatcher.Remove(observer);

    /// <summary>
    /// Posts an event of the caller's (a note, an annotation) so that it reaches subscribers in order with the session's
    /// own; posted by a subscriber while it handles an event, it is delivered right after that event.
    /// </summary>
    public void Post(SessionEvent sessionEvent) => _dispatcher.Post(sessionEvent);

    /// <summary>Completes once every event posted so far has been delivered to every observer.</summary>
    public Task DrainAsync() => _dispatcher.DrainAsync();

    /// <summary>The current time as events carry it.</summary>
    public DateTimeOffset Now => _time.GetLocalNow();

    /// <summary>Connects over TCP, closing any current connection first.</summary>
    /// <returns>Null on success, else the failure with its cause (also never thrown).</returns>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
    public Task<ConnectFailure?> ConnectAsync(ConnectRequest request, CancellationToken cancellationToken) =>
        ConnectAsync(request, startWith: null, cancellationToken);

    /// <summary>
    /// Connects over TCP and, before the first byte is read, replaces the stream with what <paramref name="startWith"/>
    /// makes of it (TLS from the first byte); writes wait for it. A replacement that fails closes the connection.
    /// </summary>
    /// <returns>Null when the TCP connection was made (the switch's outcome comes as events), else the failure.</returns>
    internal async Task<ConnectFailure?> ConnectAsync(ConnectRequest request, Func<Stream, CancellationToken, Task<Stream?>>? startWith,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await BeginConnectAsync(request.Host, request.Port).ConfigureAwait(false);
        var outcome = await TcpConnector.ConnectAsync(request, cancellationToken).ConfigureAwait(false);
        if (outcome.Socket is not { } socket) return outcome.Failure;

        RemoteEndPoint = (IPEndPoint)socket.RemoteEndPoint!;
        Start(new ConnectionTransport(new System.Net.Sockets.NetworkStream(socket, ownsSocket: true), socket),
            request.Host, request.Port, RemoteEndPoint, (IPEndPoint)socket.LocalEndPoint!,
            startWith is null ? null : new StreamSwitch(null, startWith, null));
        return null;
    }

    /// <summary>
    /// Starts a connection over a stream the caller has opened (a recorded conversation replayed in a test, a pipe):
    /// everything else behaves as over TCP. The session owns the stream from now on and disposes it at the end.
    /// </summary>
    /// <param name="host">The name shown and logged for this connection.</param>
    /// <param name="port">The port it stands for: it decides Telnet auto-detection and SMTP recognition as over TCP.</param>
    public async Task ConnectAsync(Stream stream, string host, int port)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(host);
        await BeginConnectAsync(host, port).ConfigureAwait(false);
        Start(new ConnectionTransport(stream, null), host, port, null, null);
    }

    /// <summary>
    /// Arms a switch of transport at a line boundary, for STARTTLS: the read loop asks <paramref name="trigger"/>
    /// about each line received; at the first it accepts, the bytes received after that line are discarded (a server
    /// or a middlebox must not inject plaintext into the coming TLS session, RFC 3207 §6) and reported, then
    /// <paramref name="replace"/> is run over the current stream, writes held, before anything else is read or sent.
    /// </summary>
    /// <param name="trigger">Sees every received line until it answers <see cref="StreamSwitchVerdict.SwitchAfterThisLine"/>
    /// or <see cref="StreamSwitchVerdict.Disarm"/>; called on the read loop, must be quick and must not throw.</param>
    /// <param name="replace">Wraps the current stream (e.g. in an SslStream and its handshake); null when it failed and said why.
    /// Either way a failure closes the connection; an exception is reported through <paramref name="failed"/>.</param>
    /// <param name="failed">Told why a switch failed, before the connection closes.</param>
    /// <param name="discarded">Told how many bytes were received after the trigger line and dropped, when any were.</param>
    /// <returns>False when there is no connection.</returns>
    public bool ArmStreamSwitch(Func<ReceivedLine, StreamSwitchVerdict> trigger, Func<Stream, CancellationToken, Task<Stream?>> replace,
        Action<Exception>? failed = null, Action<int>? discarded = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(replace);
        if (_connection is not { IsOpen: true } connection) return false;
        connection.ArmSwitch(new StreamSwitch(trigger, replace, failed, discarded));
        return true;
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
        // The prompt this line answers arrived first, so it is shown and logged first.
        connection.FlushPartialLine();
        Post(new LineSentEvent(Now, bytes, secret));
        var encoded = connection.Encode(bytes);
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
        return await connection.WriteAsync(connection.EncodeAction(action, (byte)escapeCharacter), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Delivers the unfinished received line (a prompt) as a line now, before anything posted later; false when there
    /// is none (or no connection).
    /// </summary>
    public bool FlushPartialLine() => _connection is { IsOpen: true } connection && connection.FlushPartialLine();

    /// <summary>True on the dispatcher's thread while it delivers an event (where waiting for it would never end).</summary>
    internal bool OnDispatcher => _dispatcher.IsDelivering;

    /// <summary>Reports the terminal size; sent to the server by NAWS (RFC 1073) once it has agreed to it.</summary>
    public void SetWindowSize(int columns, int rows)
    {
        if (columns <= 0 || rows <= 0) return;
        _windowSize = (columns, rows);
        _connection?.SetWindowSize(columns, rows);
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

    private async Task BeginConnectAsync(string host, int port)
    {
        await CloseAsync().ConfigureAwait(false);
        // Counters and state belong to a connection: a failed attempt must not show the last one's.
        _connection = null;
        Host = host;
        Port = port;
        RemoteEndPoint = null;
        Post(new ConnectingEvent(Now, host, port));
    }

    private void Start(ConnectionTransport transport, string host, int port, IPEndPoint? remote, IPEndPoint? local, StreamSwitch? startWith = null)
    {
        var protocol = new TelnetProtocol(_telnetMode, port, _terminalType);
        if (_windowSize is { } size) protocol.SetWindowSize(size.Columns, size.Rows);
        var connection = new SessionConnection(this, transport, protocol, Now);
        _connection = connection;
        Post(new ConnectedEvent(connection.Since, host, port, remote, local));
        connection.Start(startWith);
    }

    internal TimeProvider Time => _time;

    internal SessionDispatcher Dispatcher => _dispatcher;

    internal TimeSpan Idle => IdleInterval;

    internal void OnClosed(SessionConnection connection, CloseReason reason, string? detail)
    {
        Post(new ClosedEvent(Now, reason, detail));
        _dispatcher.DrainAsync().ContinueWith(_ => connection.ClosedDelivered.TrySetResult(), TaskScheduler.Default);
    }
}
