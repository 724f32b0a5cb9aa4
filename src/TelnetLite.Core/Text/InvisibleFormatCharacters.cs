namespace TelnetLite.Core.Text;

/// <summary>
/// The format characters that change how a line looks without being seen: zero-width characters and marks
/// (U+200B–U+200F), bidirectional embeddings and overrides (U+202A–U+202E), invisible operators and the word joiner
/// (U+2060–U+2064), bidirectional isolates (U+2066–U+2069) and the zero-width no-break space (U+FEFF). A server's
/// <c>x&#x202E;gnp.exe</c> would read as <c>xexe.png</c>; shown escaped it reads as what it is.
/// </summary>
internal static class InvisibleFormatCharacters
{
    public static bool Contains(int codePoint) => codePoint is
        (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x2064) or (>= 0x2066 and <= 0x2069)
        or 0xFEFF;
}
