using System.Text;

namespace TelnetLite.Core.Tests.Smtp.Support;

/// <summary>
/// One conversation from tests/TelnetLite.Core.Tests/Fixtures/Smtp (format in the README there): the port, then the
/// server's lines and the client's lines in the order they happened.
/// </summary>
internal sealed class ConversationFixture
{
    private ConversationFixture(string name, int port, IReadOnlyList<ConversationFixtureLine> steps)
    {
        Name = name;
        Port = port;
        Steps = steps;
    }

    public string Name { get; }
    public int Port { get; }
    public IReadOnlyList<ConversationFixtureLine> Steps { get; }

    /// <summary>Every fixture file's name without extension.</summary>
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order();

    public static ConversationFixture Load(string name)
    {
        var port = 25;
        var steps = new List<ConversationFixtureLine>();
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, name + ".txt"), Encoding.UTF8))
        {
            if (line.StartsWith("@port ", StringComparison.Ordinal)) port = int.Parse(line[6..]);
            else if (line.StartsWith("S: ", StringComparison.Ordinal) || line == "S:") steps.Add(new(false, Text(line)));
            else if (line.StartsWith("C: ", StringComparison.Ordinal) || line == "C:") steps.Add(new(true, Text(line)));
            else if (line.Length > 0 && !line.StartsWith('#')) throw new InvalidDataException($"{name}: unknown line '{line}'");
        }
        return new ConversationFixture(name, port, steps);
    }

    /// <summary>The server's bytes, CRLF after every line, all in one buffer.</summary>
    public byte[] ServerBytes() =>
        Encoding.UTF8.GetBytes(string.Concat(Steps.Where(s => !s.FromClient).Select(s => s.Text + "\r\n")));

    private static string Text(string line) => line.Length > 3 ? line[3..] : "";

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Smtp");
}
