namespace TelnetLite.Core.Scripts;

/// <summary><c>!expect ...</c>: the last reply received must meet <paramref name="Expectation"/>.</summary>
public sealed record ExpectStep(int LineNumber, Expectation Expectation) : SmtpScriptStep(LineNumber);
