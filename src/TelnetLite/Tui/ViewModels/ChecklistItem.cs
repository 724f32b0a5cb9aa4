namespace TelnetLite.Tui.ViewModels;

/// <summary>One step of the transaction checklist as the pane shows it (Connect, Greeting, EHLO ... QUIT).</summary>
/// <param name="Elapsed">How long the step took (command to reply), when it has completed.</param>
/// <param name="ShortName">The name where room is short (the pane below the transcript); the name itself when null.</param>
internal sealed record ChecklistItem(string Name, ChecklistState State, TimeSpan? Elapsed, string? ShortName = null);
