using TelnetLite.Core.Assist;

namespace TelnetLite.Core.Session;

/// <summary>
/// An assistant message raised outside the reply stream (a lint warning before a line is sent), posted through the
/// session so the screen and the log see it in order with the line it warns about.
/// </summary>
public sealed record AssistMessageEvent(DateTimeOffset Time, AssistMessage Message) : SessionEvent(Time);
