using System.Text;

namespace TelnetLite.Core.Demo;

/// <summary>Writes accepted messages as .eml files, each with Return-Path and Received lines in front.</summary>
/// <remarks>The folder is made, when missing, as each message is written: the server's default folder exists only
/// once a message has been accepted.</remarks>
internal sealed class DemoMailbox(string directory, TimeProvider clock)
{
    /// <summary>Writes the message under a temporary name and renames it, so a reader never sees half a file.</summary>
    /// <returns>The full path of the .eml file.</returns>
    public async Task<string> SaveAsync(DemoDelivery delivery, CancellationToken cancellationToken)
    {
        var now = clock.GetLocalNow();
        var header = new StringBuilder()
            .Append("Return-Path: <").Append(delivery.Sender).Append(">\r\n")
            .Append("Received: from ").Append(delivery.HeloDomain).Append(" ([").Append(delivery.ClientAddress).Append("])\r\n")
            .Append("\tby ").Append(DemoServerInfo.HostName).Append(" with ").Append(delivery.Protocol)
            .Append(" id ").Append(delivery.MessageId).Append("\r\n")
            .Append("\tfor ").Append(string.Join(", ", delivery.Recipients.Select(r => $"<{r}>"))).Append("; ")
            .Append(DemoDate.Format(now)).Append("\r\n")
            .ToString();

        Directory.CreateDirectory(directory);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{delivery.MessageId[..36]}.eml";
        var path = Path.Combine(directory, name);
        var partial = path + ".part";
        await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
        {
            await file.WriteAsync(Encoding.UTF8.GetBytes(header), cancellationToken).ConfigureAwait(false);
            await file.WriteAsync(delivery.Body, cancellationToken).ConfigureAwait(false);
        }

        File.Move(partial, path);
        return path;
    }
}
