namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// What a table text's placeholders are filled from: the reply and its conversation when a reply is explained, else
/// only the port (the linter), plus values the calling code names.
/// </summary>
/// <param name="Base">The table whose steps placeholders may name.</param>
/// <param name="Facts">The reply being explained; null for texts about a line not yet sent.</param>
/// <param name="Port">The server port, 0 when unknown.</param>
/// <param name="Arguments">Values the calling code gives, by placeholder name; they come first.</param>
internal readonly record struct KnowledgeScope(KnowledgeBase Base, ReplyFacts? Facts, int Port, (string Name, string Value)[]? Arguments = null)
{
    /// <summary>The value of one placeholder: an argument, else a variable, else a step of the table.</summary>
    public static string Resolve(KnowledgeScope scope, string name)
    {
        if (scope.Arguments is { } arguments)
        {
            foreach (var (argument, value) in arguments)
            {
                if (argument == name) return value;
            }
        }
        if (KnowledgeVariables.IdOf(name) is var id and >= 0 && KnowledgeVariables.Resolve(id, scope) is { } variable) return variable;
        if (scope.Base.TryGetStep(name, out var step)) return step.Expand(scope);
        return "{" + name + "}";
    }

    /// <summary>A step's text, its placeholders filled from this scope.</summary>
    public string Say(string stepId) => Base.Step(stepId).Expand(this);

    /// <summary>A step's text with the given arguments.</summary>
    public string Say(string stepId, params (string Name, string Value)[] arguments) =>
        Base.Step(stepId).Expand(this with { Arguments = arguments });
}
