namespace TelnetLite.Core.Tls;

/// <summary>A failed TLS handshake explained: what happened, why, and what to do.</summary>
/// <param name="Summary">One line, e.g. <c>TLS failed: the certificate of mail1.fabrikam.test is not valid</c>.</param>
/// <param name="Reasons">Why, one reason per line.</param>
/// <param name="WhatToDo">What to try next, one per line (<c>--insecure</c>, <c>--cafile FILE</c>, <c>--tls</c>...).</param>
/// <param name="Description">What the handshake got as far as (the certificate seen, for a rejected one); null when nothing was seen.</param>
internal sealed record TlsFailure(TlsFailureKind Kind, string Summary, IReadOnlyList<string> Reasons, IReadOnlyList<string> WhatToDo, TlsSessionDescription? Description)
{
    /// <summary>The exit code of a plain-mode session or a script that stops here.</summary>
    public ExitCode ExitCode => ExitCode.TlsFailed;

    /// <summary>Everything as lines for the assist pane, <c># </c> and <c>==</c> lines: the summary, <c>because: ...</c>,
    /// the certificate seen, <c>next: ...</c>.</summary>
    public IReadOnlyList<string> Lines()
    {
        var lines = new List<string> { Summary };
        lines.AddRange(Reasons.Select(reason => "because: " + reason));
        if (Description?.Certificate is { } certificate) lines.Add($"certificate seen: {certificate.Subject}; issuer: {certificate.Issuer}; names: {string.Join(", ", certificate.Names)}");
        lines.AddRange(WhatToDo.Select(step => "next: " + step));
        return lines;
    }
}
