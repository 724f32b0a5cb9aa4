using System.Globalization;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Text;

namespace TelnetLite.Tui.ViewModels;

/// <summary>
/// What the assist pane shows: the latest reply explained (meaning, cause, next step) first, warnings about the line
/// being typed, the transaction checklist, the EHLO capabilities (one line until F4 lists them) and the earlier
/// replies. Everything it says comes from the assistant in Core.
/// </summary>
internal sealed class AssistPaneViewModel
{
    public const int RepliesKept = 6;

    private readonly Func<IReadOnlyList<ChecklistItem>> _checklist;
    private readonly List<AssistMessage> _replies = [];
    // What the assistant added about the latest reply (a malformed reply's flaws): shown with it.
    private readonly List<AssistMessage> _latestNotes = [];
    private IReadOnlyList<AssistMessage> _lint = [];
    private SmtpCapabilities? _seenCapabilities;
    private bool _capabilitiesListed;
    private AnnotationPlacement _placement = AnnotationPlacement.Pane;

    /// <param name="checklist">The assistant's checklist, read from its snapshot at each render.</param>
    public AssistPaneViewModel(Func<IReadOnlyList<ChecklistItem>> checklist)
    {
        _checklist = checklist;
    }

    public string Protocol { get; set; } = "SMTP";

    public AssistRecognition Recognition { get; set; }

    /// <summary>
    /// <c>set annotations</c>: the pane explains replies only in the pane's mode; inline they are in the transcript
    /// (never both at once), and off they are nowhere.
    /// </summary>
    public AnnotationPlacement Placement
    {
        get => _placement;
        set
        {
            if (_placement == value) return;
            _placement = value;
            Version++;
        }
    }

    /// <summary>F4: the capabilities listed one per line instead of counted on one.</summary>
    public bool CapabilitiesListed
    {
        get => _capabilitiesListed;
        set
        {
            if (_capabilitiesListed == value) return;
            _capabilitiesListed = value;
            Version++;
        }
    }

    /// <summary>What the last accepted EHLO advertised on this connection, from the assistant's events.</summary>
    public SmtpCapabilities? Capabilities => _seenCapabilities;

    /// <summary>Newest first.</summary>
    public IReadOnlyList<AssistMessage> Replies => _replies;

    public IReadOnlyList<AssistMessage> Lint => _lint;

    /// <summary>Bumped on every change so the view redraws only when needed.</summary>
    public long Version { get; private set; }

