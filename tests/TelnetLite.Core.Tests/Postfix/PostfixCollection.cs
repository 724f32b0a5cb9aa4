namespace TelnetLite.Core.Tests.Postfix;

/// <summary>The tests that share one private Postfix; they run one after another, in parallel with everything else.</summary>
[CollectionDefinition(Name)]
public sealed class PostfixCollection : ICollectionFixture<PostfixFixture>
{
    public const string Name = "Postfix";
}
