using TelnetLite.Core.Smtp.Knowledge;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>The wording finder reports every fragment present, once numbered, whatever its length or alphabet.</summary>
public sealed class FragmentTableTests
{
    private static readonly FragmentTable Table = new(["Relay access denied", "relay", "RELAY", "id", "Grüße", "5.7.1 Relay", "denied"]);

    [Theory]
    [InlineData("554 5.7.1 <kate@fabrikam.com>: Relay access denied", new[] { "Relay access denied", "relay", "denied" })]
    [InlineData("550 5.7.1 relay DENIED", new[] { "relay", "5.7.1 Relay", "denied" })]
    [InlineData("relayed", new[] { "relay" })]
    [InlineData("ID", new[] { "id" })]
    [InlineData("GRÜSSE", new string[0])]
    [InlineData("grüße aus Köln", new[] { "Grüße" })]
    [InlineData("Relay access denie", new[] { "relay" })]
    [InlineData("Re", new string[0])]
    [InlineData("", new string[0])]
    public void EveryFragmentPresentIsFoundAndNoOther(string text, string[] expected)
    {
        var found = Table.FindAll(text);

        foreach (var fragment in new[] { "Relay access denied", "relay", "id", "Grüße", "5.7.1 Relay", "denied" })
            Assert.True(expected.Contains(fragment) == FragmentTable.HoldsAny(found, [Table.IdOf(fragment)]), fragment);
        Assert.Equal(expected.Length == 0, found is null);
    }

    [Fact]
    public void FragmentsDifferingOnlyInCaseShareOneNumber()
    {
        Assert.Equal(Table.IdOf("relay"), Table.IdOf("RELAY"));
        Assert.Equal(-1, Table.IdOf("not in the table"));
    }
}
