using TelnetLite.Core.Session;
using TelnetLite.Tui.ViewModels;
using TelnetLite.Tui.Views;
using Terminal.Gui.App;

namespace TelnetLite.Tui;

/// <summary>
/// Carries the controller's events from its dispatcher thread to the UI thread: transcript batches in slices through
/// a <see cref="TranscriptInbox"/>, status changes coalesced so a storm of them costs one redraw.
/// </summary>
internal sealed class ControllerBridge : IDisposable
{
    private readonly IApplication _app;
    private readonly ISessionController _controller;
    private readonly MainViewModel _model;
    private readonly TranscriptInbox _inbox;
    private int _statusPending;
    private volatile bool _detached;

    public ControllerBridge(IApplication app, ISessionController controller, MainWindow window, MainViewModel model)
    {
        _app = app;
        _controller = controller;
        _model = model;
        _inbox = new TranscriptInbox(Schedule, window.OnTranscriptBatch, model.Transcript.Capacity);
        controller.TranscriptAppended += _inbox.Post;
        controller.StatusChanged += OnStatusChanged;
    }

    /// <summary>Stops forwarding; events already queued for the UI thread are ignored.</summary>
    public void Detach()
    {
        if (_detached) return;
        _detached = true;
        _controller.TranscriptAppended -= _inbox.Post;
        _controller.StatusChanged -= OnStatusChanged;
    }

    public void Dispose() => Detach();

    private void OnStatusChanged()
    {
        if (Interlocked.Exchange(ref _statusPending, 1) == 1) return;
        Schedule(() =>
        {
            Volatile.Write(ref _statusPending, 0);
            _model.OnStatusChanged();
            // set scrollback N: lines waiting beyond the new limit would fall off the top anyway.
            _inbox.Capacity = _model.Transcript.Capacity;
        });
    }

    /// <summary>
    /// Never runs the callback inline: from the UI thread it goes behind the input already waiting (a zero timeout),
    /// from another thread through Invoke.
    /// </summary>
    private void Schedule(Action action)
    {
        if (_detached) return;
        void Guarded()
        {
            if (!_detached) action();
        }
        try
        {
            if (Environment.CurrentManagedThreadId == _app.MainThreadId)
            {
                _app.AddTimeout(TimeSpan.Zero, () =>
                {
                    Guarded();
                    return false;
                });
            }
            else
            {
                _app.Invoke(Guarded);
            }
        }
        catch (ObjectDisposedException)
        {
            // The window closed while the session was still talking: nothing left to show it on.
        }
    }
}
