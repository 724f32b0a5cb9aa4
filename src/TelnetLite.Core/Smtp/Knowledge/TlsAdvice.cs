namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// What to say wherever TLS would be the next step: TelnetLite, like telnet, has no TLS handshake for what
/// follows STARTTLS's 220, so a hand-typed session cannot go on after it; tools that can are named instead. The
/// sentences are the table's steps (<c>tls-cannot</c>, <c>tls-tools</c>, <c>tls-needed</c>), so that they change in
/// one place when TLS arrives.
/// </summary>
internal static class TlsAdvice
{
    /// <summary>The tools that can test SMTP over TLS, aimed at the port when it is known.</summary>
    public static string Tools(int port) => new KnowledgeScope(KnowledgeBase.Current, null, port).Say("tls-tools");

    /// <summary>The next step when TLS is required first; <paramref name="whatStep"/> names the step that says what needs it.</summary>
    public static string Needed(int port, string whatStep)
    {
        var scope = new KnowledgeScope(KnowledgeBase.Current, null, port);
        return scope.Say("tls-needed", ("what", scope.Say(whatStep)));
    }
}
