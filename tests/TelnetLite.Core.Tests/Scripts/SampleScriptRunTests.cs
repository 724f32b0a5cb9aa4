using TelnetLite.Core.Demo;
using TelnetLite.Core.Tests.Demo;
using TelnetLite.Core.Tests.Scripts.Support;

namespace TelnetLite.Core.Tests.Scripts;

public sealed class SampleScriptRunTests
{
    public static TheoryData<string> Samples() => [.. SampleScript.Names()];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task EachSampleScriptExitsWithTheCodeItsHeaderPromisesAgainstTheDemoServer(string name)
    {
        var sample = SampleScript.Load(name);
        await using var demo = await DemoHarness.StartAsync(new DemoServerOptions(RequireAuth: sample.RequiresAuth));

        var result = await ScriptRunHarness.RunAgainstDemoAsync(sample.Text, demo.Server, sample.Password);

        Assert.True(sample.ExpectedExit == result.ExitCode, $"{name}: exit {result.ExitCode}, header says {sample.ExpectedExit}\n{string.Join('\n', result.Remarks)}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void EachSampleScriptParsesAndSaysHowToRunItAgainstTheDemo(string name)
    {
        var sample = SampleScript.Load(name);

        Assert.Empty(Parse(sample).Errors);
        Assert.Contains("--demo", sample.RunArguments);
        Assert.Equal($"samples/scripts/{name}.smtp", sample.RunArguments[^1]);
    }

    [Fact]
    public async Task TheSeedWalkthroughChecksEveryReplyAndPasses()
    {
        var sample = SampleScript.Load("seed-walkthrough");
        await using var demo = await DemoHarness.StartAsync();

        var result = await ScriptRunHarness.RunAsync(sample.Text, "127.0.0.1", demo.Server.EndPoint.Port);

        Assert.True(Parse(sample).HasExpectations);
        Assert.Equal(0, sample.ExpectedExit);
        Assert.Equal(0, result.ExitCode);
        var replies = result.Report.Steps.Where(s => s.Reply is not null).Select(s => s.Reply!.Code).ToArray();
        Assert.Equal([220, 250, 250, 250, 354, 250, 221], replies);
        Assert.Single(demo.Mailbox.Files("*.eml"));
    }

    [Fact]
    public async Task TheSamplesReproduceEveryFailureRowOfTheSeed()
    {
        var seen = new HashSet<string>();
        foreach (var name in SampleScript.Names())
        {
            var sample = SampleScript.Load(name);
            await using var demo = await DemoHarness.StartAsync(new DemoServerOptions(RequireAuth: sample.RequiresAuth));
            var result = await ScriptRunHarness.RunAgainstDemoAsync(sample.Text, demo.Server, sample.Password);
            foreach (var step in result.Report.Steps.Where(s => s.Reply is not null)) seen.Add(step.Reply!.Lines[^1]);
        }

        Assert.Contains("501 5.5.4 Invalid domain name", seen);
        Assert.Contains("550 5.1.7 Invalid address", seen);
        Assert.Contains("530 5.7.1 Client was not authenticated", seen);
        Assert.Contains("550 5.1.1 User unknown", seen);
    }

    private static TelnetLite.Core.Scripts.SmtpScript Parse(SampleScript sample) => TelnetLite.Core.Scripts.SmtpScriptParser.Parse(sample.Text);
}
