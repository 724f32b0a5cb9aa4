namespace TelnetLite.Core.Events;

/// <summary>One line assembled from received bytes, without its line ending.</summary>
/// <param name="Content">The bytes of the line; never contains LF, and a CR right before the LF is not included.</param>
/// <param name="Ending">The ending that closed the line, or <see cref="LineEnding.None"/> for a partial line.</param>
/// <param name="IsCut">
/// True when the line reached the assembler's maximum length and was cut: the rest of it follows in the next line.
/// </param>
public sealed record ReceivedLine(ReadOnlyMemory<byte> Content, LineEnding Ending, bool IsCut);
