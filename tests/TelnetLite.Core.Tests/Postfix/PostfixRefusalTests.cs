using TelnetLite.Core.Assist;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Support.Peers;

namespace TelnetLite.Core.Tests.Postfix;

/// <summary>The refusals a person meets when typing SMTP to a real Postfix, each explained with its likely cause.</summary>
[Collection(PostfixCollection.Name)]
public sealed class PostfixRefusalTests(PostfixFixture postfix)
{
    [PeerFact(Peer.Postfix)]
    public async Task AnUnknownRecipientIsExplainedAsARecipientThatDoesNotExist()
    {
        await using var session = await PostfixSession.OpenAsync(postfix.Instance);
        await session.TypeAsync("EHLO contoso.com");
        await session.TypeAsync("MAIL FROM:<chris@contoso.com>");

        var refusal = (await session.TypeAsync($"RCPT TO:<kate@{PostfixConfiguration.HostName}>")).Single();

        Assert.StartsWith("550 5.1.1 ", session.ReceivedLines[^1]);
        Assert.Contains("User unknown in local recipient table", session.ReceivedLines[^1]);
        Assert.Equal((550, "5.1.1", SmtpVerb.Rcpt, AssistSeverity.PermanentFailure),
            (refusal.Reply.Code, refusal.Reply.Enhanced?.ToString(), refusal.After, refusal.Severity));
        // The seed's own words for 550 5.1.1, most likely cause first.
        Assert.Equal("the recipient does not exist in the organisation", refusal.Causes[0]);
        Assert.Contains("cause: the recipient does not exist in the organisation", session.AnnotationLines);
    }

    [PeerFact(Peer.Postfix)]
    public async Task DataAfterTheOnlyRecipientWasRefusedIsWarnedAboutAndPostfixsRefusalIsExplained()
    {
        await using var session = await PostfixSession.OpenAsync(postfix.Instance);
        await session.TypeAsync("EHLO contoso.com");
        await session.TypeAsync("MAIL FROM:<chris@contoso.com>");
        await session.TypeAsync($"RCPT TO:<kate@{PostfixConfiguration.HostName}>");

        var refusal = (await session.TypeAsync("DATA")).Single();

        Assert.Contains(session.Transcript, e => e.Kind == TranscriptKind.Warning
            && e.Assist?.Severity == AssistSeverity.ProtocolWarning && e.Text.StartsWith("warning: DATA with no accepted recipient", StringComparison.Ordinal));
        Assert.Equal((554, "5.5.1", SmtpVerb.Data), (refusal.Reply.Code, refusal.Reply.Enhanced?.ToString(), refusal.After));
        Assert.Contains("no valid recipients", refusal.Meaning);
        Assert.Contains("read as commands", refusal.Next);
    }

    [PeerFact(Peer.Postfix)]
    public async Task ARelayDenialIsExplainedAsARecipientDomainThisServerDoesNotTakeMailFor()
    {
        await using var session = await PostfixSession.OpenAsync(postfix.Instance);
        await session.TypeAsync("EHLO contoso.com");
        await session.TypeAsync("MAIL FROM:<chris@contoso.com>");

        var refusal = (await session.TypeAsync("RCPT TO:<kate@fabrikam.com>")).Single();

        Assert.Equal("554 5.7.1 <kate@fabrikam.com>: Relay access denied", session.ReceivedLines[^1]);
        Assert.Equal((554, "5.7.1", SmtpVerb.Rcpt, AssistSeverity.PermanentFailure),
            (refusal.Reply.Code, refusal.Reply.Enhanced?.ToString(), refusal.After, refusal.Severity));
        Assert.StartsWith("relaying denied", refusal.Meaning);
        Assert.Contains("not hosted on this server", refusal.Causes[0]);
        Assert.Contains(refusal.Causes, c => c.Contains("MX record", StringComparison.Ordinal));
        Assert.StartsWith("RCPT TO:<someone in a domain this server hosts>", refusal.Next);
    }

    [PeerFact(Peer.Postfix)]
    public async Task AnInvalidEhloNameIsExplainedWhenPostfixRefusesItAtRcpt()
    {
        await using var session = await PostfixSession.OpenAsync(postfix.Instance);
        // smtpd_delay_reject (the default) lets the bad name through EHLO and MAIL and judges it at RCPT.
        var ehlo = (await session.TypeAsync("EHLO contoso..com")).Single();
        await session.TypeAsync("MAIL FROM:<chris@contoso.com>");

        var refusal = (await session.TypeAsync($"RCPT TO:<{PostfixConfiguration.KnownRecipient}>")).Single();

        Assert.Equal(250, ehlo.Reply.Code);
        Assert.Equal("501 5.5.2 <contoso..com>: Helo command rejected: Invalid name", session.ReceivedLines[^1]);
        Assert.Equal((501, "5.5.2", SmtpVerb.Rcpt, AssistSeverity.PermanentFailure),
            (refusal.Reply.Code, refusal.Reply.Enhanced?.ToString(), refusal.After, refusal.Severity));
        Assert.Contains("refused the name you gave in EHLO/HELO", refusal.Meaning);
        Assert.Contains("invalid characters in the domain name", refusal.Causes[0]);
        Assert.StartsWith("EHLO with a valid host name", refusal.Next);
    }

    [PeerFact(Peer.Postfix)]
    public async Task MailBeforeEhloIsWarnedAboutBeforeSendingAndPostfixsRefusalIsExplained()
    {
        await using var session = await PostfixSession.OpenAsync(postfix.Instance);

        var refusal = (await session.TypeAsync("MAIL FROM:<chris@contoso.com>")).Single();

        var transcript = session.Transcript.ToList();
        var warning = transcript.FindIndex(e => e.Kind == TranscriptKind.Warning && e.Text.StartsWith("warning: MAIL before", StringComparison.Ordinal));
        var sent = transcript.FindIndex(e => e.Kind == TranscriptKind.Sent && e.Text == "MAIL FROM:<chris@contoso.com>");
        Assert.InRange(warning, 0, sent - 1);
        Assert.Equal("503 5.5.1 Error: send HELO/EHLO first", session.ReceivedLines[^1]);
        Assert.Equal((503, "5.5.1", SmtpVerb.Mail), (refusal.Reply.Code, refusal.Reply.Enhanced?.ToString(), refusal.After));
        Assert.Contains("wants a greeting (EHLO or HELO) first", refusal.Meaning);
        Assert.Equal("EHLO contoso.com", refusal.Next);
    }
}
