using System.Text;
using TelnetLite.Core.Smtp;

namespace TelnetLite.Core.Tests.Smtp;

public sealed class SmtpCommandParserTests
{
    private static string Parameters(SmtpCommand command) =>
        string.Join(" ", command.Parameters.Select(p => p.Value is null ? p.Key : $"{p.Key}={p.Value}"));

    [Theory]
    [InlineData("EHLO contoso.com", SmtpVerb.Ehlo, "contoso.com")]
    [InlineData("ehlo contoso.com", SmtpVerb.Ehlo, "contoso.com")]
    [InlineData("  EHLO   contoso.com  ", SmtpVerb.Ehlo, "contoso.com")]
    [InlineData("HELO contoso.com", SmtpVerb.Helo, "contoso.com")]
    [InlineData("LHLO contoso.com", SmtpVerb.Lhlo, "contoso.com")]
    [InlineData("DATA", SmtpVerb.Data, "")]
    [InlineData("data", SmtpVerb.Data, "")]
    [InlineData("RSET", SmtpVerb.Rset, "")]
    [InlineData("NOOP", SmtpVerb.Noop, "")]
    [InlineData("QUIT", SmtpVerb.Quit, "")]
    [InlineData("Quit\r", SmtpVerb.Quit, "")]
    [InlineData("EXPN staff", SmtpVerb.Expn, "staff")]
    [InlineData("HELP MAIL", SmtpVerb.Help, "MAIL")]
    [InlineData("ETRN @fabrikam.com", SmtpVerb.Etrn, "@fabrikam.com")]
    [InlineData("AUTH PLAIN AGNocmlzAHNlY3JldA==", SmtpVerb.Auth, "PLAIN AGNocmlzAHNlY3JldA==")]
    [InlineData("auth login", SmtpVerb.Auth, "login")]
    [InlineData("STARTTLS", SmtpVerb.StartTls, "")]
    [InlineData("starttls", SmtpVerb.StartTls, "")]
    [InlineData("BDAT 1000 LAST", SmtpVerb.Bdat, "1000 LAST")]
    [InlineData("USER x", SmtpVerb.Unknown, "x")]
    [InlineData("", SmtpVerb.Unknown, "")]
    [InlineData(".", SmtpVerb.Unknown, "")]
    [InlineData("Subject: Test from Contoso", SmtpVerb.Unknown, "Test from Contoso")]
    [InlineData("MAILFROM:<chris@contoso.com>", SmtpVerb.Unknown, "")]
    [InlineData("EHLOcontoso.com", SmtpVerb.Unknown, "")]
    public void TheVerbIsRecognisedInAnyCaseAndTheArgumentIsWhatFollowsIt(string line, SmtpVerb verb, string argument)
    {
        var command = SmtpCommandParser.Parse(line);
        Assert.Equal(verb, command.Verb);
        Assert.Equal(argument, command.Argument);
        Assert.Equal(line, command.Line);
    }

    [Theory]
    [InlineData("MAIL FROM:chris@contoso.com", "chris@contoso.com", false, false, "")]
    [InlineData("MAIL FROM:<chris@contoso.com>", "chris@contoso.com", true, false, "")]
    [InlineData("mail from:<chris@contoso.com>", "chris@contoso.com", true, false, "")]
    [InlineData("MAIL FROM: <chris@contoso.com>", "chris@contoso.com", true, true, "")]
    [InlineData("MAIL FROM :<chris@contoso.com>", "chris@contoso.com", true, true, "")]
    [InlineData("MAIL FROM:<>", "", true, false, "")]
    [InlineData("MAIL FROM:", null, false, false, "")]
    [InlineData("MAIL FROM chris@contoso.com", "chris@contoso.com", false, false, "")]
    [InlineData("MAIL FROM:<chris@contoso.com> SIZE=1000 BODY=8BITMIME RET=HDRS ENVID=QQ314159 SMTPUTF8 AUTH=<>",
        "chris@contoso.com", true, false, "SIZE=1000 BODY=8BITMIME RET=HDRS ENVID=QQ314159 SMTPUTF8 AUTH=<>")]
    [InlineData("MAIL FROM:<chris@contoso.com> size=1000", "chris@contoso.com", true, false, "SIZE=1000")]
    public void MailFromGivesTheSenderItsBracketsTheColonSpacingAndTheParameters(
        string line, string? address, bool brackets, bool spaceAroundColon, string parameters)
    {
        var command = SmtpCommandParser.Parse(line);
        Assert.Equal(SmtpVerb.Mail, command.Verb);
        Assert.Equal(address, command.Address);
        Assert.Equal(brackets, command.HasAngleBrackets);
        Assert.Equal(spaceAroundColon, command.SpaceAroundColon);
        Assert.Equal(parameters, Parameters(command));
    }

