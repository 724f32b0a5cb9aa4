using TelnetLite.Core.Commands;
using TelnetLite.Core.Logging;
using TelnetLite.Core.Text;

namespace TelnetLite.Core.Session;

/// <summary>Turns session events into the lines a full-screen transcript shows, in batches (one per event).</summary>
/// <remarks>
/// Only a front end that keeps a transcript (the TUI) subscribes to <see cref="Appended"/>; with nobody listening no
/// line is built, so plain mode and scripted runs pay nothing for it. Local echo is read from the settings as each
/// sent line passes, so a change applies from the next line on.
/// </remarks>
internal sealed class TranscriptBuilder : ISessionObserver
{
    private readonly SessionSettings _settings;
    private bool _overTls;

    public TranscriptBuilder(SessionSettings settings) => _settings = settings;

    /// <summary>Whether received lines are included (plain mode writes those itself).</summary>
    public bool IncludesReceivedLines { get; set; } = true;

    /// <summary>True when someone shows received lines from here (the TUI).</summary>
    public bool WantsLines => IncludesReceivedLines && Appended is not null;

    /// <summary>Each event's lines, in order; raised on the dispatcher.</summary>
    public event Action<IReadOnlyList<TranscriptEntry>>? Appended;

    public void OnSessionEvent(SessionEvent sessionEvent)
    {
        if (Appended is not { } appended) return;
        var entries = new List<TranscriptEntry>();
        Describe(sessionEvent, entries);
        if (entries.Count > 0) appended(entries);
    }

    private void Describe(SessionEvent sessionEvent, List<TranscriptEntry> entries)
    {
        var time = sessionEvent.Time;
        switch (sessionEvent)
        {
            case ConnectingEvent connecting:
                _overTls = false;
                entries.Add(new TranscriptEntry(time, TranscriptKind.Note, $"Connecting to {connecting.Host}..."));
                break;
            case ConnectedEvent connected:
                var address = connected.Remote is { } remote ? $" ({remote.Address})" : "";
                entries.Add(new TranscriptEntry(time, TranscriptKind.Note, $"Connected to {connected.Host}{address} port {connected.Port}."));
                entries.Add(new TranscriptEntry(time, TranscriptKind.Note, $"Escape character is '{EscapeCharacter.Describe(_settings.EscapeCharacter)}'."));
                break;
            case LinesReceivedEvent received when IncludesReceivedLines:
                foreach (var line in received.Lines)
                {
                    var prompt = line.Ending == LineEnding.None && !line.IsCut;
                    entries.Add(new TranscriptEntry(time, TranscriptKind.Received, ScreenText.OfLine(line.Content.Span), IsPartial: prompt, OverTls: _overTls));
                }
                break;
            case LineSentEvent sent when _settings.LocalEcho:
                entries.Add(new TranscriptEntry(time, TranscriptKind.Sent, sent.Secret ? SessionLog.Redact(sent.Line.Span) : ScreenText.OfLine(sent.Line.Span), OverTls: _overTls || sent.HeldForSwitch));
                break;
            case NoteEvent note:
                entries.Add(new TranscriptEntry(time, note.Kind switch
                {
                    NoteKind.Error => TranscriptKind.Error,
                    NoteKind.Warning => TranscriptKind.Warning,
                    _ => TranscriptKind.Note,
                }, note.Text));
                break;
            case ScreenNoteEvent screenNote:
                entries.Add(new TranscriptEntry(time, screenNote.Kind == ScreenNoteKind.Command ? TranscriptKind.Command : TranscriptKind.Note, screenNote.Text));
                break;
            case AssistEvent assist:
                var kind = assist is LintWarningEvent ? TranscriptKind.Warning : TranscriptKind.Annotation;
                var lines = assist.Message.Lines;
                for (var i = 0; i < lines.Count; i++) entries.Add(new TranscriptEntry(time, kind, lines[i], assist, AssistLine: i));
                break;
            case RemoteEchoChangedEvent { ServerEchoes: true }:
                entries.Add(new TranscriptEntry(time, TranscriptKind.Note, "The server echoes what you type: local echo off."));
                break;
            case RemoteEchoChangedEvent:
                entries.Add(new TranscriptEntry(time, TranscriptKind.Note, $"The server stopped echoing: local echo {(_settings.LocalEcho ? "on" : "off")}."));
                break;
            case TlsStartedEvent tls:
                _overTls = true;
                entries.Add(new TranscriptEntry(time, TranscriptKind.Note, $"{tls.Protocol} started ({tls.CipherSuite}){(tls.Verified ? "" : ", certificate NOT verified")}."));
                foreach (var line in tls.Summary) entries.Add(new TranscriptEntry(time, TranscriptKind.Note, "  " + line));
                break;
            case TlsFailedEvent failed:
                foreach (var line in failed.Lines) entries.Add(new TranscriptEntry(time, TranscriptKind.Error, line));
                break;
            case ClosedEvent closed:
                _overTls = false;
                entries.Add(closed.Reason switch
                {
                    CloseReason.RemoteClosed => new TranscriptEntry(time, TranscriptKind.Note, "Connection closed by foreign host."),
                    CloseReason.Lost => new TranscriptEntry(time, TranscriptKind.Error, $"Connection lost: {closed.Detail}"),
                    _ => new TranscriptEntry(time, TranscriptKind.Note, "Connection closed."),
                });
                break;
        }
    }
}
