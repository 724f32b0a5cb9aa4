namespace TelnetLite.Core.Commands;

/// <summary>Reads <c>send</c>'s argument: one Telnet command keyword, or any other text to send as it is.</summary>
internal static class SendCommandParser
{
    public const string Usage = "Usage: send ao|ayt|brk|esc|ip|synch|TEXT";

    public static CommandRequest Parse(string arguments)
    {
        if (arguments.Length == 0)
        {
            return new InvalidRequest($"Nothing to send. {Usage}");
        }

        if (arguments == "?")
        {
            return new HelpRequest(CommandNames.Send);
        }

        // Keywords are matched whole, never by prefix: "send a" must send the text "a".
        SendKind? kind = arguments.ToLowerInvariant() switch
        {
            "ao" => SendKind.Ao,
            "ayt" => SendKind.Ayt,
            "brk" or "break" => SendKind.Brk,
            "esc" or "escape" => SendKind.Esc,
            "ip" => SendKind.Ip,
            "synch" => SendKind.Synch,
            _ => null,
        };
        return kind is { } command ? new SendRequest(command) : new SendRequest(SendKind.Text, arguments);
    }
}
