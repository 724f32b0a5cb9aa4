namespace TelnetLite.Core.Telnet;

/// <summary>The negotiation state of one option on one side (ours or the server's).</summary>
internal struct TelnetOptionSide
{
    public TelnetQState State;

    /// <summary>RFC 1143's queue bit: OPPOSITE when true, EMPTY when false.</summary>
    public bool OppositeQueued;

    /// <summary>The verb we last sent for this option and side, or null; a refusal is never repeated.</summary>
    public TelnetCommand? LastSent;

    /// <summary>How often the server had this option enabled at its request, to bound toggle storms.</summary>
    public int PeerEnables;
}
