namespace TelnetLite.Core.Mx;

/// <summary>What an MX lookup found, from "here are the mail hosts" to the ways a lookup fails.</summary>
internal enum MxLookupOutcome
{
    /// <summary>The domain has MX records (RFC 5321 §5.1); the hosts are listed in preference order.</summary>
    MailHosts,

    /// <summary>No MX record, but the domain has an address: RFC 5321 §5.1 treats it as an implicit MX of preference 0.</summary>
    ImplicitMx,

    /// <summary>A null MX (<c>0 .</c>, RFC 7505): the domain declares that it accepts no mail.</summary>
    NullMx,

    /// <summary>The domain exists but has neither an MX record nor an address: nowhere to deliver.</summary>
    NoMailHost,

    /// <summary>NXDOMAIN (RCODE 3): the name does not exist.</summary>
    DomainNotFound,

    /// <summary>SERVFAIL (RCODE 2): the resolver could not get an answer itself.</summary>
    ServerFailure,

    /// <summary>REFUSED (RCODE 5): the server will not answer this question for this client.</summary>
    Refused,

    /// <summary>No answer within the timeout, after the retries.</summary>
    Timeout,

    /// <summary>The DNS server could not be reached at all, or none is configured.</summary>
    NetworkError,

    /// <summary>Another error code (FORMERR, NOTIMP...), named in the explanation.</summary>
    OtherError,

    /// <summary>What was typed is not a domain name; nothing was asked.</summary>
    InvalidDomain,
}
