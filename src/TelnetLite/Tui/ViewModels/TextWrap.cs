namespace TelnetLite.Tui.ViewModels;

/// <summary>Word wrapping for the panes: breaks at spaces where it can, hard-breaks words longer than the width.</summary>
internal static class TextWrap
{
    public static IEnumerable<string> Wrap(string text, int width, string continuationIndent = "")
    {
        if (width <= 0) yield break;
        var indent = continuationIndent.Length < width ? continuationIndent : "";
        var rest = text;
        var first = true;
        while (true)
        {
            var prefix = first ? "" : indent;
            var room = width - prefix.Length;
            if (rest.Length <= room)
            {
                yield return prefix + rest;
                yield break;
            }
            var cut = rest.LastIndexOf(' ', room);
            if (cut <= 0) cut = room;
            yield return prefix + rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart(' ');
            first = false;
            if (rest.Length == 0) yield break;
        }
    }
}
