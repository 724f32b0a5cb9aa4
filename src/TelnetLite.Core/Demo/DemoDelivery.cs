namespace TelnetLite.Core.Demo;

/// <summary>One accepted message and its envelope, as the mailbox writes it.</summary>
/// <param name="MessageId">The queue id given in the 250 2.6.0 reply, <c>GUID@mail1.fabrikam.com</c>.</param>
/// <param name="Protocol">ESMTP, ESMTPS, ESMTPA or ESMTPSA (RFC 3848), or SMTP after HELO.</param>
internal sealed record DemoDelivery(
    string MessageId,
    string Sender,
    IReadOnlyList<string> Recipients,
    string HeloDomain,
    string ClientAddress,
    string Protocol,
    ReadOnlyMemory<byte> Body);
