using System.Threading.Channels;

namespace TelnetLite.Plain;

/// <summary>Reads standard input line by line on a background thread, so the session never blocks on the keyboard.</summary>
/// <remarks>
/// A dedicated thread rather than async reads: console input has no truly asynchronous read on every platform, and a
/// background thread blocked in ReadLine cannot keep the process alive at exit.
/// </remarks>
internal sealed class StdinLineReader
{
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleWriter = true });

    private StdinLineReader(TextReader input)
    {
        var thread = new Thread(() => Pump(input)) { IsBackground = true, Name = "stdin" };
        thread.Start();
    }

    public static StdinLineReader Start(TextReader input) => new(input);

    /// <summary>The next line, or null at the end of input.</summary>
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _lines.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    /// <summary>Waits until a line is available or input has ended; false at the end.</summary>
    public ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken) => _lines.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>Lines read but not yet taken (reported as not sent when the server goes away).</summary>
    public IReadOnlyList<string> TakeBuffered()
    {
        var buffered = new List<string>();
        while (_lines.Reader.TryRead(out var line)) buffered.Add(line);
        return buffered;
    }

    private void Pump(TextReader input)
    {
        try
        {
            while (input.ReadLine() is { } line) _lines.Writer.TryWrite(line);
        }
        catch (IOException)
        {
            // A broken input pipe ends input like EOF does.
        }
        _lines.Writer.TryComplete();
    }
}
