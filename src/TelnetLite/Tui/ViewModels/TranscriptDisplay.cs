using TelnetLite.Core.Commands;

namespace TelnetLite.Tui.ViewModels;

/// <summary>How the transcript is shown: its marker column, where the assistant's explanations go, and whether an
/// EHLO's capability list is folded into one line.</summary>
/// <param name="Markers"><c>set markers</c>: <c>→</c> sent and <c>←</c> received (<c>⇢</c> / <c>⇠</c> over TLS).</param>
/// <param name="Annotations"><c>set annotations</c>: explanations in the transcript only when inline.</param>
/// <param name="CollapseCapabilities">Inline, the capability list is one line until F4 lists it in the pane.</param>
internal sealed record TranscriptDisplay(bool Markers, AnnotationPlacement Annotations, bool CollapseCapabilities = true)
{
    /// <summary>The defaults: markers on, explanations in the pane.</summary>
    public static TranscriptDisplay Default { get; } = new(true, AnnotationPlacement.Pane);

    /// <summary>What <c>save FILE</c> writes: every line, explanations inline with <c>#</c>, no markers.</summary>
    public static TranscriptDisplay Saved { get; } = new(false, AnnotationPlacement.Inline, CollapseCapabilities: false);

    /// <summary>The display the settings ask for (the defaults when there are none).</summary>
    public static TranscriptDisplay From(SessionSettings? settings) =>
        settings is null ? Default : new TranscriptDisplay(settings.Markers, settings.Annotations);
}
