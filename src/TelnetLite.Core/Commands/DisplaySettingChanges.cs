namespace TelnetLite.Core.Commands;

/// <summary><c>set annotations pane|inline|off</c>: where the full-screen UI shows the assistant's explanations.</summary>
internal sealed record AnnotationsChange(AnnotationPlacement Placement) : SettingChange;

/// <summary><c>set markers on|off</c> / <c>unset markers</c>: the transcript's column of <c>→</c> sent and <c>←</c> received.</summary>
internal sealed record MarkersChange(bool On) : SettingChange;
