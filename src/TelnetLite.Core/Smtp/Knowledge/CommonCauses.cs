namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Causes that several rules share, so that one reply reads the same whichever rule recognised it.</summary>
internal static class CommonCauses
{
    public const string NoPtr =
        "the sending IP address has no reverse DNS name (PTR record), or that name does not resolve back to the same address";

    public const string DmarcFailed =
        "the message failed the From: domain's DMARC policy: neither SPF nor DKIM passed for that domain";

    public const string SendingForForeignDomain =
        "typing by hand from a host the domain's SPF record does not list, with no DKIM signature, as any Telnet test does";

    public const string RelayDenied =
        "the recipient's domain is not hosted on this server, and you are neither authenticated nor on a network allowed to relay";

    public const string WrongServer = "you connected to the wrong server: mail for a domain goes to the host its MX record names";

    public const string Blocklisted = "the sending IP address is on a DNS blocklist the server checks (the reply usually names it)";

    public const string TypingMistake = "a typing mistake in the command";

    public const string BackspaceSent =
        "backspace or other control characters went to the server with the line (classic telnet sends them as typed)";

    public const string AfterRefusedData = "message lines typed after a refused DATA are read as commands";

    public const string Greylisting =
        "greylisting: the server defers mail from a sender it has not seen before, on purpose, and accepts it when it is sent again after a delay";

    public const string AuthNeedsTls = "the server advertises STARTTLS but not AUTH: AUTH probably needs STARTTLS first";

    public const string PipeliningWithoutPermission =
        "commands were pasted or typed before the server had answered the previous one, and the server did not advertise PIPELINING (or had not sent its greeting yet)";

    public const string MissingBlankLine =
        "no blank line between the headers and the body, so body lines were read as malformed headers";
}
