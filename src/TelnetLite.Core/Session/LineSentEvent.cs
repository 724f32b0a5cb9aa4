namespace TelnetLite.Core.Session;

/// <summary>A line the user sent, without its line ending, exactly as it went on the wire before Telnet escaping.</summary>
/// <param name="Secret">True for credentials (AUTH); logs write <c>******** (redacted)</c> instead of the text.</param>
public sealed record LineSentEvent(DateTimeOffset Time, ReadOnlyMemory<byte> Line, bool Secret) : SessionEvent(Time);
