using BenchmarkDotNet.Attributes;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;

namespace TelnetLite.Benchmarks;

/// <summary>
/// Parse + annotate, the work done for every reply a server sends: Op/s is replies per second (target: well over a
/// million on one core). Parse-only and annotate-only runs show which half costs what.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class SmtpReplyBenchmarks
{
    private const int ExchangeReplies = 7;
    private const int PostfixReplies = 9;
    private const int AllReplies = ExchangeReplies + PostfixReplies;

    private readonly SmtpReplyParser _parser = new();
    private readonly List<SmtpReply> _replies = new(16);
    private byte[][] _exchangeBursts = [];
    private byte[][] _postfixBursts = [];
    private SmtpAnnotationContext[] _exchangeContexts = [];
    private SmtpAnnotationContext[] _postfixContexts = [];
    private (SmtpReply Reply, SmtpAnnotationContext Context)[] _allAnnotated = [];

    [GlobalSetup]
    public void Setup()
    {
        _exchangeBursts = RecordedConversation.ExchangeSeed.ServerBursts();
        _postfixBursts = RecordedConversation.Postfix.ServerBursts();
        var exchange = RecordedConversation.ExchangeSeed.Annotated();
        var postfix = RecordedConversation.Postfix.Annotated();
        // OperationsPerInvoke must be a constant: make sure it still counts the replies the conversations hold.
        if (exchange.Length != ExchangeReplies || postfix.Length != PostfixReplies)
            throw new InvalidOperationException($"expected {ExchangeReplies} and {PostfixReplies} replies, found {exchange.Length} and {postfix.Length}");
        _exchangeContexts = exchange.Select(a => a.Context).ToArray();
        _postfixContexts = postfix.Select(a => a.Context).ToArray();
        _allAnnotated = [.. exchange, .. postfix];
    }

    [Benchmark(OperationsPerInvoke = ExchangeReplies)]
    public int ParseAndAnnotateExchangeSeed() => ParseAndAnnotate(_exchangeBursts, _exchangeContexts);

    [Benchmark(OperationsPerInvoke = PostfixReplies)]
    public int ParseAndAnnotatePostfix() => ParseAndAnnotate(_postfixBursts, _postfixContexts);

    [Benchmark(OperationsPerInvoke = AllReplies)]
    public int ParseOnly()
    {
        var lines = 0;
        foreach (var bursts in (ReadOnlySpan<byte[][]>)[_exchangeBursts, _postfixBursts])
        {
            foreach (var burst in bursts)
            {
                _replies.Clear();
                _parser.Feed(burst, _replies);
                foreach (var reply in _replies) lines += reply.Lines.Count;
            }
        }
        return lines;
    }

    [Benchmark(OperationsPerInvoke = AllReplies)]
    public int AnnotateOnly()
    {
        var length = 0;
        foreach (var (reply, context) in _allAnnotated) length += SmtpAnnotator.Annotate(reply, context).Meaning.Length;
        return length;
    }

    /// <summary>Annotate and render the lines the transcript and <c>--annotate</c> show.</summary>
    [Benchmark(OperationsPerInvoke = AllReplies)]
    public int AnnotateAndRenderLines()
    {
        var lines = 0;
        foreach (var (reply, context) in _allAnnotated) lines += SmtpAnnotator.Annotate(reply, context).ToLines().Count;
        return lines;
    }

    private int ParseAndAnnotate(byte[][] bursts, SmtpAnnotationContext[] contexts)
    {
        var length = 0;
        var index = 0;
        foreach (var burst in bursts)
        {
            _replies.Clear();
            _parser.Feed(burst, _replies);
            foreach (var reply in _replies) length += SmtpAnnotator.Annotate(reply, contexts[index++]).Meaning.Length;
        }
        return length;
    }
}
