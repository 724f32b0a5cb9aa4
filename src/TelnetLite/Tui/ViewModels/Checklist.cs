using TelnetLite.Core.Assist;

namespace TelnetLite.Tui.ViewModels;

/// <summary>Reads the transaction checklist from the protocol assistant, for assistants that keep one.</summary>
internal static class Checklist
{
    public static IReadOnlyList<ChecklistItem> From(IProtocolAssistant assistant) => assistant switch
    {
        _ => [],
    };
}
