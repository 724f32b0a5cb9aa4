namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// What to say wherever TLS would be the next step: STARTTLS, which TelnetLite follows with the handshake itself, then
/// EHLO again. The sentences are the table's steps (<c>tls-start</c>, <c>tls-needed</c>), so they change in one place.
/// </summary>
internal static class TlsAdvice
{
    /// <summary>The next step when TLS is required first; <paramref name="whatStep"/> names the step that says what needs it.</summary>
    public static string Needed(int port, string whatStep)
    {
        var scope = new KnowledgeScope(KnowledgeBase.Current, null, port);
        return scope.Say("tls-needed", ("what", scope.Say(whatStep)));
    }
}
