namespace TelnetLite.Tui.ViewModels;

/// <summary>The input line's mode, prompt and the two histories (session lines and command lines kept apart).</summary>
internal sealed class InputLineViewModel
{
    public const string CommandPrompt = "telnetlite> ";
    public const string SessionPrompt = "> ";
    public const string OpenHostPrompt = TelnetLite.Core.Commands.CommandInterpreter.OpenPrompt;

    private readonly SecretLineFilter _secrets = new();

    public InputLineViewModel(InputHistory sessionHistory, InputHistory commandHistory)
    {
        SessionHistory = sessionHistory;
        CommandHistory = commandHistory;
    }

    public InputHistory SessionHistory { get; }

    public InputHistory CommandHistory { get; }

    public InputMode Mode { get; private set; } = InputMode.Command;

    /// <summary>What <c>auth</c> asks for while <see cref="Mode"/> is Credential, e.g. <c>password for chris</c>.</summary>
    public string CredentialLabel { get; private set; } = "";

    /// <summary>True while the credential asked for is typed masked (a password or token, not a user name).</summary>
    public bool CredentialIsSecret { get; private set; }

    public string Prompt => Mode switch
    {
        InputMode.Command => CommandPrompt,
        InputMode.OpenHost => OpenHostPrompt,
        InputMode.Credential => $"({CredentialLabel}) ",
        _ => SessionPrompt,
    };

    /// <summary>The input line asks for a credential, as plain mode does on the terminal: <c>(password for chris) </c>.</summary>
    public void AskCredential(string label, bool secret)
    {
        CredentialLabel = label;
        CredentialIsSecret = secret;
        if (Mode == InputMode.Credential) ModeChanged?.Invoke();
        else SetMode(InputMode.Credential);
    }

    public event Action? ModeChanged;

    public void SetMode(InputMode mode)
    {
        if (mode == Mode) return;
        Mode = mode;
        SessionHistory.ResetWalk();
        CommandHistory.ResetWalk();
        ModeChanged?.Invoke();
    }

    private InputHistory Current => Mode == InputMode.Session ? SessionHistory : CommandHistory;

    /// <summary>Records a submitted line in the history of the current mode (AUTH, its credentials and message text excepted).</summary>
    /// <param name="secret">True when the assistant knows the line is a credential.</param>
    /// <param name="messageLine">True when the line is message text (between the 354 and the lone "."), not a command.</param>
    public void Record(string line, bool secret = false, bool messageLine = false)
    {
        if (Mode != InputMode.Session)
        {
            CommandHistory.Add(line.Trim());
        }
        else if (!messageLine && _secrets.MayKeep(line) && !secret)
        {
            SessionHistory.Add(line);
        }
        else
        {
            SessionHistory.ResetWalk();
        }
    }

    /// <summary>Records a line that went to the server (typed or pasted and queued), whatever mode the input line is in now.</summary>
    public void RecordSent(string line, bool secret, bool messageLine)
    {
        if (!messageLine && _secrets.MayKeep(line) && !secret) SessionHistory.Add(line);
        else SessionHistory.ResetWalk();
    }

    /// <summary>Up: the previous line of the current mode's history, or null to leave the text alone.</summary>
    /// <remarks>A credential has no history: Up must not put a command where a password is being typed.</remarks>
    public string? Up(string current) => Mode == InputMode.Credential ? null : Current.Previous(current);

    /// <summary>Down: the next line, or null to leave the text alone.</summary>
    public string? Down() => Mode == InputMode.Credential ? null : Current.Next();
}
