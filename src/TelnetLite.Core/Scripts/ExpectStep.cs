namespace TelnetLite.Core.Scripts;

/// <summary><c>!expect ...</c>: the last reply received must meet <paramref name="Expectation"/>.</summary>
internal sealed record ExpectStep(int LineNumber, Expectation Expectation) : SmtpScriptStep(LineNumber);
