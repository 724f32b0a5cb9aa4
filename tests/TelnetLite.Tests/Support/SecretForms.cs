using System.Text;

namespace TelnetLite.Tests.Support;

/// <summary>A password and every form in which an AUTH exchange could leak it: the password itself, its base64 (what
/// LOGIN sends), and PLAIN's base64 of <c>\0user\0password</c> (with and without the empty authorization identity).</summary>
internal sealed class SecretForms
{
    public SecretForms(string user, string password)
    {
        Password = password;
        Forms =
        [
            password,
            Base64(password),
            Base64($"\0{user}\0{password}"),
            Base64($"{user}\0{password}"),
        ];
    }

    public string Password { get; }

    public IReadOnlyList<string> Forms { get; }

    /// <summary>PLAIN's initial response, as <c>set logsecrets on</c> must write it.</summary>
    public string PlainResponse => Forms[2];

    /// <summary>Asserts that none of the forms occurs in <paramref name="text"/>, naming the form and the place when one does.</summary>
    public void AssertAbsentFrom(string text, string where)
    {
        foreach (var form in Forms)
            Assert.False(text.Contains(form, StringComparison.Ordinal), $"{where} holds the secret as '{form}':\n{text}");
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
