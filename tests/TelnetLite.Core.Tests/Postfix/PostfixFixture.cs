using TelnetLite.Core.Tests.Support.Peers;

namespace TelnetLite.Core.Tests.Postfix;

/// <summary>
/// One private Postfix for the whole <see cref="PostfixCollection"/>, started before its first test and stopped after
/// its last, whether the tests passed or not.
/// </summary>
/// <remarks>Where Postfix is missing the tests are skipped by <see cref="PeerFactAttribute"/> and nothing is started;
/// with <c>TELNETLITE_REQUIRE_PEERS=1</c> they run, and starting fails them with the reason.</remarks>
public sealed class PostfixFixture : IAsyncLifetime
{
    private PostfixInstance? _instance;

    internal PostfixInstance Instance => _instance
        ?? throw new InvalidOperationException($"Postfix was not started: {PeerRequirements.Postfix.Problem ?? "its start failed"}");

    public async Task InitializeAsync()
    {
        if (PeerRequirements.Postfix.SkipReason is not null) return;
        _instance = await PostfixInstance.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_instance is not null) await _instance.DisposeAsync();
    }
}
