namespace TelnetLite.Core.Auth;

/// <summary>What to do after a reply during AUTH, as <see cref="SaslClient.Next"/> decides.</summary>
internal abstract record SaslStep;

/// <summary>Send <paramref name="Line"/> (the answer to a 334 challenge) and wait for the next reply.</summary>
internal sealed record SaslSend(SaslLine Line) : SaslStep;

/// <summary>The challenge cannot be answered: send <paramref name="Line"/> (<c>*</c>, RFC 4954 §4) and wait for the
/// server's 501; the exchange then ends as failed.</summary>
/// <param name="Why">What was wrong with the challenge, for the assist pane.</param>
internal sealed record SaslCancel(SaslLine Line, string Why) : SaslStep;

/// <summary>The final reply arrived: <c>235</c> means authenticated; anything else is a refusal the annotator explains.</summary>
/// <param name="Code">The final reply's code (235, 535, 534, 538, 454, 501...).</param>
/// <param name="Summary">One line: <c>authenticated as chris@contoso.com with LOGIN</c>, or the refusal in short.</param>
internal sealed record SaslFinished(bool Succeeded, int Code, string Summary) : SaslStep;
