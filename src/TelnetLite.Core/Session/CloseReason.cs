namespace TelnetLite.Core.Session;

/// <summary>Why a connection ended.</summary>
public enum CloseReason
{
    /// <summary>The server closed the connection in an orderly way (<c>Connection closed by foreign host.</c>).</summary>
    RemoteClosed,
    /// <summary>The user closed it (<c>close</c>, <c>quit</c>, end of input).</summary>
    LocalClosed,
    /// <summary>Reset, I/O error or any other abnormal loss.</summary>
    Lost,
}
