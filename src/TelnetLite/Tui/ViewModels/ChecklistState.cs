namespace TelnetLite.Tui.ViewModels;

/// <summary>The state of one step of the SMTP transaction checklist.</summary>
internal enum ChecklistState
{
    Pending,
    Ok,
    Failed,
    Skipped,
}
