namespace TelnetLite.Core.Scripts;

/// <summary>The last <c>!auth</c> of a scripted run as the JSON report writes it; never a secret.</summary>
/// <param name="Mechanism">As sent: <c>PLAIN</c>, <c>LOGIN</c>, <c>CRAM-MD5</c>, <c>XOAUTH2</c>.</param>
/// <param name="User">The user name the script gave.</param>
/// <param name="Result"><c>succeeded</c> (235), <c>refused</c> (the server's final reply was not 235) or <c>not finished</c>
/// (the connection closed, no reply came in time, or the exchange could not start).</param>
/// <param name="Code">The final reply's code; 0 when none came.</param>
/// <param name="Summary">What happened in one sentence, as printed.</param>
public sealed record SmtpScriptAuthReport(string Mechanism, string User, string Result, int Code, string Summary);
