using System.Text;
using CsCheck;

namespace TelnetLite.Core.Tests.Smtp.Support;

/// <summary>Generators biased towards SMTP's structure, so arbitrary input also hits codes, separators and line ends.</summary>
internal static class SmtpInputGen
{
    private static readonly byte[] Interesting = Encoding.ASCII.GetBytes("0123455-. \r\n\r\nxX:<>@");

    /// <summary>Any byte, or often one that matters to the reply parser.</summary>
    public static readonly Gen<byte> Byte = Gen.Frequency((1, (IGen<byte>)Gen.Byte), (3, Gen.OneOf(Interesting)),
        (1, Gen.OneOf<byte>(0xC3, 0xA9, 0xFF, 0x00)));

    public static readonly Gen<byte[]> Bytes = Byte.Array[0, 700];

    private static readonly string[] Fragments =
    [
        "EHLO contoso.com", "HELO x", "MAIL FROM:", "MAIL FROM: <", "RCPT TO:", "<chris@contoso.com>", "kate@fabrikam.com",
        " NOTIFY=success,failure", " SIZE=", " LAST", "DATA", "BDAT ", "12", "RSET", "QUIT", "AUTH LOGIN", "STARTTLS", ".", "..",
        "Subject: x", " ", ":", "=", "\u00e4", "\t", "\r",
    ];

    /// <summary>A line a user might send: fragments of commands mixed with arbitrary characters.</summary>
    public static readonly Gen<string> Line = Gen.Frequency(
        (3, (IGen<string>)Gen.OneOf(Fragments).Array[0, 4].Select(string.Concat)),
        (1, Gen.String[0, 80]),
        (1, Gen.Char.Array[0, 600].Select(c => new string(c))));

    /// <summary>Server lines: replies, broken replies and noise.</summary>
    public static readonly Gen<string> ServerText = Gen.Frequency(
        (3, (IGen<string>)Gen.OneOf(
            "220 mail1.fabrikam.com ESMTP\r\n", "250-mail1\r\n250-PIPELINING\r\n250-DSN\r\n250 AUTH LOGIN\r\n", "250 2.1.0 Ok\r\n",
            "354 go ahead\r\n", "334 VXNlcm5hbWU6\r\n", "235 2.7.0 ok\r\n", "220 2.0.0 Ready to start TLS\r\n", "221 2.0.0 Bye\r\n",
            "421 4.4.2 timeout\r\n", "503 5.5.1 need RCPT\r\n", "554 5.5.1 Error: no valid recipients\r\n", "550-5.7.26 a\n551 b\r\n")),
        (1, Bytes.Select(b => Encoding.Latin1.GetString(b))));
}
