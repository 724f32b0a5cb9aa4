using System.Text;

namespace TelnetLite.Core.Auth;

/// <summary>Where plain mode and scripts find the AUTH password, in the order the issue fixes: <c>--password-file FILE</c>,
/// else the <c>TELNETLITE_PASSWORD</c> environment variable, else (in the executable) the terminal, without echo.</summary>
/// <remarks>This part reads no terminal: it says whether a password was given, or that the terminal must be asked.</remarks>
internal static class PasswordLookup
{
    /// <summary>The environment variable read when no file is given.</summary>
    public const string EnvironmentVariable = "TELNETLITE_PASSWORD";

    /// <summary>The error when no source has a password and there is no terminal to ask (a script then exits 1 before connecting).</summary>
    public const string NoneAvailable =
        "no password for AUTH: give --password-file FILE or set " + EnvironmentVariable + " (standard input is not a terminal, so TelnetLite cannot ask)";

    // Enough for an OAuth token; anything larger is not a password file.
    private const int MaxFileSize = 64 * 1024;

    /// <summary>The password from <paramref name="passwordFile"/>, else from the environment; <see cref="PasswordFound.Password"/>
    /// null means neither was given and the terminal should be asked.</summary>
    /// <param name="environment">Reads an environment variable (<see cref="Environment.GetEnvironmentVariable(string)"/>).</param>
    /// <returns>A password and where it came from, nothing (ask the terminal), or why the file cannot serve.</returns>
    public static PasswordFound Find(string? passwordFile, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (passwordFile is not null) return FromFile(passwordFile);
        return environment(EnvironmentVariable) is { Length: > 0 } fromEnvironment
            ? new PasswordFound(fromEnvironment, $"the {EnvironmentVariable} environment variable", null)
            : new PasswordFound(null, "the terminal", null);
    }

    private static PasswordFound FromFile(string path)
    {
        var origin = $"--password-file {path}";
        try
        {
            if (Directory.Exists(path)) return Unusable(origin, "is a folder");
            var info = new FileInfo(path);
            if (!info.Exists) return Unusable(origin, "does not exist");
            if (info.Length > MaxFileSize) return Unusable(origin, "is larger than 64 KiB, so it is not a password file");
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path));
            // An editor's final line end is not part of the password; a line end inside it cannot be typed at a prompt either.
            var password = text.TrimStart('\uFEFF').TrimEnd('\r', '\n');
            if (password.Length == 0) return Unusable(origin, "is empty");
            if (password.Contains('\n') || password.Contains('\r')) return Unusable(origin, "holds more than one line: put the password alone on its first line");
            return new PasswordFound(password, origin, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unusable(origin, $"cannot be read: {e.Message}");
        }
        catch (DecoderFallbackException)
        {
            return Unusable(origin, "is not UTF-8 text");
        }
    }

    private static PasswordFound Unusable(string origin, string why) => new(null, origin, $"{origin}: the file {why}");
}
