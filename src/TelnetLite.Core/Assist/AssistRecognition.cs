namespace TelnetLite.Core.Assist;

/// <summary>How sure an assistant is that the conversation speaks its protocol.</summary>
public enum AssistRecognition
{
    /// <summary>Not this protocol, or nothing seen yet.</summary>
    None,
    /// <summary>Looks like it (e.g. a bare 220 on an unusual port); confirmed or dropped by what follows.</summary>
    Tentative,
    /// <summary>Recognised: annotations and pacing are on.</summary>
    Confirmed,
}
