namespace TelnetLite.Core.Tests.Telnet.Support;

/// <summary>Every way the tests split an input: whole, one byte at a time, at every split point, and at every pair of split points for short inputs.</summary>
internal static class Chunkings
{
    private const int PairsUpToLength = 24;

    public static IEnumerable<(string Name, byte[][] Chunks)> Of(byte[] input)
    {
        yield return ("whole", [input]);
        yield return ("byte at a time", [.. input.Select(b => new[] { b })]);
        for (var split = 0; split <= input.Length; split++)
        {
            yield return ($"split at {split}", [input[..split], input[split..]]);
        }

        if (input.Length > PairsUpToLength)
        {
            yield break;
        }

        for (var first = 1; first < input.Length; first++)
        {
            for (var second = first + 1; second < input.Length; second++)
            {
                yield return ($"split at {first} and {second}", [input[..first], input[first..second], input[second..]]);
            }
        }
    }

    public static byte[][] At(byte[] input, IEnumerable<int> splitPoints)
    {
        var points = splitPoints.Select(p => Math.Clamp(p, 0, input.Length)).Order().ToList();
        var chunks = new List<byte[]>();
        var start = 0;
        foreach (var point in points)
        {
            chunks.Add(input[start..point]);
            start = point;
        }

        chunks.Add(input[start..]);
        return [.. chunks];
    }
}
