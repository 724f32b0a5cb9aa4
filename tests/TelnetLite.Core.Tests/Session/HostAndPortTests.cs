using TelnetLite.Core.Session;

namespace TelnetLite.Core.Tests.Session;

public sealed class HostAndPortTests
{
    [Theory]
    [InlineData("mail1.fabrikam.com", null, "mail1.fabrikam.com", 23)]
    [InlineData("mail1.fabrikam.com", "25", "mail1.fabrikam.com", 25)]
    [InlineData("mail1.fabrikam.com:25", null, "mail1.fabrikam.com", 25)]
    [InlineData("127.0.0.1:2525", null, "127.0.0.1", 2525)]
    [InlineData("[::1]:587", null, "::1", 587)]
    [InlineData("[::1]", "25", "::1", 25)]
    [InlineData("::1", "25", "::1", 25)]
    [InlineData("2001:db8::1", null, "2001:db8::1", 23)]
    public void HostAndPortAreUnderstoodInEveryClassicForm(string hostWord, string? portWord, string host, int port)
    {
        Assert.True(HostAndPort.TryParse(hostWord, portWord, 23, out var parsed, out var error), error);
        Assert.Equal(new HostAndPort(host, port), parsed);
    }

    [Theory]
    [InlineData("host", "0", "not a port number")]
    [InlineData("host", "70000", "not a port number")]
    [InlineData("host", "smtp", "not a port number")]
    [InlineData("host:25", "25", "given twice")]
    [InlineData("[::1", null, "missing ']'")]
    [InlineData("[::1]x", null, "expected ':port'")]
    [InlineData("a:b:c", null, "not a valid IPv6 address")]
    [InlineData("", null, "no host")]
    [InlineData(":25", null, "no host")]
    public void BadInputIsRefusedWithAReason(string hostWord, string? portWord, string reason)
    {
        Assert.False(HostAndPort.TryParse(hostWord, portWord, 23, out _, out var error));
        Assert.Contains(reason, error);
    }
}
