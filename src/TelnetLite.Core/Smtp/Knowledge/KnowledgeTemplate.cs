using System.Text;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// A text of the table with named placeholders, <c>{domain}</c> or <c>{tls-tools}</c>, cut once into literal parts
/// and names. A text without placeholders is returned as it is, so the common case costs nothing.
/// </summary>
internal sealed class KnowledgeTemplate
{
    private readonly string[] _parts; // literal, name, literal, name, ..., literal

    private KnowledgeTemplate(string text, string[] parts)
    {
        Text = text;
        _parts = parts;
    }

    /// <summary>The text as written.</summary>
    public string Text { get; }

    /// <summary>True when the text has no placeholder.</summary>
    public bool IsLiteral => _parts.Length == 1;

    /// <summary>The placeholder names, in order.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            for (var i = 1; i < _parts.Length; i += 2) yield return _parts[i];
        }
    }

    /// <summary>Cuts <paramref name="text"/> at each <c>{name}</c>; a brace without a name stays literal text.</summary>
    public static KnowledgeTemplate Parse(string text)
    {
        var parts = new List<string>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var close = text[i] == '{' ? text.IndexOf('}', i + 1) : -1;
            if (close > i + 1 && IsName(text.AsSpan(i + 1, close - i - 1)))
            {
                parts.Add(literal.ToString());
                literal.Clear();
                parts.Add(text[(i + 1)..close]);
                i = close + 1;
                continue;
            }
            literal.Append(text[i]);
            i++;
        }
        parts.Add(literal.ToString());
        return new KnowledgeTemplate(text, [.. parts]);
    }

    /// <summary>The text with each placeholder replaced by what <paramref name="resolve"/> gives for its name.</summary>
    public string Expand<TScope>(TScope scope, Func<TScope, string, string> resolve)
    {
        if (_parts.Length == 1) return _parts[0];
        if (_parts.Length == 3) return string.Concat(_parts[0], resolve(scope, _parts[1]), _parts[2]);
        var builder = new StringBuilder();
        for (var i = 0; i < _parts.Length; i++) builder.Append(i % 2 == 0 ? _parts[i] : resolve(scope, _parts[i]));
        return builder.ToString();
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-') return false;
        }
        return true;
    }
}
