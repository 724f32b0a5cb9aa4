using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

public sealed class SmtpAssistantSecretLineTests
{
    [Fact]
    public void TheCredentialTypedAfterARefusedAuthIsStillTreatedAsSecret()
    {
        var session = new AssistantSession().Receive("220 mail ESMTP").Send("EHLO contoso.com").Receive("250 mail");
        session.Send("AUTH PLAIN").Receive("503 5.5.1 Error: authentication not enabled");

        Assert.True(session.Assistant.IsSecretLine("AGNocmlzQGNvbnRvc28uY29tAGRlbW8="));
    }

    [Fact]
    public void AfterARefusedAuthACommandIsNotSecret()
    {
        var session = new AssistantSession().Receive("220 mail ESMTP").Send("EHLO contoso.com").Receive("250 mail");
        session.Send("AUTH PLAIN").Receive("503 5.5.1 Error: authentication not enabled");

        Assert.False(session.Assistant.IsSecretLine("QUIT"));
        Assert.False(session.Assistant.IsSecretLine("MAIL FROM:<chris@contoso.com>"));
    }

    [Fact]
    public void AWordAfterAnOrdinaryCommandIsNotSecret()
    {
        var session = new AssistantSession().Receive("220 mail ESMTP").Send("NOOP").Receive("250 2.0.0 Ok");

        Assert.False(session.Assistant.IsSecretLine("AGNocmlzQGNvbnRvc28uY29tAGRlbW8="));
    }
}
