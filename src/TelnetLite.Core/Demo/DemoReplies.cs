namespace TelnetLite.Core.Demo;

/// <summary>The reply texts, word for word those of the seed's Exchange 2007 server where the seed gives them.</summary>
internal static class DemoReplies
{
    public const string SenderOk = "250 2.1.0 Sender OK";
    public const string RecipientOk = "250 2.1.5 Recipient OK";
    public const string StartMailInput = "354 Start mail input; end with <CRLF>.<CRLF>";
    public const string Closing = "221 2.0.0 Service closing transmission channel";
    public const string InvalidDomain = "501 5.5.4 Invalid domain name";
    public const string InvalidSender = "550 5.1.7 Invalid address";
    public const string InvalidRecipient = "501 5.1.3 Invalid address";
    public const string NotAuthenticated = "530 5.7.1 Client was not authenticated";
    public const string UserUnknown = "550 5.1.1 User unknown";
    public const string UnableToRelay = "550 5.7.1 Unable to relay";
    public const string SendHelloFirst = "503 5.5.2 Send hello first";
    public const string Unrecognized = "500 5.3.3 Unrecognized command";
    public const string NeedMail = "503 5.5.2 Need mail command";
    public const string NeedRcpt = "503 5.5.2 Need rcpt command";
    public const string SenderAlreadySpecified = "503 5.5.2 Sender already specified";
    public const string InvalidArguments = "501 5.5.4 Invalid arguments";
    public const string LineTooLong = "500 5.5.6 Line too long";
    public const string MessageLineTooLong = "554 5.6.0 Message contains a line that is too long";
    public const string TooBig = "552 5.3.4 Message size exceeds fixed maximum message size";
    public const string TooManyRecipients = "452 4.5.3 Too many recipients";
    public const string Ok = "250 2.0.0 OK";
    public const string Resetting = "250 2.0.0 Resetting";
    public const string ReadyForTls = "220 2.0.0 SMTP server ready";
    public const string TlsAlreadyActive = "503 5.5.1 TLS already active";
    public const string AuthSucceeded = "235 2.7.0 Authentication successful";
    public const string AuthFailed = "535 5.7.8 Authentication unsuccessful";
    public const string AuthCancelled = "501 5.0.0 Authentication cancelled";
    public const string AuthNotBase64 = "501 5.5.2 Cannot Base64-decode Client responses";
    public const string AuthUnknownMechanism = "504 5.7.4 Unrecognized authentication type";
    public const string AlreadyAuthenticated = "503 5.5.2 Already authenticated";
    public const string AuthDuringTransaction = "503 5.5.2 Mail transaction in progress";
    public const string BadSequence = "503 5.5.1 Bad sequence of commands";
    public const string StoreFailed = "451 4.3.0 Local error in processing";
    public const string IdleTimeout = "421 4.4.1 Connection timed out";
    public const string TooManyConnections = "421 4.3.2 The maximum number of concurrent connections has exceeded a limit, closing transmission channel";
    public const string AuthUsernamePrompt = "334 VXNlcm5hbWU6";
    public const string AuthPasswordPrompt = "334 UGFzc3dvcmQ6";
    public const string AuthPlainPrompt = "334 ";

    /// <summary>The CRAM-MD5 challenge line (RFC 2195): the challenge in base64.</summary>
    public static string AuthCramChallenge(string challenge) => "334 " + Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(challenge));

    public const string Help =
        "214-This server supports the following commands:\r\n" +
        "214 HELO EHLO STARTTLS RCPT DATA RSET MAIL QUIT HELP AUTH BDAT NOOP VRFY";

    public static string Greeting(DateTimeOffset now) =>
        $"220 {DemoServerInfo.HostName} Microsoft ESMTP MAIL Service ready at {DemoDate.Format(now)}";

    public static string Hello(string clientAddress) => $"250 {DemoServerInfo.HostName} Hello [{clientAddress}]";

    public static string Ehlo(string clientAddress, long maxMessageSize, bool offerStartTls)
    {
        var lines = new List<string>
        {
            $"{DemoServerInfo.HostName} Hello [{clientAddress}]",
            $"SIZE {maxMessageSize}",
            "PIPELINING",
            "DSN",
            "ENHANCEDSTATUSCODES",
        };
        if (offerStartTls) lines.Add("STARTTLS");
        lines.AddRange(["AUTH LOGIN PLAIN CRAM-MD5", "8BITMIME", "BINARYMIME", "CHUNKING"]);
        return string.Join("\r\n", lines.Select((line, i) => (i == lines.Count - 1 ? "250 " : "250-") + line));
    }

    public static string Queued(string messageId) => $"250 2.6.0 <{messageId}> Queued mail for delivery";

    public static string ChunkReceived(long octets) => $"250 2.0.0 CHUNK received OK, {octets} octets";

    public static string CannotVerify(string who) => $"252 2.1.5 Cannot VRFY user, but will take message for <{who}>";
}
