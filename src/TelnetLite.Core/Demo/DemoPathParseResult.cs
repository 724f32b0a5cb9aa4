namespace TelnetLite.Core.Demo;

/// <summary>How a MAIL FROM or RCPT TO argument parsed.</summary>
internal enum DemoPathParseResult
{
    /// <summary>The keyword, an address (possibly empty) and well-formed parameters.</summary>
    Parsed,

    /// <summary>The argument does not start with <c>FROM:</c> or <c>TO:</c>.</summary>
    MissingKeyword,

    /// <summary>The address part is not a mailbox.</summary>
    BadAddress,
}
