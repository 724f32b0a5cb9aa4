namespace TelnetLite.Tui.ViewModels;

/// <summary>One screen line of the assist pane, already wrapped to the pane's width.</summary>
internal sealed record AssistLine(string Text, AssistStyle Style);