    [Theory]
    [InlineData("RCPT TO:kate@fabrikam.com NOTIFY=success,failure", "kate@fabrikam.com", false, false, "NOTIFY=success,failure")]
    [InlineData("RCPT TO:<kate@fabrikam.com> NOTIFY=NEVER ORCPT=rfc822;kate@fabrikam.com", "kate@fabrikam.com", true, false,
        "NOTIFY=NEVER ORCPT=rfc822;kate@fabrikam.com")]
    [InlineData("rcpt to: kate@fabrikam.com", "kate@fabrikam.com", false, true, "")]
    [InlineData("RCPT TO:<kate@fabrikam.com", "<kate@fabrikam.com", false, false, "")]
    public void RcptToGivesTheRecipientItsBracketsTheColonSpacingAndTheParameters(
        string line, string address, bool brackets, bool spaceAroundColon, string parameters)
    {
        var command = SmtpCommandParser.Parse(line);
        Assert.Equal(SmtpVerb.Rcpt, command.Verb);
        Assert.Equal(address, command.Address);
        Assert.Equal(brackets, command.HasAngleBrackets);
        Assert.Equal(spaceAroundColon, command.SpaceAroundColon);
        Assert.Equal(parameters, Parameters(command));
    }

    [Fact]
    public void ParametersAreFoundWhateverTheCaseOfTheKeyword()
    {
        var command = SmtpCommandParser.Parse("RCPT TO:<kate@fabrikam.com> notify=SUCCESS");
        Assert.Equal("SUCCESS", command.Parameters["NOTIFY"]);
        Assert.True(command.Parameters.ContainsKey("Notify"));
    }

    [Theory]
    [InlineData("VRFY <kate@fabrikam.com>", "kate@fabrikam.com")]
    [InlineData("VRFY kate", "kate")]
    [InlineData("VRFY Smith, John", "Smith, John")]
    public void VrfyGivesTheNameOrMailboxAsked(string line, string address) =>
        Assert.Equal(address, SmtpCommandParser.Parse(line).Address);

    [Theory]
    [InlineData("BDAT 1000 LAST", 1000L, true)]
    [InlineData("BDAT 0 LAST", 0L, true)]
    [InlineData("bdat 86 last", 86L, true)]
    [InlineData("BDAT 512", 512L, false)]
    [InlineData("BDAT x", null, false)]
    [InlineData("BDAT", null, false)]
    public void BdatGivesItsChunkSizeAndWhetherItIsTheLast(string line, long? size, bool last)
    {
        var command = SmtpCommandParser.Parse(line);
        Assert.Equal(size, SmtpCommandParser.BdatChunkSize(command));
        Assert.Equal(last, command.Parameters.ContainsKey("LAST"));
    }

    [Fact]
    public void TheByteFormDecodesUtf8()
    {
        var command = SmtpCommandParser.Parse(Encoding.UTF8.GetBytes("RCPT TO:<k\u00e4te@fabrikam.com>"));
        Assert.Equal("k\u00e4te@fabrikam.com", command.Address);
    }

    [Fact]
    public void ChunkSizeIsNullForAnythingButBdat() =>
        Assert.Null(SmtpCommandParser.BdatChunkSize(SmtpCommandParser.Parse("DATA 12")));
}