    /// <summary>Takes the assistant's messages out of a transcript batch: each message once, from its headline's entry.</summary>
    public void Observe(IEnumerable<TranscriptEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.Kind != TranscriptKind.Annotation || entry.AssistLine != 0) continue;
            switch (entry.Assist)
            {
                case CapabilitiesEvent advertised:
                    // The capabilities come as their own message after the EHLO reply's: they get their own section.
                    _seenCapabilities = advertised.Capabilities;
                    Version++;
                    continue;
                case ReplyFlawsEvent flaws when _replies.Count > 0:
                    _latestNotes.Add(flaws.Message);
                    Version++;
                    continue;
                case ReplyAnnotatedEvent { Annotation: { After: SmtpVerb.Ehlo or SmtpVerb.Lhlo, Reply.Code: 250 } ehlo }:
                    _seenCapabilities = SmtpCapabilities.FromEhloReply(ehlo.Reply);
                    break;
                case null:
                    continue;
            }
            _replies.Insert(0, entry.Assist.Message);
            _latestNotes.Clear();
            if (_replies.Count > RepliesKept) _replies.RemoveAt(_replies.Count - 1);
            Version++;
        }
    }

    public void SetLint(IReadOnlyList<AssistMessage> warnings)
    {
        if (warnings.Count == 0 && _lint.Count == 0) return;
        _lint = warnings;
        Version++;
    }

    /// <summary>A new connection starts a new conversation: forget the last one's replies and capabilities.</summary>
    public void Reset()
    {
        _replies.Clear();
        _latestNotes.Clear();
        _lint = [];
        _seenCapabilities = null;
        _capabilitiesListed = false;
        Version++;
    }

    /// <summary>The title the pane's rule carries below the transcript, and its first line beside it.</summary>
    public string Title => $"{Protocol} assist — {RecognitionWords()}";

    /// <summary>
    /// The pane's lines for a given width, most important first: what is wanted now is on screen even when the pane
    /// is short. <paramref name="compact"/> (the pane below the transcript) leaves the title to the rule above it and
    /// flows the checklist across the width.
    /// </summary>
    public IReadOnlyList<AssistLine> Render(int width, bool compact)
    {
        var lines = new List<AssistLine>();
        if (width <= 0) return lines;

        if (!compact) Add(lines, width, Title, AssistStyle.Heading);

        if (_lint.Count > 0)
        {
            var reminders = _lint.All(w => w.Severity == AssistSeverity.Info);
            Add(lines, width, reminders ? "About this line:" : "Before you send this line:", AssistStyle.Heading);
            foreach (var warning in _lint) AddMessage(lines, width, warning);
        }

        // Asked for with F4 below the transcript, where rows are few: the list comes before everything else.
        var capabilitiesFirst = compact && _capabilitiesListed && Capabilities is { All.Count: > 0 };
        if (capabilitiesFirst) AddCapabilities(lines, width, Capabilities!);

        var explains = _placement == AnnotationPlacement.Pane;
        if (explains && _replies.Count > 0)
        {
            if (!compact) Add(lines, width, "Last reply:", AssistStyle.Heading);
            AddMessage(lines, width, _replies[0]);
            foreach (var note in _latestNotes) AddMessage(lines, width, note);
        }

        var checklist = _checklist();
        if (checklist.Count > 0)
        {
            if (compact) AddCompactChecklist(lines, width, checklist);
            else AddChecklist(lines, width, checklist);
        }

        if (!capabilitiesFirst && Capabilities is { All.Count: > 0 } capabilities) AddCapabilities(lines, width, capabilities);

        if (explains && _replies.Count > 1 && !compact)
        {
            Add(lines, width, "Earlier replies:", AssistStyle.Heading);
            foreach (var reply in _replies.Skip(1)) AddMessage(lines, width, reply);
        }

        if (lines.Count == (compact ? 0 : 1) && Recognition != AssistRecognition.Confirmed)
        {
            Add(lines, width, "Connect to a mail server (open HOST 25) and type SMTP: every reply is explained here.", AssistStyle.Muted);
        }
        return lines;
    }

    public static string Glyph(ChecklistState state) => state switch
    {
        ChecklistState.Ok => "✓",
        ChecklistState.Failed => "✗",
        ChecklistState.Skipped => "–",
        _ => "·",
    };

    public static AssistStyle StyleOf(AssistSeverity severity) => severity switch
    {
        AssistSeverity.Success => AssistStyle.Success,
        AssistSeverity.Intermediate => AssistStyle.Intermediate,
        AssistSeverity.TransientFailure => AssistStyle.TransientFailure,
        AssistSeverity.PermanentFailure => AssistStyle.PermanentFailure,
        AssistSeverity.ProtocolWarning => AssistStyle.Warning,
        _ => AssistStyle.Info,
    };

    public static string FormatElapsed(TimeSpan elapsed) =>
        elapsed.TotalSeconds < 10
            ? elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + "s"
            : elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + "s";

    private string RecognitionWords() => Recognition switch
    {
        AssistRecognition.Confirmed => "following the conversation",
        AssistRecognition.Tentative => "looks like SMTP, waiting to be sure",
        _ => "not recognised yet",
    };

    private void AddCapabilities(List<AssistLine> lines, int width, SmtpCapabilities capabilities)
    {
        if (!_capabilitiesListed)
        {
            Add(lines, width, TranscriptLayout.CollapsedCapabilities(capabilities.All.Count), AssistStyle.Muted);
            return;
        }
        var server = capabilities.ServerName.Length > 0 ? " of " + capabilities.ServerName : "";
        Add(lines, width, $"EHLO capabilities{server} (F4 folds them):", AssistStyle.Heading);
        foreach (var capability in capabilities.All) Add(lines, width, " " + SmtpCapabilityExplainer.Explain(capability), AssistStyle.Text, "   ");
    }

    private static void AddChecklist(List<AssistLine> lines, int width, IReadOnlyList<ChecklistItem> checklist)
    {
        Add(lines, width, "Checklist:", AssistStyle.Heading);
        var nameWidth = Math.Min(checklist.Max(i => i.Name.Length), Math.Max(4, width - 12));
        foreach (var item in checklist)
        {
            var elapsed = item.Elapsed is { } e ? " " + FormatElapsed(e) : "";
            var text = $" {Glyph(item.State)} {item.Name.PadRight(nameWidth)}{elapsed}";
            Add(lines, width, text, StyleOf(item.State));
        }
    }

    private static void AddCompactChecklist(List<AssistLine> lines, int width, IReadOnlyList<ChecklistItem> checklist)
    {
        var current = "";
        foreach (var item in checklist)
        {
            var piece = Glyph(item.State) + (item.ShortName ?? item.Name);
            if (current.Length > 0 && current.Length + 1 + piece.Length > width)
            {
                Add(lines, width, current, AssistStyle.Text);
                current = "";
            }
            current = current.Length == 0 ? piece : current + " " + piece;
        }
        if (current.Length > 0) Add(lines, width, current, AssistStyle.Text);
    }

    private static AssistStyle StyleOf(ChecklistState state) => state switch
    {
        ChecklistState.Ok => AssistStyle.Success,
        ChecklistState.Failed => AssistStyle.PermanentFailure,
        _ => AssistStyle.Muted,
    };

    private static void AddMessage(List<AssistLine> lines, int width, AssistMessage message)
    {
        for (var i = 0; i < message.Lines.Count; i++)
        {
            var text = message.Lines[i];
            if (i == 0) Add(lines, width, " " + text, StyleOf(message.Severity), "   ");
            else Add(lines, width, "   " + text, text.StartsWith("next:", StringComparison.Ordinal) ? AssistStyle.Text : AssistStyle.Muted, "     ");
        }
    }

    private static void Add(List<AssistLine> lines, int width, string text, AssistStyle style, string indent = " ")
    {
        // Every line of the pane passes here; capabilities and the server's name quote the server and come as they were sent.
        foreach (var piece in TextWrap.Wrap(TerminalText.Visible(text), width, indent)) lines.Add(new AssistLine(piece, style));
    }
}
