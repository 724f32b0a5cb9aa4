using System.Globalization;

namespace TelnetLite.Core.Demo;

/// <summary>MAIL FROM and RCPT TO: each line in, one reply out, the transaction updated when accepted.</summary>
internal static class DemoEnvelopeCommands
{
    public static string Mail(string argument, DemoSessionState state, DemoServerOptions options)
    {
        if (state.HeloDomain is null) return DemoReplies.SendHelloFirst;
        if (options.RequireAuth && !state.Authenticated) return DemoReplies.NotAuthenticated;
        if (state.Transaction.Sender is not null) return DemoReplies.SenderAlreadySpecified;
        switch (DemoPath.TryParse(argument, "FROM:", allowNullPath: true, out var path))
        {
            case DemoPathParseResult.MissingKeyword: return DemoReplies.InvalidArguments;
            case DemoPathParseResult.BadAddress: return DemoReplies.InvalidSender;
        }

        foreach (var (key, value) in path!.Parameters)
        {
            if (!DemoEsmtpParameters.IsValidMailParameter(key, value)) return DemoReplies.InvalidArguments;
            if (key == "SIZE" && long.Parse(value!, CultureInfo.InvariantCulture) > options.MaxMessageSize) return DemoReplies.TooBig;
        }

        state.Transaction.Begin(path.Address);
        return DemoReplies.SenderOk;
    }

    public static string Rcpt(string argument, DemoSessionState state, DemoServerOptions options)
    {
        if (state.HeloDomain is null) return DemoReplies.SendHelloFirst;
        if (state.Transaction.Sender is null) return DemoReplies.NeedMail;
        switch (DemoPath.TryParse(argument, "TO:", allowNullPath: false, out var path))
        {
            case DemoPathParseResult.MissingKeyword: return DemoReplies.InvalidArguments;
            case DemoPathParseResult.BadAddress: return DemoReplies.InvalidRecipient;
        }

        if (path!.Parameters.Any(p => !DemoEsmtpParameters.IsValidRcptParameter(p.Key, p.Value))) return DemoReplies.InvalidArguments;
        if (state.Transaction.Recipients.Count >= options.MaxRecipients) return DemoReplies.TooManyRecipients;

        var at = path.Address.LastIndexOf('@');
        var local = at < 0 ? path.Address : path.Address[..at];
        var domain = at < 0 ? DemoServerInfo.LocalDomain : path.Address[(at + 1)..];
        if (domain.Equals(DemoServerInfo.LocalDomain, StringComparison.OrdinalIgnoreCase))
        {
            if (!DemoServerInfo.Mailboxes.Contains(local, StringComparer.OrdinalIgnoreCase)) return DemoReplies.UserUnknown;
        }
        else if (!state.Authenticated)
        {
            // Exchange relays for authenticated clients only; the demo accepts such mail and keeps it here.
            return DemoReplies.UnableToRelay;
        }

        state.Transaction.AddRecipient(path.Address);
        return DemoReplies.RecipientOk;
    }
}
