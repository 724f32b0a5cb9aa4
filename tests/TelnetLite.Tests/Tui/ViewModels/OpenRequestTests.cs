using TelnetLite.Tui.ViewModels;

namespace TelnetLite.Tests.Tui.ViewModels;

public sealed class OpenRequestTests
{
    [Theory]
    [InlineData("mail1.fabrikam.test", "25", "mail1.fabrikam.test", 25)]
    [InlineData("mail1.fabrikam.test:587", "25", "mail1.fabrikam.test", 587)]
    [InlineData("[::1]:2525", "", "::1", 2525)]
    [InlineData("::1", "25", "::1", 25)]
    [InlineData(" host ", "", "host", 23)]
    [InlineData("mail1.fabrikam.com 25", "2324", "mail1.fabrikam.com", 25)]
    [InlineData("mail1.fabrikam.com 2525", "", "mail1.fabrikam.com", 2525)]
    [InlineData("127.0.0.1:2525", "2525", "127.0.0.1", 2525)]
    [InlineData("mail1.fabrikam.com", "submission", "mail1.fabrikam.com", 587)]
    [InlineData("mail1.fabrikam.com smtp", "", "mail1.fabrikam.com", 25)]
    public void TheHostFieldMayCarryThePortAsTelnetUsersWriteIt(string host, string port, string expectedHost, int expectedPort)
    {
        Assert.True(OpenRequest.TryParse(host, port, "15", out var request, out _));

        Assert.Equal(expectedHost, request!.Host);
        Assert.Equal(expectedPort, request.Port);
        Assert.Equal(TimeSpan.FromSeconds(15), request.ConnectTimeout);
    }

    [Theory]
    [InlineData("", "25", "15", "host")]
    [InlineData("host", "70000", "15", "Port")]
    [InlineData("host", "smtpx", "15", "Port")]
    [InlineData("host 25 26", "", "15", "Too many arguments")]
    [InlineData("host:25 26", "", "15", "Port given twice")]
    [InlineData("host name with spaces", "", "15", "Too many arguments")]
    [InlineData("host", "25", "0", "timeout")]
    public void BadFieldsAreRefusedWithAReason(string host, string port, string timeout, string reasonMentions)
    {
        Assert.False(OpenRequest.TryParse(host, port, timeout, out var request, out var error));

        Assert.Null(request);
        Assert.Contains(reasonMentions, error, StringComparison.OrdinalIgnoreCase);
    }
}
