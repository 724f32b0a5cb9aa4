using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;

namespace TelnetLite.Core.Demo;

/// <summary>One client's SMTP dialogue with the demo server, from the greeting to QUIT, a timeout or shutdown.</summary>
internal sealed class DemoSmtpSession
{
    private readonly DemoSessionContext _context;
    private readonly CancellationToken _serverStopping;
    private readonly DemoConnection _connection;
    private readonly DemoSessionState _state;
    private readonly DemoMessageCommands _message;
    private readonly DemoAuthCommand _auth;

    public DemoSmtpSession(Socket socket, DemoSessionContext context, CancellationToken serverStopping)
    {
        _context = context;
        _serverStopping = serverStopping;
        var address = (socket.RemoteEndPoint as IPEndPoint)?.Address ?? IPAddress.Loopback;
        _state = new DemoSessionState((address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString());
        _connection = new DemoConnection(socket, context.Options.MaxLineLength, context.Options.IdleTimeout, serverStopping);
        _message = new DemoMessageCommands(_connection, _state, context);
        _auth = new DemoAuthCommand(_connection, _state, context.Authenticator, context.Clock);
    }

    /// <summary>Serves the client until it quits, goes silent, or the server stops.</summary>
    /// <remarks>Network failures end the session quietly; they are the client's business, not the server's.</remarks>
    public async Task RunAsync()
    {
        try
        {
            if (_context.Options.ImplicitTls)
            {
                // Implicit TLS (RFC 8314): the handshake comes first, the greeting inside it.
                await _connection.UpgradeToTlsAsync(_context.Certificate).ConfigureAwait(false);
                _state.Tls = true;
            }

            await _connection.ReplyAsync(DemoReplies.Greeting(_context.Clock.GetLocalNow())).ConfigureAwait(false);
            while (await HandleNextCommandAsync().ConfigureAwait(false))
            {
            }
        }
        catch (OperationCanceledException) when (!_serverStopping.IsCancellationRequested)
        {
            await _connection.SayGoodbyeAsync(DemoReplies.IdleTimeout).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException or AuthenticationException)
        {
        }
        finally
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<bool> HandleNextCommandAsync()
    {
        if (await _connection.ReadLineAsync().ConfigureAwait(false) is not { } line) return false;
        if (line.TooLong)
        {
            await _connection.ReplyAsync(DemoReplies.LineTooLong).ConfigureAwait(false);
            return true;
        }

        var text = Encoding.Latin1.GetString(line.Bytes);
        var space = text.IndexOf(' ');
        var verb = space < 0 ? text : text[..space];
        var argument = space < 0 ? "" : text[(space + 1)..];
        var options = _context.Options;
        switch (verb.ToUpperInvariant())
        {
            case "EHLO": return await ReplyAsync(Hello(argument, extended: true)).ConfigureAwait(false);
            case "HELO": return await ReplyAsync(Hello(argument, extended: false)).ConfigureAwait(false);
            case "MAIL": return await ReplyAsync(DemoEnvelopeCommands.Mail(argument, _state, options)).ConfigureAwait(false);
            case "RCPT": return await ReplyAsync(DemoEnvelopeCommands.Rcpt(argument, _state, options)).ConfigureAwait(false);
            case "DATA": return await _message.DataAsync(argument).ConfigureAwait(false);
            case "BDAT": return await _message.BdatAsync(argument).ConfigureAwait(false);
            case "AUTH": return await _auth.RunAsync(argument).ConfigureAwait(false);
            case "STARTTLS": return await StartTlsAsync(argument).ConfigureAwait(false);
            case "RSET":
                _state.Transaction.Reset();
                return await ReplyAsync(DemoReplies.Resetting).ConfigureAwait(false);
            case "NOOP": return await ReplyAsync(DemoReplies.Ok).ConfigureAwait(false);
            case "VRFY": return await ReplyAsync(argument.Trim() is { Length: > 0 } who ? DemoReplies.CannotVerify(who) : DemoReplies.InvalidArguments).ConfigureAwait(false);
            case "HELP": return await ReplyAsync(DemoReplies.Help).ConfigureAwait(false);
            case "QUIT":
                await _connection.ReplyAsync(DemoReplies.Closing).ConfigureAwait(false);
                return false;
            default: return await ReplyAsync(DemoReplies.Unrecognized).ConfigureAwait(false);
        }
    }

    private async Task<bool> ReplyAsync(string reply)
    {
        await _connection.ReplyAsync(reply).ConfigureAwait(false);
        return true;
    }

    private string Hello(string argument, bool extended)
    {
        var domain = argument.Trim(' ');
        if (!DemoAddressSyntax.IsValidHeloDomain(domain)) return DemoReplies.InvalidDomain;
        _state.HeloDomain = domain;
        _state.Extended = extended;
        _state.Transaction.Reset();
        return extended
            ? DemoReplies.Ehlo(_state.ClientAddress, _context.Options.MaxMessageSize, offerStartTls: !_state.Tls)
            : DemoReplies.Hello(_state.ClientAddress);
    }

    private async Task<bool> StartTlsAsync(string argument)
    {
        var refusal = _state.Tls ? DemoReplies.TlsAlreadyActive
            : argument.Trim().Length > 0 ? DemoReplies.InvalidArguments
            : _state.HeloDomain is null ? DemoReplies.SendHelloFirst
            : null;
        if (refusal is not null) return await ReplyAsync(refusal).ConfigureAwait(false);

        await _connection.ReplyAsync(DemoReplies.ReadyForTls).ConfigureAwait(false);
        await _connection.UpgradeToTlsAsync(_context.Certificate).ConfigureAwait(false);
        _state.StartOverAfterTls();
        return true;
    }
}
