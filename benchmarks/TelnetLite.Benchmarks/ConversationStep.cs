namespace TelnetLite.Benchmarks;

/// <summary>One turn of a recorded conversation: lines the client sent, or one burst of server lines.</summary>
internal sealed record ConversationStep(bool FromServer, IReadOnlyList<string> Lines);
