namespace TelnetLite.Core.Smtp;

/// <summary>What the next line the user sends will be, as far as the server is concerned.</summary>
public enum SmtpPhase
{
    /// <summary>A command.</summary>
    Commands,
    /// <summary>A message line: after 354 and until the lone "." (RFC 5321 §4.1.1.4).</summary>
    Message,
    /// <summary>Chunk data after <c>BDAT n</c> (RFC 3030): octets counted, not commands.</summary>
    BdatChunk,
    /// <summary>The answer to a 334 AUTH challenge (RFC 4954): base64, secret.</summary>
    AuthChallenge,
    /// <summary>The server said 221 or 421, or the connection closed: nothing more is answered.</summary>
    Closed,
}
