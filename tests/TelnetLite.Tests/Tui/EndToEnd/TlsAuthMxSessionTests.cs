using System.Text;
using TelnetLite.Core.Tests.Support.Peers;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Tui.EndToEnd;

/// <summary>
/// Issue 10's "done when", typed into the real window: MX through a real dnsmasq, STARTTLS, EHLO again, AUTH LOGIN
/// with the user name and password asked on the input line, the seed's message and QUIT, each step explained; and
/// the password, in clear or in any base64 form, nowhere on screen or on disk afterwards.
/// </summary>
public sealed class TlsAuthMxSessionTests
{
    private const string User = "chris@contoso.com";
    // Long and unlike anything TelnetLite prints, so finding it anywhere can only mean a leak.
    private const string Password = "Pw-7qZ!rainbow-Kettle";

    [DnsmasqTmuxFact]
    public async Task OpenMxStartTlsAndAuthLoginTypedInTheWindowAreExplainedAndThePasswordIsNowhere()
    {
        // fabrikam.test's MX is the name on the demo's certificate, and that name is the demo on loopback.
        await using var dns = await DnsmasqServer.StartAsync(
            ["mx-host=fabrikam.test,mail1.fabrikam.com,10", "address=/mail1.fabrikam.com/127.0.0.1"]);
        // The demo's certificate as a lab CA: the chain and the MX host's name are checked for real, nothing pinned.
        await using var terminal = await TuiTerminal.StartAsync(100, 30,
            arguments: $"--dns 127.0.0.1:{dns.EndPoint.Port} --cafile {TuiTerminal.DemoCertificateFile} -f test.log", demoPassword: Password);
        var screenBytes = terminal.Folder.File("screen.bytes");
        terminal.Tmux.RecordOutput(screenBytes);
        terminal.WaitFor("Logging to");
        terminal.WaitFor("telnetlite>");

        terminal.Line($"open mx:fabrikam.test {terminal.Port}");
        var opened = terminal.WaitFor("← 220 mail1.fabrikam.com");
        Assert.Contains("10 mail1.fabrikam.com 127.0.0.1", opened);
        Assert.Contains("connecting to mail1.fabrikam.com [127.0.0.1]", opened);
        Assert.Contains("the most preferred MX host", opened);

        terminal.Line("EHLO contoso.com");
        terminal.WaitFor("SMTP: EHLO ok");
        var offered = terminal.WaitFor("250-STARTTLS");
        Assert.Contains("250-AUTH LOGIN PLAIN CRAM-MD5", offered);

        terminal.Line("STARTTLS");
        var tls = terminal.WaitFor(s => s.Contains("TLS 1.", StringComparison.Ordinal) && s.Contains("next: EHLO contoso.com again", StringComparison.Ordinal),
            "TLS started and the next step");
        Assert.Contains("← 220 2.0.0", tls);
        Assert.Contains("certificate: CN=mail1.fabrikam.com", tls);
        Assert.Contains("verified", tls);
        Assert.DoesNotContain("NOT verified", tls);
        Assert.Contains("✓TLS", tls);
        // The status bar names the protocol while the connection is encrypted.
        Assert.Contains(TuiTerminal.Rows(tls), r => r.StartsWith("127.0.0.1:", StringComparison.Ordinal) && r.Contains("│ TLS 1.", StringComparison.Ordinal));

        terminal.Line("EHLO contoso.com");
        var again = terminal.WaitFor("⇠ 250 CHUNKING");
        Assert.Contains("⇢ EHLO contoso.com", again);

        // auth asks on the input line: the user name as typed, the password as stars.
        terminal.Tmux.Press("C-]");
        terminal.WaitFor("telnetlite>");
        terminal.Line("auth login");
        terminal.WaitFor(s => TuiTerminal.Rows(s).Any(r => r.StartsWith("(user name)", StringComparison.Ordinal)), "auth asking for the user name");
        terminal.Line(User);
        terminal.WaitFor(s => TuiTerminal.Rows(s).Any(r => r.StartsWith($"(password for {User})", StringComparison.Ordinal)), "auth asking for the password");
        terminal.Tmux.Type(Password);
        var typing = terminal.WaitFor(s => TuiTerminal.Rows(s).Any(r => r.StartsWith($"(password for {User}) {new string('*', Password.Length)}", StringComparison.Ordinal)),
            "the password shown as stars");
        Assert.DoesNotContain(Password, typing);
        terminal.Tmux.Press("Enter");
        var authenticated = terminal.WaitFor("235 2.7.0");
        Assert.Contains("⇠ 334 VXNlcm5hbWU6", authenticated);
        Assert.Contains("⇢ ******** (redacted)", authenticated);
        Assert.Contains($"(password for {User}) ********", authenticated);
        Assert.Contains($"auth: authenticated as {User} with LOGIN", authenticated);
        Assert.Contains("235 2.7.0 success", authenticated);

        // The seed's message, each reply explained in the pane.
        void Step(string line, string reply, string explanation)
        {
            terminal.Line(line);
            terminal.WaitFor(s => TuiTerminal.TranscriptRows(s).Any(r => r.StartsWith("⇠ " + reply, StringComparison.Ordinal))
                && TuiTerminal.PaneRows(s).FirstOrDefault()?.StartsWith(" " + explanation, StringComparison.Ordinal) == true, $"'{reply}' explained in the pane");
        }

        terminal.BackToSession();
        Step("MAIL FROM:<chris@contoso.com>", "250 2.1.0 Sender OK", "250 2.1.0 success");
        Step("RCPT TO:<kate@fabrikam.com> NOTIFY=success,failure", "250 2.1.5 Recipient OK", "250 2.1.5 success");
        Step("DATA", "354 Start mail input", "354 intermediate");
        terminal.Line("Subject: Test from Contoso");
        terminal.Line("");
        terminal.Line("This is a test message");
        Step(".", "250 2.6.0", "250 2.6.0 success");
        terminal.Line("QUIT");
        var closed = terminal.WaitFor("Connection closed by foreign host.");
        Assert.Contains("✓Connect ✓Greeting ✓EHLO ✓TLS ✓MAIL ✓RCPT ✓DATA ✓Message ✓. ✓QUIT", closed);

        // The certificate again, in full and readable in the transcript; then the transcript saved.
        terminal.Line("certificate");
        var certificate = terminal.WaitFor("chain: 1 certificate");
        Assert.Contains("subject: CN=mail1.fabrikam.com", certificate);
        Assert.Contains("names:   mail1.fabrikam.com, 127.0.0.1", certificate);
        terminal.Line("save transcript.txt");
        terminal.WaitFor("Transcript saved to");
        var everything = terminal.Tmux.CaptureAll();
        terminal.Line("quit");
        terminal.WaitFor("[exited 0]");

        var delivered = Directory.GetFiles(terminal.Folder.File("mailboxes"), "*.eml", SearchOption.AllDirectories);
        Assert.Contains("Subject: Test from Contoso", await File.ReadAllTextAsync(Assert.Single(delivered)));
        var log = terminal.Log();
        Assert.Contains(" ~> ******** (redacted)", log);
        Assert.Contains(" <~ 235 2.7.0", log);
        // Each challenge explained decoded, as the pane showed it while it was the latest reply.
        Assert.Contains("Username:", log);
        Assert.Contains("Password:", log);
        Assert.Contains(" == ", log);

        var places = new Dictionary<string, string>
        {
            ["the screen and its scrollback"] = everything + terminal.Tmux.CaptureAll(),
            ["every byte written to the terminal"] = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(screenBytes)),
            ["the log"] = log,
            ["the history"] = string.Join('\n', terminal.SessionHistory) + ReadAll(Path.Combine(terminal.ConfigFolder, "telnetlite")),
            ["the saved transcript"] = await File.ReadAllTextAsync(terminal.Folder.File("transcript.txt")),
        };
        Assert.Contains("235 2.7.0", places["the saved transcript"]);
        foreach (var (place, text) in places)
        {
            foreach (var form in SecretForms())
            {
                Assert.False(text.Contains(form, StringComparison.Ordinal), $"'{form}' is in {place}");
            }
        }
    }

    /// <summary>The password and every base64 form a mechanism could send it in (alone, PLAIN's, at each alignment).</summary>
    private static IEnumerable<string> SecretForms()
    {
        yield return Password;
        yield return Convert.ToBase64String(Encoding.UTF8.GetBytes(Password));
        yield return Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{User}\0{Password}"));
        // Inside a longer base64 text the password's bytes start at any of three alignments: the core of each is fixed.
        for (var shift = 0; shift < 3; shift++)
        {
            var encoded = Convert.ToBase64String([.. new byte[shift], .. Encoding.UTF8.GetBytes(Password)]);
            yield return encoded[4..^4];
        }
    }

    private static string ReadAll(string folder) =>
        Directory.Exists(folder) ? string.Join('\n', Directory.GetFiles(folder).Select(File.ReadAllText)) : "";
}
