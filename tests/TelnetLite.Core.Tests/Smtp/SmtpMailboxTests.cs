using TelnetLite.Core.Smtp;

namespace TelnetLite.Core.Tests.Smtp;

public sealed class SmtpMailboxTests
{
    [Theory]
    [InlineData("chris@contoso.com")]
    [InlineData("chris.o'neil+test@mail.contoso.com")]
    [InlineData("\"chris smith\"@contoso.com")]
    [InlineData("postmaster@[192.0.2.10]")]
    [InlineData("jürgen@bücher.example")]
    public void AWellFormedMailboxIsValid(string address) => Assert.True(SmtpMailbox.IsValid(address));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("chris.contoso.com")]
    [InlineData("@contoso.com")]
    [InlineData("chris@")]
    [InlineData("chris@contoso_com")]
    [InlineData("chris@contoso..com")]
    [InlineData(".chris@contoso.com")]
    [InlineData("chris.@contoso.com")]
    [InlineData("ch..ris@contoso.com")]
    [InlineData("chris smith@contoso.com")]
    [InlineData("chris<@contoso.com")]
    [InlineData("chris@192.0.2.10")]
    public void AMalformedMailboxIsNot(string? address) => Assert.False(SmtpMailbox.IsValid(address));

    [Fact]
    public void AnOverLongLocalPartIsNotValid() =>
        Assert.False(SmtpMailbox.IsValid(new string('a', 65) + "@contoso.com"));
}
