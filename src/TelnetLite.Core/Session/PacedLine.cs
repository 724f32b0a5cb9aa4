namespace TelnetLite.Core.Session;

/// <summary>A line waiting for its turn: as typed, or as bytes read from a pipe (sent unchanged when not UTF-8).</summary>
/// <param name="Text">The line as text, for pacing, linting and display.</param>
/// <param name="Bytes">The exact bytes read, when the line came from a pipe; null for typed text.</param>
public sealed record PacedLine(string Text, ReadOnlyMemory<byte>? Bytes = null)
{
    /// <summary>A line read as bytes: its text is the UTF-8 reading of them.</summary>
    public static PacedLine FromBytes(ReadOnlyMemory<byte> bytes) => new(System.Text.Encoding.UTF8.GetString(bytes.Span), bytes);
}
