using TelnetLite.Core.Auth;

namespace TelnetLite.Cli;

/// <summary>Reads the AUTH password for plain mode and scripts: <c>--password-file FILE</c>, else <c>TELNETLITE_PASSWORD</c>,
/// else the terminal without echo (see <see cref="PasswordLookup"/>).</summary>
internal static class PasswordSource
{
    /// <summary>The password, or false with the message to print before exiting 1 (no source, or a file that cannot serve).</summary>
    /// <param name="prompt">What the terminal shows, e.g. <c>Password for chris@contoso.com: </c>; written to standard error.</param>
    /// <exception cref="OperationCanceledException">Ctrl+C was pressed at the prompt.</exception>
    public static bool TryRead(string? passwordFile, string prompt, out string password, out string error)
    {
        password = "";
        error = "";
        var found = PasswordLookup.Find(passwordFile, Environment.GetEnvironmentVariable);
        if (found.Error is not null)
        {
            error = found.Error;
            return false;
        }

        if (found.Password is { } given)
        {
            password = given;
            return true;
        }

        if (Console.IsInputRedirected)
        {
            error = PasswordLookup.NoneAvailable;
            return false;
        }

        Console.Error.Write(prompt);
        var controlC = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
        try
        {
            password = ReadHidden(() => Console.ReadKey(intercept: true)) ?? throw new OperationCanceledException("Ctrl+C at the password prompt");
        }
        finally
        {
            Console.TreatControlCAsInput = controlC;
            Console.Error.WriteLine();
        }

        return true;
    }

    /// <summary>Collects keys until Enter, showing nothing: Backspace erases, Ctrl+U clears, other control keys are ignored.</summary>
    /// <returns>What was typed; null when Ctrl+C ends the prompt.</returns>
    internal static string? ReadHidden(Func<ConsoleKeyInfo> readKey)
    {
        var typed = new System.Text.StringBuilder();
        while (true)
        {
            var key = readKey();
            if (key.Key == ConsoleKey.Enter || key.KeyChar is '\r' or '\n') return typed.ToString();
            if (key.Key == ConsoleKey.C && key.Modifiers.HasFlag(ConsoleModifiers.Control) || key.KeyChar == '\u0003') return null;
            if (key.Key == ConsoleKey.Backspace || key.KeyChar is '\b' or '\u007f')
            {
                if (typed.Length > 0) typed.Length--;
            }
            else if (key.Key == ConsoleKey.U && key.Modifiers.HasFlag(ConsoleModifiers.Control) || key.KeyChar == '\u0015')
            {
                typed.Clear();
            }
            else if (!char.IsControl(key.KeyChar) && key.KeyChar != '\0')
            {
                typed.Append(key.KeyChar);
            }
        }
    }
}
