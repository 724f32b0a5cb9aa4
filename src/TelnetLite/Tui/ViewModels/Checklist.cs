using TelnetLite.Core.Assist;

namespace TelnetLite.Tui.ViewModels;

/// <summary>Reads the transaction checklist from the assistant's snapshot, for the assist pane.</summary>
internal static class Checklist
{
    public static IReadOnlyList<ChecklistItem> From(AssistSnapshot snapshot)
    {
        if (snapshot.Recognition == AssistRecognition.None) return [];
        return snapshot.Checklist.Select(step => new ChecklistItem(step.Name, State(step.State), step.Elapsed, step.ShortName)).ToList();
    }

    private static ChecklistState State(ChecklistStepState state) => state switch
    {
        ChecklistStepState.Ok => ChecklistState.Ok,
        ChecklistStepState.Failed => ChecklistState.Failed,
        ChecklistStepState.Skipped => ChecklistState.Skipped,
        _ => ChecklistState.Pending,
    };
}
