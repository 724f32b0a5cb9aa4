using System.Text;
using System.Text.RegularExpressions;

namespace TelnetLite.Core.Session;

/// <summary>
/// Knows when the next line typed is a Telnet login's password: the server echoes what is typed (it said WILL ECHO)
/// and its last prompt asks for a password, a passphrase or a PIN (<c>Password: </c>, <c>Password for chris:</c>,
/// <c>Enter PIN:</c>). Such a line is then redacted in the log and kept out of history.
/// </summary>
/// <remarks>
/// <para>inetutils telnetd says WILL ECHO for the whole session and echoes every line itself, so the echo alone says
/// nothing: the prompt is the signal, as it is for a person. The prompt is the last line received that is not empty,
/// usually one without a line end; it is read from the received data as it arrives, so it counts before the session
/// has published it as a line. A line sent answers it: the next one is secret only if another such prompt comes.</para>
/// <para>Fed on the session's dispatcher; <see cref="NextLineIsSecret"/> may be read from any thread.</para>
/// </remarks>
internal sealed partial class LoginSecretWatcher : ISessionObserver
{
    // A prompt is short; a longer line is no prompt, and what is kept of it stays bounded whatever the server sends.
    private const int MaximumPrompt = 256;

    private static ReadOnlySpan<byte> AsciiBlanks => " \t\r\f\v"u8;

    private readonly byte[] _current = new byte[MaximumPrompt];
    private int _currentLength;
    private bool _currentTooLong;
    private string _lastLine = "";
    private volatile bool _serverEchoes;
    private volatile bool _promptAsksForSecret;

    /// <summary>True when the next line sent answers a password, passphrase or PIN prompt of a server that echoes.</summary>
    public bool NextLineIsSecret => _serverEchoes && _promptAsksForSecret;

    /// <summary>True when <paramref name="prompt"/> (one line, as received) asks for a password, a passphrase or a PIN.</summary>
    public static bool AsksForSecret(string prompt) => SecretPrompt().IsMatch(StyleSequence().Replace(prompt, ""));

    public void OnSessionEvent(SessionEvent sessionEvent)
    {
        switch (sessionEvent)
        {
            case ConnectingEvent or ConnectedEvent or ClosedEvent:
                _serverEchoes = false;
                Forget();
                break;
            case RemoteEchoChangedEvent echo:
                _serverEchoes = echo.ServerEchoes;
                // Only a server that echoes can ask for a secret this way: the prompt is judged from now on.
                if (_serverEchoes) Judge();
                break;
            case DataReceivedEvent data:
                Follow(data.Data.Span);
                break;
            case LineSentEvent:
                // The prompt is answered: what comes next decides about the line after.
                Forget();
                break;
        }
    }

    // Once per read, not per line: a flood of a million lines costs a backward scan per read, and only the lines that
    // can still be the prompt (the unfinished one, the last that says something) become text.
    private void Follow(ReadOnlySpan<byte> data)
    {
        var lastLf = data.LastIndexOf((byte)'\n');
        if (lastLf >= 0)
        {
            RememberLastLine(data[..lastLf]);
            _currentLength = 0;
            _currentTooLong = false;
            data = data[(lastLf + 1)..];
        }
        Append(data);
        if (_serverEchoes) Judge();
    }

    /// <summary>Keeps the last line of <paramref name="completed"/> (the lines this read ended) that is not blank.</summary>
    private void RememberLastLine(ReadOnlySpan<byte> completed)
    {
        var end = completed.Length;
        while (true)
        {
            var previousLf = completed[..end].LastIndexOf((byte)'\n');
            if (previousLf < 0)
            {
                // The first line this read ended began in an earlier read.
                Append(completed[..end]);
                var text = CurrentText();
                if (text.Trim().Length > 0) _lastLine = text;
                return;
            }
            var line = completed[(previousLf + 1)..end];
            if (line.Length <= MaximumPrompt && line.IndexOfAnyExcept(AsciiBlanks) >= 0)
            {
                var text = Encoding.UTF8.GetString(line);
                if (text.Trim().Length > 0)
                {
                    _lastLine = text;
                    return;
                }
            }
            end = previousLf;
        }
    }

    private void Judge()
    {
        var prompt = CurrentText();
        _promptAsksForSecret = AsksForSecret(prompt.Trim().Length > 0 ? prompt : _lastLine);
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        var take = Math.Min(bytes.Length, MaximumPrompt - _currentLength);
        bytes[..take].CopyTo(_current.AsSpan(_currentLength));
        _currentLength += take;
        _currentTooLong |= take < bytes.Length;
    }

    private string CurrentText() => _currentTooLong ? "" : Encoding.UTF8.GetString(_current, 0, _currentLength);

    private void Forget()
    {
        _currentLength = 0;
        _currentTooLong = false;
        _lastLine = "";
        _promptAsksForSecret = false;
    }

    // The word, then anything but another colon, then the colon (or ? or >) that ends the prompt: "Password:",
    // "[sudo] password for chris: ", "Enter passphrase for key '/root/.ssh/id_ed25519': ", "PIN>".
    [GeneratedRegex(@"\b(password|passphrase|passcode|pin)\b[^:?>]*[:?>][\s\r]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretPrompt();

    // Colours and bracketed-paste switches around a prompt (a shell's, sudo's) are not part of its words.
    [GeneratedRegex(@"\x1B\[[0-?]*[ -/]*[@-~]")]
    private static partial Regex StyleSequence();
}
