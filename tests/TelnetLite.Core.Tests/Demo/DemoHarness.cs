using TelnetLite.Core.Demo;

using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Core.Tests.Demo;

/// <summary>A started demo server with a mailbox folder of its own; disposing stops it and removes the folder.</summary>
internal sealed class DemoHarness : IAsyncDisposable
{
    private DemoHarness(DemoSmtpServer server, TemporaryFolder mailbox)
    {
        Server = server;
        Mailbox = mailbox;
    }

    public DemoSmtpServer Server { get; }

    public TemporaryFolder Mailbox { get; }

    public static async Task<DemoHarness> StartAsync(DemoServerOptions? options = null)
    {
        var mailbox = new TemporaryFolder();
        var server = new DemoSmtpServer((options ?? new DemoServerOptions()) with { MailboxDirectory = mailbox.Path });
        await server.StartAsync();
        return new DemoHarness(server, mailbox);
    }

    /// <summary>Connects and reads the greeting.</summary>
    public async Task<SmtpTestClient> ConnectAsync()
    {
        var client = await SmtpTestClient.ConnectAsync(Server.EndPoint);
        var greeting = await client.ReadReplyAsync();
        Assert.StartsWith("220 mail1.fabrikam.com ", greeting);
        return client;
    }

    /// <summary>Connects, reads the greeting and says EHLO contoso.com.</summary>
    public async Task<SmtpTestClient> ConnectAndGreetAsync()
    {
        var client = await ConnectAsync();
        Assert.StartsWith("250-mail1.fabrikam.com Hello", await client.CommandAsync("EHLO contoso.com"));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Mailbox.Dispose();
    }
}
