namespace TelnetLite.Core.Commands;

/// <summary>Where the full-screen UI shows the assistant's explanations (<c>set annotations pane|inline|off</c>).</summary>
/// <remarks>Plain mode ignores it: there <c>--annotate</c> writes them after each reply.</remarks>
public enum AnnotationPlacement
{
    /// <summary>In the assist pane only: the transcript keeps the conversation (the default).</summary>
    Pane,
    /// <summary>In the transcript, as <c>#</c> lines after each reply, and not in the pane.</summary>
    Inline,
    /// <summary>Nowhere: the transcript keeps the conversation and the pane keeps the checklist.</summary>
    Off,
}
