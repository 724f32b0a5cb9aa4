namespace TelnetLite.Core.Telnet;

/// <summary>The negotiation state of one option on one side (ours or the server's).</summary>
internal struct TelnetOptionSide
{
    public TelnetQState State;

    /// <summary>RFC 1143's queue bit: OPPOSITE when true, EMPTY when false.</summary>
    public bool OppositeQueued;

    /// <summary>A refusal was sent from NO; repeating it would only feed a server that loops.</summary>
    public bool RefusalSent;

    /// <summary>How often the server had this option enabled at its request, to bound toggle storms.</summary>
    public int PeerEnables;
}
