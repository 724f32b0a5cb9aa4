using System.Text;

namespace TelnetLite.Core.Demo;

/// <summary>The AUTH command's exchange (RFC 4954): LOGIN with its two prompts, PLAIN with or without an initial response,
/// CRAM-MD5 with its challenge (RFC 2195).</summary>
internal sealed class DemoAuthCommand(DemoConnection connection, DemoSessionState state, DemoAuthenticator authenticator, TimeProvider clock)
{
    /// <summary>Runs one AUTH command to its final reply; false when the client closed the connection in the middle.</summary>
    public async Task<bool> RunAsync(string argument)
    {
        var refusal = state.HeloDomain is null ? DemoReplies.SendHelloFirst
            : state.Authenticated ? DemoReplies.AlreadyAuthenticated
            : state.Transaction.Sender is not null ? DemoReplies.AuthDuringTransaction
            : null;
        var parts = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        refusal ??= parts.Length is 0 or > 2 ? DemoReplies.InvalidArguments : null;
        if (refusal is not null)
        {
            await connection.ReplyAsync(refusal).ConfigureAwait(false);
            return true;
        }

        var initial = parts.Length == 2 ? parts[1] : null;
        DemoAuthResult? result;
        switch (parts[0].ToUpperInvariant())
        {
            case "LOGIN": result = await LoginAsync(initial).ConfigureAwait(false); break;
            case "PLAIN": result = await PlainAsync(initial).ConfigureAwait(false); break;
            case "CRAM-MD5" when initial is not null:
                // RFC 4954 section 4: a mechanism that starts with the server's challenge takes no initial response.
                await connection.ReplyAsync(DemoReplies.InvalidArguments).ConfigureAwait(false);
                return true;
            case "CRAM-MD5": result = await CramMd5Async().ConfigureAwait(false); break;
            default:
                await connection.ReplyAsync(DemoReplies.AuthUnknownMechanism).ConfigureAwait(false);
                return true;
        }

        if (result is null) return false;
        state.Authenticated = result == DemoAuthResult.Succeeded;
        await connection.ReplyAsync(result switch
        {
            DemoAuthResult.Succeeded => DemoReplies.AuthSucceeded,
            DemoAuthResult.Cancelled => DemoReplies.AuthCancelled,
            DemoAuthResult.NotBase64 => DemoReplies.AuthNotBase64,
            _ => DemoReplies.AuthFailed,
        }).ConfigureAwait(false);
        return true;
    }

    private async Task<DemoAuthResult?> LoginAsync(string? initial)
    {
        initial ??= await AskAsync(DemoReplies.AuthUsernamePrompt).ConfigureAwait(false);
        if (initial is null) return null;
        var decoded = DemoAuthenticator.TryDecode(initial, out var user);
        if (decoded != DemoAuthResult.Succeeded) return decoded;
        if (await AskAsync(DemoReplies.AuthPasswordPrompt).ConfigureAwait(false) is not { } secretLine) return null;
        decoded = DemoAuthenticator.TryDecode(secretLine, out var secret);
        return decoded != DemoAuthResult.Succeeded ? decoded : authenticator.Check(user, secret);
    }

    private async Task<DemoAuthResult?> PlainAsync(string? initial)
    {
        initial ??= await AskAsync(DemoReplies.AuthPlainPrompt).ConfigureAwait(false);
        if (initial is null) return null;
        var decoded = DemoAuthenticator.TryDecode(initial, out var message);
        return decoded != DemoAuthResult.Succeeded ? decoded : authenticator.CheckPlain(message);
    }

    private async Task<DemoAuthResult?> CramMd5Async()
    {
        var challenge = DemoAuthenticator.NewCramChallenge(clock.GetUtcNow());
        var response = await AskAsync(DemoReplies.AuthCramChallenge(challenge)).ConfigureAwait(false);
        if (response is null) return null;
        var decoded = DemoAuthenticator.TryDecode(response, out var answer);
        return decoded != DemoAuthResult.Succeeded ? decoded : authenticator.CheckCramMd5(challenge, answer);
    }

    // An over-long response reads as empty: it cannot hold the demo credentials anyway.
    private async Task<string?> AskAsync(string challenge)
    {
        await connection.ReplyAsync(challenge).ConfigureAwait(false);
        return await connection.ReadLineAsync().ConfigureAwait(false) is { } line
            ? line.TooLong ? "" : Encoding.Latin1.GetString(line.Bytes)
            : null;
    }
}
