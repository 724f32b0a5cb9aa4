namespace TelnetLite.Core.Tests.Postfix;

/// <summary>The tests that share one private Postfix offering STARTTLS with a certificate of a test CA.</summary>
[CollectionDefinition(Name)]
public sealed class PostfixTlsCollection : ICollectionFixture<PostfixTlsFixture>
{
    public const string Name = "Postfix with TLS";
}
