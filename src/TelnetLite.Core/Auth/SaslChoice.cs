namespace TelnetLite.Core.Auth;

/// <summary>The mechanism <c>auth</c> with no mechanism uses, and why; <see cref="Mechanism"/> is null when none fits.</summary>
/// <param name="Reason">One line for the assist pane: the mechanism and why it is the strongest, or why none can be used.</param>
internal sealed record SaslChoice(SaslMechanism? Mechanism, string Reason);
