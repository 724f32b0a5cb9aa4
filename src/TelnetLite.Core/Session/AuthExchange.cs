using TelnetLite.Core.Auth;
using TelnetLite.Core.Smtp;

namespace TelnetLite.Core.Session;

/// <summary>
/// One AUTH exchange over the session (the <c>auth</c> command, a script's <c>!auth</c>): the command, then the answer
/// to each 334 challenge, base64 and digests done by <see cref="SaslClient"/>; every line carrying a credential goes as
/// a secret line, so it is never shown, kept in history or logged in clear.
/// </summary>
internal sealed class AuthExchange : ISessionObserver
{
    private readonly Func<SaslLine, CancellationToken, Task<bool>> _send;
    private readonly Lock _gate = new();
    private TaskCompletionSource<SmtpReply>? _reply;

    /// <param name="send">Sends one line (as a secret line when it says so); false when the connection is gone.</param>
    public AuthExchange(Func<SaslLine, CancellationToken, Task<bool>> send) => _send = send;

    /// <summary>Runs the exchange to its final reply; never throws for a refusal, a closed connection or a timeout.</summary>
    public async Task<AuthOutcome> RunAsync(SaslMechanism mechanism, SaslCredentials credentials, TimeSpan replyTimeout, CancellationToken cancellationToken)
    {
        var client = SaslClient.Start(mechanism, credentials);
        var line = client.Command;
        string? cancelled = null;
        while (true)
        {
            var reply = Expect();
            if (!await _send(line, cancellationToken).ConfigureAwait(false)) return AuthOutcome.Failed(mechanism, "the connection closed during AUTH");
            SmtpReply answer;
            try
            {
                answer = await reply.WaitAsync(replyTimeout, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return AuthOutcome.Failed(mechanism, $"no reply to the AUTH exchange within {replyTimeout.TotalSeconds:0.#} s");
            }
            var text = answer.Lines.Count > 0 ? answer.Lines[^1].Text : "";
            switch (client.Next(answer.Code, text))
            {
                case SaslSend send:
                    line = send.Line;
                    break;
                case SaslCancel cancel:
                    line = cancel.Line;
                    cancelled = cancel.Why;
                    break;
                case SaslFinished finished:
                    return new AuthOutcome(mechanism, finished.Succeeded, finished.Code, cancelled is null ? finished.Summary : $"{finished.Summary}: {cancelled}");
            }
        }
    }

    /// <summary>Takes the replies that answer AUTH and its challenges; everything else passes by.</summary>
    public void OnSessionEvent(SessionEvent sessionEvent)
    {
        switch (sessionEvent)
        {
            case ReplyAnnotatedEvent { Annotation: { After: SmtpVerb.Auth or SmtpVerb.AuthResponse } annotation }:
                Take()?.TrySetResult(annotation.Reply);
                break;
            case ClosedEvent:
                Take()?.TrySetException(new TimeoutException("the connection closed"));
                break;
        }
    }

    private Task<SmtpReply> Expect()
    {
        var reply = new TaskCompletionSource<SmtpReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate) _reply = reply;
        return reply.Task;
    }

    private TaskCompletionSource<SmtpReply>? Take()
    {
        lock (_gate)
        {
            var reply = _reply;
            _reply = null;
            return reply;
        }
    }
}
