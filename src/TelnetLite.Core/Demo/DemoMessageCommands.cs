using System.Globalization;

namespace TelnetLite.Core.Demo;

/// <summary>DATA and BDAT: receive the message, hold it to the limits, and store it in the mailbox.</summary>
internal sealed class DemoMessageCommands(DemoConnection connection, DemoSessionState state, DemoSessionContext context)
{
    private static readonly byte[] LineEnd = "\r\n"u8.ToArray();
    private readonly DemoServerOptions _options = context.Options;
    private DemoTransaction Transaction => state.Transaction;

    /// <summary>DATA up to the lone dot; false when the client closed the connection in the middle.</summary>
    public async Task<bool> DataAsync(string argument)
    {
        var refusal = RefuseMessageStart()
            ?? (Transaction.Chunking ? DemoReplies.BadSequence : null)
            ?? (argument.Trim().Length > 0 ? DemoReplies.InvalidArguments : null);
        if (refusal is not null)
        {
            await connection.ReplyAsync(refusal).ConfigureAwait(false);
            return true;
        }

        await connection.ReplyAsync(DemoReplies.StartMailInput).ConfigureAwait(false);
        while (true)
        {
            if (await connection.ReadLineAsync().ConfigureAwait(false) is not { } line) return false;
            if (line.TooLong)
            {
                Transaction.HasLongLine = true;
                continue;
            }

            var bytes = line.Bytes;
            if (bytes is [(byte)'.']) break;
            // RFC 5321 4.5.2: the client doubled every leading dot; take one away.
            Append(bytes.AsSpan(bytes is [(byte)'.', ..] ? 1 : 0));
            Append(LineEnd);
        }

        await FinishAsync().ConfigureAwait(false);
        return true;
    }

    /// <summary>One BDAT chunk (RFC 3030); false when the client closed the connection in the middle.</summary>
    public async Task<bool> BdatAsync(string argument)
    {
        var parts = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            || (parts.Length == 2 && !parts[1].Equals("LAST", StringComparison.OrdinalIgnoreCase)))
        {
            // Without a size the chunk cannot be skipped; the client has to give up on this transaction.
            await connection.ReplyAsync(DemoReplies.InvalidArguments).ConfigureAwait(false);
            return true;
        }

        if (RefuseMessageStart() is { } refusal)
        {
            // RFC 3030 2: the chunk is read even when the command is refused, or its bytes would be taken as commands.
            if (!await connection.ReadExactAsync(size, null).ConfigureAwait(false)) return false;
            await connection.ReplyAsync(refusal).ConfigureAwait(false);
            return true;
        }

        if (Transaction.Body.Length + size > _options.MaxMessageSize) Transaction.TooBig = true;
        if (!await connection.ReadExactAsync(size, Transaction.TooBig ? null : Transaction.Body).ConfigureAwait(false)) return false;
        Transaction.Chunking = true;
        if (parts.Length == 2)
        {
            await FinishAsync().ConfigureAwait(false);
        }
        else
        {
            await connection.ReplyAsync(DemoReplies.ChunkReceived(size)).ConfigureAwait(false);
        }

        return true;
    }

    private string? RefuseMessageStart()
    {
        if (state.HeloDomain is null) return DemoReplies.SendHelloFirst;
        if (Transaction.Sender is null) return DemoReplies.NeedMail;
        if (Transaction.Recipients.Count == 0) return DemoReplies.NeedRcpt;
        return null;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (Transaction.TooBig) return;
        if (Transaction.Body.Length + bytes.Length > _options.MaxMessageSize)
        {
            // Keep reading to the dot so the dialogue stays in step, but hold nothing more in memory.
            Transaction.TooBig = true;
            Transaction.Body.SetLength(0);
            return;
        }

        Transaction.Body.Write(bytes);
    }

    private async Task FinishAsync()
    {
        var reply = Transaction.TooBig ? DemoReplies.TooBig
            : Transaction.HasLongLine ? DemoReplies.MessageLineTooLong
            : await StoreAsync().ConfigureAwait(false);
        Transaction.Reset();
        await connection.ReplyAsync(reply).ConfigureAwait(false);
    }

    private async Task<string> StoreAsync()
    {
        var messageId = $"{Guid.NewGuid():D}@{DemoServerInfo.HostName}";
        var body = Transaction.Body.GetBuffer().AsMemory(0, (int)Transaction.Body.Length);
        var delivery = new DemoDelivery(messageId, Transaction.Sender!, [.. Transaction.Recipients], state.HeloDomain!,
            state.ClientAddress, state.Protocol, body);
        try
        {
            await context.Mailbox.SaveAsync(delivery, CancellationToken.None).ConfigureAwait(false);
            return DemoReplies.Queued(messageId);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DemoReplies.StoreFailed;
        }
    }
}
