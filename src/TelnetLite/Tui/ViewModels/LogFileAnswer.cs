namespace TelnetLite.Tui.ViewModels;

/// <summary>What the Log file dialog decided: log to <paramref name="Path"/>, or stop logging when it is null.</summary>
internal sealed record LogFileAnswer(string? Path)
{
    public static LogFileAnswer Stop { get; } = new((string?)null);
}
