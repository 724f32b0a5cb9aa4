using System.Text;

namespace TelnetLite.Plain;

/// <summary>One line of input: its exact bytes (sent as they are) and their text (for commands, lint and pacing).</summary>
internal sealed record InputLine(byte[] Bytes)
{
    /// <summary>The line as UTF-8 text; bytes that are not UTF-8 show as replacement characters.</summary>
    public string Text { get; } = Encoding.UTF8.GetString(Bytes);

    public static InputLine FromText(string text) => new(Encoding.UTF8.GetBytes(text));
}
