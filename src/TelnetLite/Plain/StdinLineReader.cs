using System.Threading.Channels;

namespace TelnetLite.Plain;

/// <summary>Reads standard input line by line on a background thread, so the session never blocks on the keyboard.</summary>
/// <remarks>
/// A dedicated thread rather than async reads: console input has no truly asynchronous read on every platform, and a
/// background thread blocked in ReadLine cannot keep the process alive at exit.
/// </remarks>
internal sealed class StdinLineReader
{
    private readonly Channel<InputLine> _lines = Channel.CreateUnbounded<InputLine>(new UnboundedChannelOptions { SingleWriter = true });

    private StdinLineReader()
    {
    }

    private StdinLineReader Run(Action<StdinLineReader> pump)
    {
        new Thread(() => pump(this)) { IsBackground = true, Name = "stdin" }.Start();
        return this;
    }

    /// <summary>Reads lines from a pipe or file as bytes, so a message body that is not UTF-8 is sent unchanged.</summary>
    public static StdinLineReader Start(Stream input)
    {
        return new StdinLineReader().Run(reader => reader.Pump(input));
    }

    /// <summary>
    /// Reads keys from the terminal with a minimal line editor (printable characters, Backspace, Ctrl+U, Enter,
    /// Ctrl+D at the start of a line for the end of input). The escape character ends the line at once, so it works
    /// as in classic telnet; other control keys are ignored, so a raw backspace can never reach the server.
    /// </summary>
    /// <remarks>.NET's own console line editor drops Ctrl+], and the terminal's cooked mode is off while .NET owns it.</remarks>
    /// <param name="escapeCharacter">The current escape character.</param>
    /// <param name="echo">Whether typed characters are shown now: local echo, or at the command prompt.</param>
    /// <param name="interrupt">Called for Ctrl+C when the terminal delivers it as a key rather than a signal.</param>
    /// <param name="consoleLock">Held while writing, so echo never splits a line written by another thread.</param>
    public static StdinLineReader StartTerminal(Func<char> escapeCharacter, Func<bool> echo, Action interrupt, object consoleLock)
    {
        return new StdinLineReader().Run(reader => reader.PumpKeys(escapeCharacter, echo, interrupt, consoleLock));
    }

    /// <summary>The next line, or null at the end of input.</summary>
    public async Task<InputLine?> ReadLineAsync(CancellationToken cancellationToken)
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
    public IReadOnlyList<InputLine> TakeBuffered()
    {
        var buffered = new List<InputLine>();
        while (_lines.Reader.TryRead(out var line)) buffered.Add(line);
        return buffered;
    }

    private void PumpKeys(Func<char> escapeCharacter, Func<bool> echo, Action interrupt, object consoleLock)
    {
        var line = new System.Text.StringBuilder();
        try
        {
            while (true)
            {
                var key = Console.ReadKey(intercept: true);
                var escape = escapeCharacter();
                var isEscape = key.KeyChar == escape
                    || (escape == '\u001d' && key.Modifiers.HasFlag(ConsoleModifiers.Control) && key.Key is ConsoleKey.Oem6 or ConsoleKey.D5);
                if (isEscape)
                {
                    lock (consoleLock) Console.Error.WriteLine();
                    _lines.Writer.TryWrite(InputLine.FromText(escape + line.ToString()));
                    line.Clear();
                    continue;
                }
                switch (key.Key)
                {
                    case ConsoleKey.Enter:
                        lock (consoleLock) Console.Out.WriteLine();
                        _lines.Writer.TryWrite(InputLine.FromText(line.ToString()));
                        line.Clear();
                        continue;
                    case ConsoleKey.Backspace:
                        if (line.Length > 0)
                        {
                            line.Length--;
                            if (echo()) lock (consoleLock) Console.Out.Write("\b \b");
                        }
                        continue;
                }
                if (key.Modifiers.HasFlag(ConsoleModifiers.Control) && key.Key == ConsoleKey.U)
                {
                    if (echo()) lock (consoleLock) Console.Out.Write(string.Concat(Enumerable.Repeat("\b \b", line.Length)));
                    line.Clear();
                    continue;
                }
                if (key.Modifiers.HasFlag(ConsoleModifiers.Control) && key.Key == ConsoleKey.D && line.Length == 0) break;
                if (key.KeyChar == '\u0003' || (key.Modifiers.HasFlag(ConsoleModifiers.Control) && key.Key == ConsoleKey.C))
                {
                    interrupt();
                    break;
                }
                if (key.KeyChar < ' ' || key.KeyChar == '\u007f') continue;
                line.Append(key.KeyChar);
                if (echo()) lock (consoleLock) Console.Out.Write(key.KeyChar);
            }
        }
        catch (InvalidOperationException)
        {
            // No console to read keys from: treat as the end of input.
        }
        _lines.Writer.TryComplete();
    }

    private void Pump(Stream input)
    {
        var line = new List<byte>();
        var buffer = new byte[8192];
        try
        {
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                for (var i = 0; i < read; i++)
                {
                    if (buffer[i] != (byte)'\n')
                    {
                        line.Add(buffer[i]);
                        continue;
                    }
                    // CRLF from a Windows file ends a line like LF does.
                    if (line.Count > 0 && line[^1] == (byte)'\r') line.RemoveAt(line.Count - 1);
                    _lines.Writer.TryWrite(new InputLine([.. line]));
                    line.Clear();
                }
            }
            if (line.Count > 0) _lines.Writer.TryWrite(new InputLine([.. line]));
        }
        catch (IOException)
        {
            // A broken input pipe ends input like EOF does.
        }
        _lines.Writer.TryComplete();
    }
}
