namespace TelnetLite.Core.Telnet;

/// <summary>One side's state of one option in RFC 1143's Q method (section 7).</summary>
internal enum TelnetQState : byte
{
    No,
    Yes,
    WantNo,
    WantYes,
}
