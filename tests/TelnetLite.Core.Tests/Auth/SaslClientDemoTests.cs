using System.Globalization;
using TelnetLite.Core.Auth;
using TelnetLite.Core.Demo;
using TelnetLite.Core.Tests.Demo;

namespace TelnetLite.Core.Tests.Auth;

/// <summary>Every password mechanism of the SASL client against the demo server over a real socket: success and failure.</summary>
public sealed class SaslClientDemoTests
{
    private const string Password = "c0rrect-H0rse";

    /// <summary>Runs the exchange the way a session will: send the command, feed each reply, send what it says.</summary>
    private static async Task<(SaslFinished Result, List<string> Sent)> AuthenticateAsync(SmtpTestClient client, SaslClient sasl)
    {
        var sent = new List<string> { sasl.Command.Text };
        var reply = await client.CommandAsync(sasl.Command.Text);
        while (true)
        {
            var last = reply.Split('\n')[^1];
            var step = sasl.Next(int.Parse(last[..3], CultureInfo.InvariantCulture), last.Length > 4 ? last[4..] : "");
            switch (step)
            {
                case SaslFinished finished:
                    return (finished, sent);
                case SaslSend send:
                    sent.Add(send.Line.Text);
                    reply = await client.CommandAsync(send.Line.Text);
                    break;
                case SaslCancel cancel:
                    sent.Add(cancel.Line.Text);
                    reply = await client.CommandAsync(cancel.Line.Text);
                    break;
            }
        }
    }

    [Theory]
    [InlineData(SaslMechanism.Plain, 1)]
    [InlineData(SaslMechanism.Login, 3)]
    [InlineData(SaslMechanism.CramMd5, 2)]
    public async Task TheRightPasswordAuthenticates(SaslMechanism mechanism, int linesSent)
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions(UserName: "kate@fabrikam.com", Password: Password));
        await using var client = await harness.ConnectAndGreetAsync();

        var (result, sent) = await AuthenticateAsync(client, SaslClient.Start(mechanism, new SaslCredentials("kate@fabrikam.com", Password)));

        Assert.True(result.Succeeded, result.Summary);
        Assert.Equal(235, result.Code);
        Assert.Equal(linesSent, sent.Count);
        Assert.Equal("250 2.1.0 Sender OK", await client.CommandAsync("MAIL FROM:kate@fabrikam.com"));
    }

    [Theory]
    [InlineData(SaslMechanism.Plain)]
    [InlineData(SaslMechanism.Login)]
    [InlineData(SaslMechanism.CramMd5)]
    public async Task AWrongPasswordIsRefusedWith535AndNoLineSentCarriesThePasswordInClear(SaslMechanism mechanism)
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions(UserName: "kate@fabrikam.com", Password: Password));
        await using var client = await harness.ConnectAndGreetAsync();
        var sasl = SaslClient.Start(mechanism, new SaslCredentials("kate@fabrikam.com", "wrong-H0rse"));

        var (result, sent) = await AuthenticateAsync(client, sasl);

        Assert.False(result.Succeeded);
        Assert.Equal(535, result.Code);
        Assert.All(sent, line => Assert.DoesNotContain("wrong-H0rse", line));
        // The line that carried the credential is found by a search for the secret forms.
        Assert.Contains(sasl.SecretForms, secret => sent[^1].Contains(secret, StringComparison.Ordinal));
    }
}
