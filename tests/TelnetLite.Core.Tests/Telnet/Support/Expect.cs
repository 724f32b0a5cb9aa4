using TelnetLite.Core.Telnet;

namespace TelnetLite.Core.Tests.Telnet.Support;

/// <summary>The strings <see cref="RecordingParserHandler"/> records, built from readable pieces.</summary>
internal static class Expect
{
    public static string Data(params object[] pieces) => $"data {Bytes.Hex(Bytes.Of(pieces))}";

    public static string Command(TelnetCommand command) => $"command {command}";

    public static string Negotiation(TelnetCommand verb, TelnetOption option) => $"{verb} {(byte)option}";

    public static string Subnegotiation(TelnetOption option, params object[] payload) =>
        $"SB {(byte)option} {Bytes.Hex(Bytes.Of(payload))}";

    public static string Flaw(TelnetParserFlaws flaw) => $"flaw {flaw}";
}
