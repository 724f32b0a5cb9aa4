namespace TelnetLite.Core.Tests.Smtp.Support;

/// <summary>One line of a fixture: sent by the client (<c>C:</c>) or by the server (<c>S:</c>).</summary>
internal sealed record ConversationFixtureLine(bool FromClient, string Text);
