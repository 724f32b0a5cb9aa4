namespace TelnetLite.Core.Text;

/// <summary>One whole line of received or sent bytes as a line-based view shows it: terminal-safe, on one row.</summary>
internal static class ScreenText
{
    /// <summary>Decodes a line with <see cref="ScreenTextDecoder"/>; a CR shows as <c>^M</c> and a TAB as four spaces.</summary>
    /// <remarks>A transcript line is already whole: CR, TAB and LF inside it would break the layout of a line-based view.</remarks>
    public static string OfLine(ReadOnlySpan<byte> bytes)
    {
        var decoder = new ScreenTextDecoder();
        return (decoder.Decode(bytes) + decoder.Flush()).Replace("\r", "^M", StringComparison.Ordinal).Replace("\t", "    ", StringComparison.Ordinal);
    }
}
