namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// Enhanced status codes: RFC 3463's subjects and details with the registry's later ones (RFC 5248: RFC 3886, 4468,
/// 4954, 6531, 6710, 7293, 7372, 7505, 8617, 8689), and the vendor codes the reference quotes.
/// </summary>
internal static class EnhancedStatusCatalog
{
    private static readonly Dictionary<(int Subject, int Detail), string> Details = new()
    {
        [(0, 0)] = "other undefined status",
        [(1, 0)] = "other address status",
        [(1, 1)] = "bad destination mailbox address",
        [(1, 2)] = "bad destination system address",
        [(1, 3)] = "bad destination mailbox address syntax",
        [(1, 4)] = "destination mailbox address ambiguous",
        [(1, 5)] = "destination address valid",
        [(1, 6)] = "destination mailbox has moved, no forwarding address",
        [(1, 7)] = "bad sender's mailbox address syntax",
        [(1, 8)] = "bad sender's system address",
        [(1, 9)] = "message relayed to non-compliant mailer",
        [(1, 10)] = "recipient address has null MX",
        [(2, 0)] = "other or undefined mailbox status",
        [(2, 1)] = "mailbox disabled, not accepting messages",
        [(2, 2)] = "mailbox full",
        [(2, 3)] = "message length exceeds administrative limit",
        [(2, 4)] = "mailing list expansion problem",
        [(3, 0)] = "other or undefined mail system status",
        [(3, 1)] = "mail system full",
        [(3, 2)] = "system not accepting network messages",
        [(3, 3)] = "system not capable of selected features",
        [(3, 4)] = "message too big for system",
        [(3, 5)] = "system incorrectly configured",
        [(3, 6)] = "requested priority was changed",
        [(4, 0)] = "other or undefined network or routing status",
        [(4, 1)] = "no answer from host",
        [(4, 2)] = "bad connection",
        [(4, 3)] = "directory server failure",
        [(4, 4)] = "unable to route",
        [(4, 5)] = "mail system congestion",
        [(4, 6)] = "routing loop detected",
        [(4, 7)] = "delivery time expired",
        [(5, 0)] = "other or undefined protocol status",
        [(5, 1)] = "invalid command",
        [(5, 2)] = "syntax error",
        [(5, 3)] = "too many recipients",
        [(5, 4)] = "invalid command arguments",
        [(5, 5)] = "wrong protocol version",
        [(5, 6)] = "authentication exchange line is too long",
        [(6, 0)] = "other or undefined media error",
        [(6, 1)] = "media not supported",
        [(6, 2)] = "conversion required and prohibited",
        [(6, 3)] = "conversion required but not supported",
        [(6, 4)] = "conversion with loss performed",
        [(6, 5)] = "conversion failed",
        [(6, 6)] = "message content not available",
        [(6, 7)] = "non-ASCII addresses not permitted for that sender or recipient",
        [(6, 8)] = "UTF-8 string reply is required, but not permitted by the client",
        [(6, 9)] = "UTF-8 header message cannot be transferred to one or more recipients",
        [(7, 0)] = "other or undefined security status",
        [(7, 1)] = "delivery not authorized, message refused",
        [(7, 2)] = "mailing list expansion prohibited",
        [(7, 3)] = "security conversion required but not possible",
        [(7, 4)] = "security features not supported",
        [(7, 5)] = "cryptographic failure",
        [(7, 6)] = "cryptographic algorithm not supported",
        [(7, 7)] = "message integrity failure",
        [(7, 8)] = "authentication credentials invalid",
        [(7, 9)] = "authentication mechanism is too weak",
        [(7, 10)] = "encryption needed",
        [(7, 11)] = "encryption required for requested authentication mechanism",
        [(7, 12)] = "a password transition is needed",
        [(7, 13)] = "user account disabled",
        [(7, 14)] = "trust relationship required",
        [(7, 15)] = "priority level is too low",
        [(7, 16)] = "message is too big for the specified priority",
        [(7, 17)] = "mailbox owner has changed",
        [(7, 18)] = "domain owner has changed",
        [(7, 19)] = "RRVS test cannot be completed",
        [(7, 20)] = "no passing DKIM signature found",
        [(7, 21)] = "no acceptable DKIM signature found",
        [(7, 22)] = "no valid author-matched DKIM signature found",
        [(7, 23)] = "SPF validation failed",
        [(7, 24)] = "SPF validation error",
        [(7, 25)] = "reverse DNS validation failed",
        [(7, 26)] = "multiple authentication checks failed; Gmail: the domain's DMARC policy",
        [(7, 27)] = "sender address has null MX",
        [(7, 29)] = "ARC validation failure",
        [(7, 30)] = "REQUIRETLS support required",
    };

    /// <summary>Codes whose common use is a vendor's, not the registry's.</summary>
    private static readonly Dictionary<(int Subject, int Detail), string> VendorDetails = new()
    {
        [(1, 10)] = "recipient address has null MX; Exchange Online: recipient not found by address lookup",
        [(4, 1)] = "no answer from host; Exchange Online: the recipient does not exist",
        [(6, 11)] = "Exchange Online: bare line feeds are not allowed",
        [(7, 57)] = "Exchange Online: client not authenticated to send mail",
        [(7, 64)] = "Exchange Online: relay access denied (tenant attribution)",
        [(7, 511)] = "Exchange Online: banned sender",
        [(7, 708)] = "Exchange Online: traffic not accepted from this IP address",
        [(7, 750)] = "Exchange Online: client blocked from sending from unregistered domains",
    };

    /// <summary>Success codes read as what went right: RFC 3463's details describe what went wrong.</summary>
    private static readonly Dictionary<(int Subject, int Detail), string> SuccessDetails = new()
    {
        [(0, 0)] = "success",
        [(1, 0)] = "address valid",
        [(1, 5)] = "destination address valid",
        [(5, 0)] = "command accepted",
        [(6, 0)] = "message accepted",
        [(6, 4)] = "conversion with loss performed",
        [(7, 0)] = "authentication succeeded",
    };

    private static readonly string[] Subjects =
    [
        "other or undefined status",
        "addressing status",
        "mailbox status",
        "mail system status",
        "network and routing status",
        "mail delivery protocol status",
        "message content or media status",
        "security or policy status",
    ];

    /// <summary>The code's meaning in a few words.</summary>
    public static string Describe(EnhancedStatusCode code)
    {
        var key = (code.Subject, code.Detail);
        if (code.Class == 2)
        {
            if (SuccessDetails.TryGetValue(key, out var success)) return success;
            return code.Subject < Subjects.Length ? $"success ({Subjects[code.Subject]})" : "success";
        }
        if (VendorDetails.TryGetValue(key, out var vendor)) return vendor;
        if (code.Subject == 7 && code.Detail is >= 606 and <= 649) return "Exchange Online: banned sending IP address";
        if (Details.TryGetValue(key, out var detail)) return detail;
        if (code.Subject >= Subjects.Length) return $"subject {code.Subject} is not defined by RFC 3463";
        return $"{Subjects[code.Subject]}, detail {code.Detail} not known to TelnetLite";
    }

    /// <summary>True when the registry (or a vendor table) names this subject and detail.</summary>
    public static bool IsKnown(int subject, int detail) =>
        Details.ContainsKey((subject, detail)) || VendorDetails.ContainsKey((subject, detail));
}
