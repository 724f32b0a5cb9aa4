namespace TelnetLite.Core.Commands;

/// <summary><c>save FILE</c>: write the whole transcript to a file (TUI).</summary>
/// <param name="Path">The path as typed, surrounding quotes removed; relative paths are the controller's to resolve.</param>
internal sealed record SaveRequest(string Path) : CommandRequest;
