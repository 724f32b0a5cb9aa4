namespace TelnetLite.Core.Demo;

/// <summary>One line from the client without its line ending, or the fact that it was longer than allowed.</summary>
internal readonly record struct DemoLine(byte[] Bytes, bool TooLong);
