using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>Each EHLO keyword explained in a line of its own.</summary>
public sealed class SmtpCapabilityExplainerTests
{
    [Theory]
    [InlineData("SIZE 36700160", "SIZE 36700160 — largest message 35 MiB (RFC 1870)")]
    [InlineData("SIZE 10240000", "SIZE 10240000 — largest message 9.8 MiB (RFC 1870)")]
    [InlineData("SIZE 52428800", "SIZE 52428800 — largest message 50 MiB (RFC 1870)")]
    [InlineData("SIZE 157286400", "SIZE 157286400 — largest message 150 MiB (RFC 1870)")]
    [InlineData("SIZE 1000", "SIZE 1000 — largest message 1000 bytes (RFC 1870)")]
    [InlineData("SIZE 0", "SIZE 0 — no fixed size limit (RFC 1870)")]
    [InlineData("SIZE", "SIZE — the server takes the SIZE= parameter but states no limit (RFC 1870)")]
    [InlineData("SIZE lots", "SIZE lots — a size limit the server wrote unreadably: \"lots\" (RFC 1870)")]
    public void SizeIsShownAsAReadableSize(string line, string expected)
    {
        Assert.Equal(expected, Explain(line));
    }

    [Fact]
    public void AuthListsEachMechanismExplained()
    {
        var line = Explain("AUTH LOGIN PLAIN CRAM-MD5 XOAUTH2 GSSAPI NTLM");

        foreach (var mechanism in (string[])["LOGIN (", "PLAIN (", "CRAM-MD5 (", "XOAUTH2 (", "GSSAPI (Kerberos)", "NTLM ("])
            Assert.Contains(mechanism, line);
        Assert.Contains("RFC 4954", line);
    }

    [Fact]
    public void TheOldAuthEqualsFormIsNamedAsSuch()
    {
        Assert.Contains("old AUTH= form", Explain("AUTH=LOGIN PLAIN"));
    }

    [Theory]
    [InlineData("STARTTLS", "RFC 3207")]
    [InlineData("PIPELINING", "RFC 2920")]
    [InlineData("DSN", "RFC 3461")]
    [InlineData("8BITMIME", "RFC 6152")]
    [InlineData("BINARYMIME", "RFC 3030")]
    [InlineData("SMTPUTF8", "RFC 6531")]
    [InlineData("CHUNKING", "BDAT")]
    [InlineData("ENHANCEDSTATUSCODES", "RFC 2034")]
    [InlineData("ETRN", "RFC 1985")]
    [InlineData("DELIVERBY 240", "at least 240 seconds")]
    [InlineData("BURL imap", "RFC 4468")]
    [InlineData("MT-PRIORITY MIXER", "MIXER policy")]
    [InlineData("RRVS", "RFC 7293")]
    [InlineData("REQUIRETLS", "RFC 8689")]
    [InlineData("LIMITS RCPTMAX=100 MAILMAX=10", "at most 100 recipients per transaction, at most 10 transactions per session")]
    [InlineData("VRFY", "VRFY <address>")]
    [InlineData("HELP", "help text")]
    [InlineData("XCLIENT NAME ADDR PROTO HELO", "Postfix")]
    [InlineData("XFORWARD NAME ADDR PROTO HELO", "Postfix")]
    [InlineData("X-EXPS GSSAPI NTLM", "Exchange server authentication between servers with GSSAPI, NTLM")]
    [InlineData("X-ANONYMOUSTLS", "Exchange")]
    [InlineData("XEXCH50", "Exchange")]
    [InlineData("XRDST", "Exchange")]
    [InlineData("XSHADOW", "shadow redundancy")]
    public void EachKnownKeywordIsExplained(string line, string expected)
    {
        Assert.Contains(expected, Explain(line));
    }

    [Fact]
    public void AnUnknownXKeywordIsANonStandardExtension()
    {
        Assert.Contains("non-standard extension", Explain("X-LINK2STATE"));
        Assert.Contains("non-standard extension", Explain("XUSR"));
    }

    [Fact]
    public void AnyOtherUnknownKeywordIsUnregistered()
    {
        Assert.Contains("unregistered keyword", Explain("SOMETHING-NEW 42"));
    }

    [Fact]
    public void EveryKeywordGetsALineInTheOrderAdvertised()
    {
        var capabilities = Replies.Capabilities("SIZE 36700160", "PIPELINING", "DSN", "ENHANCEDSTATUSCODES", "STARTTLS", "AUTH LOGIN", "8BITMIME");

        var lines = SmtpCapabilityExplainer.Explain(capabilities);

        Assert.Equal(["SIZE", "PIPELINING", "DSN", "ENHANCEDSTATUSCODES", "STARTTLS", "AUTH", "8BITMIME"], lines.Select(l => l.Split(' ')[0]));
    }

    [Fact]
    public void NoKeywordsGiveNoLines()
    {
        Assert.Empty(SmtpCapabilityExplainer.Explain(SmtpCapabilities.FromEhloReply(Replies.Parse("250 mail1.fabrikam.com"))));
    }

    private static string Explain(string keywordLine) =>
        Assert.Single(SmtpCapabilityExplainer.Explain(Replies.Capabilities(keywordLine)));
}
