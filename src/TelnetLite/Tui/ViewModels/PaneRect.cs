namespace TelnetLite.Tui.ViewModels;

/// <summary>A rectangle of the screen in columns and rows.</summary>
internal readonly record struct PaneRect(int X, int Y, int Width, int Height);
