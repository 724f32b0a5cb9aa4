using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;

namespace TelnetLite.Core.Tests.Auth;

/// <summary>A 334 challenge decoded for display: never raw, whatever the server put in it.</summary>
public sealed class AuthChallengeDisplayTests
{
    [Theory]
    [InlineData("VXNlcm5hbWU6", "Username:")]
    [InlineData("VXNlciBOYW1lAA==", "User Name\\0")]
    [InlineData("UGFzc3dvcmQA", "Password\\0")]
    [InlineData("G1szMW1oaQc=", "\\x1B[31mhi\\x07")]
    [InlineData("", "")]
    public void AChallengeIsDecodedWithItsControlCharactersMadeVisible(string challenge, string shown)
    {
        Assert.Equal(shown, AuthChallengeReader.Decode(challenge));
    }

    [Fact]
    public void TextThatIsNotBase64IsNotDecoded() => Assert.Null(AuthChallengeReader.Decode("not*base64!"));

    [Fact]
    public void AiosmtpdsUserNamePromptIsRecognisedAsTheUserNamePrompt()
    {
        var annotation = Replies.Annotate("334 VXNlciBOYW1lAA==", SmtpVerb.Auth);

        Assert.Contains("asks for the user name", annotation.Meaning);
        Assert.Contains("\"User Name\\0\"", annotation.Meaning);
        Assert.DoesNotContain('\0', annotation.Meaning);
    }

    [Fact]
    public void AVeryLongChallengeIsCut()
    {
        var decoded = AuthChallengeReader.Decode(Convert.ToBase64String(new byte[600].Select(_ => (byte)'a').ToArray()));

        Assert.Equal(201, decoded!.Length);
        Assert.EndsWith("…", decoded);
    }
}
