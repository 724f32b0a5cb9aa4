using System.Text;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// A text of the table with named placeholders, <c>{domain}</c> or <c>{tls-tools}</c>, cut once into literal parts
/// and names. A text without placeholders is returned as it is, so the common case costs nothing.
/// </summary>
internal sealed class KnowledgeTemplate
{
    private string[] _parts; // literal, name, literal, name, ..., literal
    private KnowledgeTemplate?[]? _steps; // per name: the step it names, once linked
    private int[]? _variables; // per name: the variable it names (KnowledgeVariables), -1 for none
    private bool _portOnly; // once linked: true when only the port changes the text (the TLS tools), so it is kept per port
    private (int Port, string? Text) _lastExpansion;

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

    /// <summary>
    /// Ties each placeholder to the step or the variable it names, once, so that filling it in costs no look-up by
    /// name (annotating a reply fills several).
    /// </summary>
    /// <remarks>A placeholder naming a step that is plain text (after its own linking) is replaced by that text now.</remarks>
    public void Link(IReadOnlyDictionary<string, KnowledgeTemplate> steps)
    {
        if (_variables is not null) return;
        _variables = []; // marks this template as being linked, so that a step naming itself does not recurse
        var flattened = new List<string> { _parts[0] };
        for (var i = 1; i < _parts.Length; i += 2)
        {
            var name = _parts[i];
            if (KnowledgeVariables.IdOf(name) < 0 && steps.TryGetValue(name, out var step) && step != this)
            {
                step.Link(steps);
                if (step.IsLiteral)
                {
                    flattened[^1] += step._parts[0] + _parts[i + 1];
                    continue;
                }
            }
            flattened.Add(name);
            flattened.Add(_parts[i + 1]);
        }
        _parts = [.. flattened];
        var count = _parts.Length / 2;
        var linkedSteps = new KnowledgeTemplate?[count];
        var variables = new int[count];
        for (var i = 0; i < count; i++)
        {
            var name = _parts[2 * i + 1];
            variables[i] = KnowledgeVariables.IdOf(name);
            linkedSteps[i] = variables[i] < 0 ? steps.GetValueOrDefault(name) : null;
        }
        _steps = linkedSteps;
        _variables = variables;
        _portOnly = true;
        for (var i = 0; i < count; i++)
            _portOnly &= variables[i] >= 0 ? KnowledgeVariables.DependsOnPortOnly(variables[i]) : linkedSteps[i] is { _portOnly: true };
    }

    /// <summary>The text with each placeholder filled from <paramref name="scope"/>: an argument, a variable, or a step.</summary>
    public string Expand(KnowledgeScope scope)
    {
        if (_portOnly && scope.Arguments is null && _parts.Length > 1)
        {
            var last = _lastExpansion;
            if (last.Text is not null && last.Port == scope.Port) return last.Text;
            var text = ExpandParts(scope);
            _lastExpansion = (scope.Port, text);
            return text;
        }
        return ExpandParts(scope);
    }

    private string ExpandParts(KnowledgeScope scope)
    {
        var parts = _parts;
        switch (parts.Length)
        {
            case 1: return parts[0];
            case 3: return string.Concat(parts[0], Fill(scope, 0), parts[2]);
            case 5: return string.Concat([parts[0], Fill(scope, 0), parts[2], Fill(scope, 1), parts[4]]);
            case 7: return string.Concat([parts[0], Fill(scope, 0), parts[2], Fill(scope, 1), parts[4], Fill(scope, 2), parts[6]]);
        }
        var builder = new StringBuilder(Text.Length + 64);
        for (var i = 0; i < _parts.Length; i++) builder.Append(i % 2 == 0 ? _parts[i] : Fill(scope, i / 2));
        return builder.ToString();
    }

    private string Fill(KnowledgeScope scope, int index)
    {
        var name = _parts[2 * index + 1];
        if (scope.Arguments is { } arguments)
        {
            foreach (var (argument, value) in arguments)
            {
                if (argument == name) return value;
            }
        }
        if (_variables is null) return KnowledgeScope.Resolve(scope, name);
        if (_variables[index] >= 0 && KnowledgeVariables.Resolve(_variables[index], scope) is { } variable) return variable;
        return _steps![index]?.Expand(scope) ?? "{" + name + "}";
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
