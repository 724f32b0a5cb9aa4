using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;

namespace TelnetLite.Core.Demo;

/// <summary>One client's SMTP dialogue with the demo server, from the greeting to QUIT, a timeout or shutdown.</summary>
internal sealed class DemoSmtpSession
{
    private static readonly byte[] LineEnd = "\r\n"u8.ToArray();

    private readonly DemoSessionContext _context;
    private readonly DemoServerOptions _options;
    private readonly DemoTransaction _transaction = new();
    private readonly string _clientAddress;
    private readonly NetworkStream _network;
    private readonly DemoLineReader _reader;
    private Stream _stream;
    private readonly CancellationToken _serverStopping;
    private readonly CancellationTokenSource _idle;
    private string? _heloDomain;
    private bool _extended;
    private bool _tls;
    private bool _authenticated;

    public DemoSmtpSession(Socket socket, DemoSessionContext context, CancellationToken serverStopping)
    {
        _context = context;
        _serverStopping = serverStopping;
        _idle = CancellationTokenSource.CreateLinkedTokenSource(serverStopping);
        _options = context.Options;
        var remote = socket.RemoteEndPoint as IPEndPoint;
        var address = remote?.Address ?? IPAddress.Loopback;
        _clientAddress = (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
        _network = new NetworkStream(socket, ownsSocket: true);
        _stream = _network;
        _reader = new DemoLineReader(_network, _options.MaxLineLength);
    }

    /// <summary>Serves the client until it quits, goes silent, breaks the protocol beyond repair, or the server stops.</summary>
    /// <remarks>Network failures end the session quietly; they are the client's business, not the server's.</remarks>
    public async Task RunAsync()
    {
        try
        {
            await ReplyAsync(DemoReplies.Greeting(_context.Clock.GetLocalNow())).ConfigureAwait(false);
            while (await HandleNextCommandAsync().ConfigureAwait(false))
            {
            }
        }
        catch (OperationCanceledException) when (!_serverStopping.IsCancellationRequested)
        {
            await SayGoodbyeAfterTimeoutAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException or AuthenticationException)
        {
        }
        finally
        {
            _idle.Dispose();
            await _stream.DisposeAsync().ConfigureAwait(false);
            await _network.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task SayGoodbyeAfterTimeoutAsync()
    {
        try
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _stream.WriteAsync(Encoding.ASCII.GetBytes(DemoReplies.IdleTimeout + "\r\n"), grace.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException or NotSupportedException or InvalidOperationException)
        {
            // The client that went silent may also have stopped reading; it loses the courtesy of a 421.
        }
    }

    private CancellationToken Arm()
    {
        _idle.CancelAfter(_options.IdleTimeout);
        return _idle.Token;
    }

    private async Task ReplyAsync(string reply)
    {
        var bytes = Encoding.Latin1.GetBytes(reply + "\r\n");
        await _stream.WriteAsync(bytes, Arm()).ConfigureAwait(false);
    }

    private ValueTask<DemoLine?> ReadLineAsync() => _reader.ReadLineAsync(Arm());

    private async Task<bool> HandleNextCommandAsync()
    {
        if (await ReadLineAsync().ConfigureAwait(false) is not { } line) return false;
        if (line.TooLong)
        {
            await ReplyAsync(DemoReplies.LineTooLong).ConfigureAwait(false);
            return true;
        }

        var text = Encoding.Latin1.GetString(line.Bytes);
        var space = text.IndexOf(' ');
        var verb = space < 0 ? text : text[..space];
        var argument = space < 0 ? "" : text[(space + 1)..];
        switch (verb.ToUpperInvariant())
        {
            case "EHLO": await HelloAsync(argument, extended: true).ConfigureAwait(false); return true;
            case "HELO": await HelloAsync(argument, extended: false).ConfigureAwait(false); return true;
            case "MAIL": await ReplyAsync(Mail(argument)).ConfigureAwait(false); return true;
            case "RCPT": await ReplyAsync(Rcpt(argument)).ConfigureAwait(false); return true;
            case "DATA": return await DataAsync(argument).ConfigureAwait(false);
            case "BDAT": return await BdatAsync(argument).ConfigureAwait(false);
            case "STARTTLS": await StartTlsAsync(argument).ConfigureAwait(false); return true;
            case "AUTH": return await AuthAsync(argument).ConfigureAwait(false);
            case "RSET":
                _transaction.Reset();
                await ReplyAsync(DemoReplies.Resetting).ConfigureAwait(false);
                return true;
            case "NOOP": await ReplyAsync(DemoReplies.Ok).ConfigureAwait(false); return true;
            case "VRFY":
                await ReplyAsync(argument.Trim() is { Length: > 0 } who ? DemoReplies.CannotVerify(who) : DemoReplies.InvalidArguments).ConfigureAwait(false);
                return true;
            case "HELP": await ReplyAsync(DemoReplies.Help).ConfigureAwait(false); return true;
            case "QUIT":
                await ReplyAsync(DemoReplies.Closing).ConfigureAwait(false);
                return false;
            default:
                await ReplyAsync(DemoReplies.Unrecognized).ConfigureAwait(false);
                return true;
        }
    }

    private async Task HelloAsync(string argument, bool extended)
    {
        var domain = argument.Trim(' ');
        if (!DemoAddressSyntax.IsValidHeloDomain(domain))
        {
            await ReplyAsync(DemoReplies.InvalidDomain).ConfigureAwait(false);
            return;
        }

        _heloDomain = domain;
        _extended = extended;
        _transaction.Reset();
        await ReplyAsync(extended
            ? DemoReplies.Ehlo(_clientAddress, _options.MaxMessageSize, offerStartTls: !_tls)
            : DemoReplies.Hello(_clientAddress)).ConfigureAwait(false);
    }

    private string Mail(string argument)
    {
        if (_heloDomain is null) return DemoReplies.SendHelloFirst;
        if (_options.RequireAuth && !_authenticated) return DemoReplies.NotAuthenticated;
        if (_transaction.Sender is not null) return DemoReplies.SenderAlreadySpecified;
        switch (DemoPath.TryParse(argument, "FROM:", allowNullPath: true, out var path))
        {
            case DemoPathParseResult.MissingKeyword: return DemoReplies.InvalidArguments;
            case DemoPathParseResult.BadAddress: return DemoReplies.InvalidSender;
        }

        foreach (var (key, value) in path!.Parameters)
        {
            if (!DemoEsmtpParameters.IsValidMailParameter(key, value)) return DemoReplies.InvalidArguments;
            if (key == "SIZE" && long.Parse(value!, CultureInfo.InvariantCulture) > _options.MaxMessageSize) return DemoReplies.TooBig;
        }

        _transaction.Begin(path.Address);
        return DemoReplies.SenderOk;
    }

    private string Rcpt(string argument)
    {
        if (_heloDomain is null) return DemoReplies.SendHelloFirst;
        if (_transaction.Sender is null) return DemoReplies.NeedMail;
        switch (DemoPath.TryParse(argument, "TO:", allowNullPath: false, out var path))
        {
            case DemoPathParseResult.MissingKeyword: return DemoReplies.InvalidArguments;
            case DemoPathParseResult.BadAddress: return DemoReplies.InvalidRecipient;
        }

        if (path!.Parameters.Any(p => !DemoEsmtpParameters.IsValidRcptParameter(p.Key, p.Value))) return DemoReplies.InvalidArguments;
        if (_transaction.Recipients.Count >= _options.MaxRecipients) return DemoReplies.TooManyRecipients;

        var at = path.Address.LastIndexOf('@');
        var local = at < 0 ? path.Address : path.Address[..at];
        var domain = at < 0 ? DemoServerInfo.LocalDomain : path.Address[(at + 1)..];
        if (domain.Equals(DemoServerInfo.LocalDomain, StringComparison.OrdinalIgnoreCase))
        {
            if (!DemoServerInfo.Mailboxes.Contains(local, StringComparer.OrdinalIgnoreCase)) return DemoReplies.UserUnknown;
        }
        else if (!_authenticated)
        {
            // Exchange relays for authenticated clients only; the demo accepts such mail and keeps it here.
            return DemoReplies.UnableToRelay;
        }

        _transaction.AddRecipient(path.Address);
        return DemoReplies.RecipientOk;
    }

    private string? RefuseMessageStart()
    {
        if (_heloDomain is null) return DemoReplies.SendHelloFirst;
        if (_transaction.Sender is null) return DemoReplies.NeedMail;
        if (_transaction.Recipients.Count == 0) return DemoReplies.NeedRcpt;
        return null;
    }

    private async Task<bool> DataAsync(string argument)
    {
        var refusal = RefuseMessageStart()
            ?? (_transaction.Chunking ? DemoReplies.BadSequence : null)
            ?? (argument.Trim().Length > 0 ? DemoReplies.InvalidArguments : null);
        if (refusal is not null)
        {
            await ReplyAsync(refusal).ConfigureAwait(false);
            return true;
        }

        await ReplyAsync(DemoReplies.StartMailInput).ConfigureAwait(false);
        while (true)
        {
            if (await ReadLineAsync().ConfigureAwait(false) is not { } line) return false;
            if (line.TooLong)
            {
                _transaction.HasLongLine = true;
                continue;
            }

            var bytes = line.Bytes;
            if (bytes is [(byte)'.']) break;
            // RFC 5321 4.5.2: the client doubled every leading dot; take one away.
            AppendToBody(bytes.AsSpan(bytes is [(byte)'.', ..] ? 1 : 0));
            AppendToBody(LineEnd);
        }

        await FinishMessageAsync().ConfigureAwait(false);
        return true;
    }

    private void AppendToBody(ReadOnlySpan<byte> bytes)
    {
        if (_transaction.TooBig) return;
        if (_transaction.Body.Length + bytes.Length > _options.MaxMessageSize)
        {
            _transaction.TooBig = true;
            _transaction.Body.SetLength(0);
            return;
        }

        _transaction.Body.Write(bytes);
    }

    private async Task<bool> BdatAsync(string argument)
    {
        var parts = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            || (parts.Length == 2 && !parts[1].Equals("LAST", StringComparison.OrdinalIgnoreCase)))
        {
            // Without a size the chunk cannot be skipped; the client has to give up on this transaction.
            await ReplyAsync(DemoReplies.InvalidArguments).ConfigureAwait(false);
            return true;
        }

        var last = parts.Length == 2;
        if (RefuseMessageStart() is { } refusal)
        {
            // RFC 3030 2: the chunk is read even when the command is refused, or its bytes would be taken as commands.
            if (!await _reader.ReadExactAsync(size, null, Arm()).ConfigureAwait(false)) return false;
            await ReplyAsync(refusal).ConfigureAwait(false);
            return true;
        }

        if (_transaction.Body.Length + size > _options.MaxMessageSize) _transaction.TooBig = true;
        var sink = _transaction.TooBig ? null : _transaction.Body;
        if (!await _reader.ReadExactAsync(size, sink, Arm()).ConfigureAwait(false)) return false;
        _transaction.Chunking = true;
        if (last)
        {
            await FinishMessageAsync().ConfigureAwait(false);
        }
        else
        {
            await ReplyAsync(DemoReplies.ChunkReceived(size)).ConfigureAwait(false);
        }

        return true;
    }

    private async Task FinishMessageAsync()
    {
        string reply;
        if (_transaction.TooBig)
        {
            reply = DemoReplies.TooBig;
        }
        else if (_transaction.HasLongLine)
        {
            reply = DemoReplies.MessageLineTooLong;
        }
        else
        {
            var messageId = $"{Guid.NewGuid():D}@{DemoServerInfo.HostName}";
            var delivery = new DemoDelivery(messageId, _transaction.Sender!, [.. _transaction.Recipients], _heloDomain!,
                _clientAddress, Protocol(), _transaction.Body.GetBuffer().AsMemory(0, (int)_transaction.Body.Length));
            try
            {
                await _context.Mailbox.SaveAsync(delivery, Arm()).ConfigureAwait(false);
                reply = DemoReplies.Queued(messageId);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                reply = DemoReplies.StoreFailed;
            }
        }

        _transaction.Reset();
        await ReplyAsync(reply).ConfigureAwait(false);
    }

    // RFC 3848's names for the Received line's "with" clause.
    private string Protocol() =>
        !_extended ? "SMTP" : "ESMTP" + (_tls ? "S" : "") + (_authenticated ? "A" : "");

    private async Task StartTlsAsync(string argument)
    {
        var refusal = _tls ? DemoReplies.TlsAlreadyActive
            : argument.Trim().Length > 0 ? DemoReplies.InvalidArguments
            : _heloDomain is null ? DemoReplies.SendHelloFirst
            : null;
        if (refusal is not null)
        {
            await ReplyAsync(refusal).ConfigureAwait(false);
            return;
        }

        await ReplyAsync(DemoReplies.ReadyForTls).ConfigureAwait(false);
        var tls = new SslStream(_network, leaveInnerStreamOpen: true);
        _stream = tls;
        var options = new SslServerAuthenticationOptions
        {
            ServerCertificate = _context.Certificate,
            ClientCertificateRequired = false,
        };
        await tls.AuthenticateAsServerAsync(options, Arm()).ConfigureAwait(false);
        // RFC 3207 4.2: everything known before TLS is forgotten; the client must say EHLO again.
        _reader.Restart(tls);
        _tls = true;
        _heloDomain = null;
        _extended = false;
        _authenticated = false;
        _transaction.Reset();
    }

    private async Task<bool> AuthAsync(string argument)
    {
        var refusal = _heloDomain is null ? DemoReplies.SendHelloFirst
            : _authenticated ? DemoReplies.AlreadyAuthenticated
            : _transaction.Sender is not null ? DemoReplies.AuthDuringTransaction
            : null;
        var parts = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        refusal ??= parts.Length is 0 or > 2 ? DemoReplies.InvalidArguments : null;
        if (refusal is not null)
        {
            await ReplyAsync(refusal).ConfigureAwait(false);
            return true;
        }

        var initial = parts.Length == 2 ? parts[1] : null;
        DemoAuthResult? result;
        switch (parts[0].ToUpperInvariant())
        {
            case "LOGIN": result = await AuthLoginAsync(initial).ConfigureAwait(false); break;
            case "PLAIN": result = await AuthPlainAsync(initial).ConfigureAwait(false); break;
            default:
                await ReplyAsync(DemoReplies.AuthUnknownMechanism).ConfigureAwait(false);
                return true;
        }

        if (result is null) return false;
        _authenticated = result == DemoAuthResult.Succeeded;
        await ReplyAsync(result switch
        {
            DemoAuthResult.Succeeded => DemoReplies.AuthSucceeded,
            DemoAuthResult.Cancelled => DemoReplies.AuthCancelled,
            DemoAuthResult.NotBase64 => DemoReplies.AuthNotBase64,
            _ => DemoReplies.AuthFailed,
        }).ConfigureAwait(false);
        return true;
    }

    private async Task<DemoAuthResult?> AuthLoginAsync(string? initial)
    {
        if (initial is null)
        {
            await ReplyAsync(DemoReplies.AuthUsernamePrompt).ConfigureAwait(false);
            initial = await ReadAuthResponseAsync().ConfigureAwait(false);
            if (initial is null) return null;
        }

        var decoded = DemoAuthenticator.TryDecode(initial, out var user);
        if (decoded != DemoAuthResult.Succeeded) return decoded;
        await ReplyAsync(DemoReplies.AuthPasswordPrompt).ConfigureAwait(false);
        if (await ReadAuthResponseAsync().ConfigureAwait(false) is not { } secretLine) return null;
        decoded = DemoAuthenticator.TryDecode(secretLine, out var secret);
        return decoded != DemoAuthResult.Succeeded ? decoded : _context.Authenticator.Check(user, secret);
    }

    private async Task<DemoAuthResult?> AuthPlainAsync(string? initial)
    {
        if (initial is null)
        {
            await ReplyAsync(DemoReplies.AuthPlainPrompt).ConfigureAwait(false);
            initial = await ReadAuthResponseAsync().ConfigureAwait(false);
            if (initial is null) return null;
        }

        var decoded = DemoAuthenticator.TryDecode(initial, out var message);
        return decoded != DemoAuthResult.Succeeded ? decoded : _context.Authenticator.CheckPlain(message);
    }

    // An over-long response reads as empty: it cannot hold the demo credentials anyway.
    private async Task<string?> ReadAuthResponseAsync() =>
        await ReadLineAsync().ConfigureAwait(false) is { } line
            ? line.TooLong ? "" : Encoding.Latin1.GetString(line.Bytes)
            : null;
}
