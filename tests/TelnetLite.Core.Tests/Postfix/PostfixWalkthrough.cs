using TelnetLite.Core.Smtp;

namespace TelnetLite.Core.Tests.Postfix;

/// <summary>The seed's walkthrough adapted to the private Postfix's domain, and the replies it must get.</summary>
internal static class PostfixWalkthrough
{
    public static readonly string[] Lines =
    [
        "EHLO contoso.com",
        "MAIL FROM:<chris@contoso.com>",
        $"RCPT TO:<{PostfixConfiguration.KnownRecipient}>",
        "DATA",
        "Subject: Test from Contoso",
        "",
        "This is a test message",
        ".",
        "QUIT",
    ];

    /// <summary>Code, enhanced code and the command answered, for every reply from the greeting to QUIT's.</summary>
    public static readonly (int, string?, SmtpVerb?)[] ExpectedReplies =
    [
        (220, null, SmtpVerb.Connect),
        (250, null, SmtpVerb.Ehlo),
        (250, "2.1.0", SmtpVerb.Mail),
        (250, "2.1.5", SmtpVerb.Rcpt),
        (354, null, SmtpVerb.Data),
        (250, "2.0.0", SmtpVerb.EndOfData),
        (221, "2.0.0", SmtpVerb.Quit),
    ];
}
