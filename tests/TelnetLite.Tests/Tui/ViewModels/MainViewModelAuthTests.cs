using System.Diagnostics;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Demo;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Tui;
using TelnetLite.Tui.ViewModels;

namespace TelnetLite.Tests.Tui.ViewModels;

/// <summary>The TUI's side of <c>auth</c>: the user name and the password asked on the input line, against the demo server.</summary>
public sealed class MainViewModelAuthTests
{
    private const string User = "chris@contoso.com";
    private const string Password = "Unit-pw-Marmalade-42";

    private static async Task<(MainViewModel Model, SessionController Controller)> ConnectAsync(DemoSmtpServer server)
    {
        var settings = new SessionSettings();
        var controller = new SessionController(settings, new SessionControllerOptions(), new SmtpAssistant(server.EndPoint.Port, SmtpAnnotator.Annotate));
        var model = new MainViewModel(controller, new TuiOptions(), new HistoryStore(null), settings);
        controller.TranscriptAppended += model.OnTranscriptAppended;
        controller.StatusChanged += model.OnStatusChanged;
        await controller.OpenAsync("127.0.0.1", server.EndPoint.Port, CancellationToken.None);
        await model.SubmitAsync("EHLO contoso.com");
        Until(() => controller.Snapshot.Capabilities.Count > 0, "the EHLO reply");
        return (model, controller);
    }

    private static void Until(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException("never saw " + what);
            Thread.Sleep(20);
        }
    }

    private static string Transcript(MainViewModel model) => string.Join('\n', model.Transcript.Entries().Select(e => e.Text));

    [Fact]
    public async Task AuthAsksTheUserNameInClearThenThePasswordMaskedAndSendsNeitherAnswerAnywhereElse()
    {
        using var folder = new TemporaryFolder();
        await using var server = new DemoSmtpServer(new DemoServerOptions(0, true, folder.File("mail")) with { Password = Password });
        await server.StartAsync();
        var (model, controller) = await ConnectAsync(server);
        await using var _ = controller;

        model.EnterCommandMode();
        var auth = model.SubmitAsync("auth login");
        Until(() => model.Input.Mode == InputMode.Credential, "the question for the user name");
        Assert.Equal("(user name) ", model.Input.Prompt);
        Assert.False(model.InputIsSecret);
        Assert.Null(model.Input.Up(""));
        await model.SubmitAsync(User);
        Until(() => model.Input.Prompt.StartsWith("(password", StringComparison.Ordinal), "the question for the password");
        Assert.Equal($"(password for {User}) ", model.Input.Prompt);
        Assert.True(model.InputIsSecret);
        await model.SubmitAsync(Password);
        await auth.WaitAsync(TimeSpan.FromSeconds(30));

        Until(() => Transcript(model).Contains("235 2.7.0", StringComparison.Ordinal), "the 235");
        Assert.NotEqual(InputMode.Credential, model.Input.Mode);
        Assert.False(model.InputIsSecret);
        var transcript = Transcript(model);
        Assert.Contains($"(password for {User}) ********", transcript);
        Assert.DoesNotContain(Password, transcript);
        Assert.DoesNotContain(model.Input.CommandHistory.Lines, line => line.Contains(Password, StringComparison.Ordinal) || line == User);
        Assert.DoesNotContain(model.Input.SessionHistory.Lines, line => line.Contains(Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EscAtThePasswordQuestionSendsNothingAndLeavesTheQuestion()
    {
        using var folder = new TemporaryFolder();
        await using var server = new DemoSmtpServer(new DemoServerOptions(0, true, folder.File("mail")) with { Password = Password });
        await server.StartAsync();
        var (model, controller) = await ConnectAsync(server);
        await using var _ = controller;

        model.EnterCommandMode();
        var auth = model.SubmitAsync("auth login " + User);
        Until(() => model.Input.Mode == InputMode.Credential, "the question for the password");
        Assert.True(model.InputIsSecret);

        Assert.True(model.CancelPrompt());
        await auth.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(InputMode.Command, model.Input.Mode);
        var transcript = Transcript(model);
        Assert.Contains("auth: no password given: nothing was sent", transcript);
        Assert.DoesNotContain(model.Transcript.Entries(), entry => entry.Text.StartsWith("AUTH ", StringComparison.Ordinal));
    }
}
