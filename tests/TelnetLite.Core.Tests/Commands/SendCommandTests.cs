using TelnetLite.Core.Commands;

namespace TelnetLite.Core.Tests.Commands;

public sealed class SendCommandTests
{
    private readonly CommandInterpreter interpreter = new();

    [Theory]
    [InlineData("send ao", SendKind.Ao)]
    [InlineData("send ayt", SendKind.Ayt)]
    [InlineData("send brk", SendKind.Brk)]
    [InlineData("send break", SendKind.Brk)]
    [InlineData("send esc", SendKind.Esc)]
    [InlineData("send escape", SendKind.Esc)]
    [InlineData("send ip", SendKind.Ip)]
    [InlineData("send synch", SendKind.Synch)]
    [InlineData("sen AYT", SendKind.Ayt)]
    [InlineData("sen synch", SendKind.Synch)]
    public void SendKeywordsSendTheirTelnetCommand(string line, SendKind kind)
    {
        Assert.Equal(new SendRequest(kind), interpreter.Parse(line));
    }

    [Theory]
    [InlineData("send QUIT", "QUIT")]
    [InlineData("send hello world", "hello world")]
    [InlineData("send a", "a")]
    [InlineData("send ayt now", "ayt now")]
    [InlineData("send MAIL FROM:<a@b>  SIZE=10", "MAIL FROM:<a@b>  SIZE=10")]
    [InlineData("sen  x", "x")]
    public void AnythingElseIsSentAsText(string line, string text)
    {
        Assert.Equal(new SendRequest(SendKind.Text, text), interpreter.Parse(line));
    }

    [Fact]
    public void SendWithNothingSaysHowToUseIt()
    {
        var request = Assert.IsType<InvalidRequest>(interpreter.Parse("send"));

        Assert.Equal("Nothing to send. Usage: send ao|ayt|brk|esc|ip|synch|TEXT", request.Message);
    }

    [Fact]
    public void SendQuestionMarkShowsSendsHelp()
    {
        Assert.Equal(new HelpRequest("send"), interpreter.Parse("send ?"));
    }
}
