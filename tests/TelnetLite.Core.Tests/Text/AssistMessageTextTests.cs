using TelnetLite.Core.Assist;

namespace TelnetLite.Core.Tests.Text;

public sealed class AssistMessageTextTests
{
    [Fact]
    public void AnAnnotationQuotingANulFromTheServerShowsItAsCaretAt()
    {
        // What a user sees after "250 AUTH LOGIN\0PLAIN": "# capability: AUTH LOGIN^@PLAIN", never a raw NUL.
        var message = new AssistMessage(AssistSeverity.Info, ["capability: AUTH LOGIN\0PLAIN", "next: MAIL FROM:<a@b>"]);

        Assert.Equal(["capability: AUTH LOGIN^@PLAIN", "next: MAIL FROM:<a@b>"], message.Lines);
    }

    [Fact]
    public void LinesGivenLaterWithWithAreMadeVisibleToo()
    {
        var message = new AssistMessage(AssistSeverity.Info, ["ok"]) with { Lines = ["\u001b[2J"] };

        Assert.Equal(["^[[2J"], message.Lines);
    }

    [Fact]
    public void LinesThatAreAlreadySafeAreKeptAsTheSameList()
    {
        IReadOnlyList<string> lines = ["250 success: the server accepted your greeting", "next: MAIL FROM:<a@b>"];

        Assert.Same(lines, new AssistMessage(AssistSeverity.Success, lines).Lines);
    }
}
