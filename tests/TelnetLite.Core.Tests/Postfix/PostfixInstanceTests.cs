using System.Net;
using System.Net.Sockets;
using TelnetLite.Core.Tests.Support.Peers;

namespace TelnetLite.Core.Tests.Postfix;

/// <summary>The private instance itself: it runs beside another, and stopping it leaves nothing behind.</summary>
[Collection(PostfixCollection.Name)]
public sealed class PostfixInstanceTests(PostfixFixture postfix)
{
    [PeerFact(Peer.Postfix)]
    public async Task ASecondInstanceRunsBesideTheSharedOneAndStoppingItLeavesNoProcessNoPortAndNoFolder()
    {
        var instance = await PostfixInstance.StartAsync();
        IReadOnlyList<int> daemons;
        try
        {
            daemons = instance.RunningProcesses();
            Assert.NotEqual(postfix.Instance.Port, instance.Port);
            Assert.NotEqual(postfix.Instance.MasterProcessId, instance.MasterProcessId);
            Assert.Contains(instance.MasterProcessId!.Value, daemons);
            Assert.True(daemons.Count > 1, "the master runs its daemons (qmgr, postlogd...)");
            Assert.True(Directory.Exists(instance.Root));
            await using (var shared = await PostfixSession.OpenAsync(postfix.Instance))
            {
                Assert.Equal(220, shared.Annotations[0].Reply.Code);
            }
        }
        finally
        {
            await instance.DisposeAsync();
        }

        Assert.DoesNotContain(daemons, LinuxProcesses.IsRunning);
        Assert.False(Directory.Exists(instance.Root));
        using var client = new TcpClient(AddressFamily.InterNetwork);
        await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, instance.Port));
    }
}
