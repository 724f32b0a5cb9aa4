namespace TelnetLite.Core.Tests.Smtp.Support;

/// <summary>How the server's bytes are cut into <see cref="DataReceivedEvent"/>s.</summary>
internal enum ServerChunking
{
    /// <summary>Each burst of consecutive server lines in one event.</summary>
    Whole,
    /// <summary>One event per server line.</summary>
    LineByLine,
    /// <summary>One event per byte.</summary>
    ByteByByte,
}
