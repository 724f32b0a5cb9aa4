using System.Globalization;

namespace TelnetLite.Tui.ViewModels;

/// <summary>What the Open dialog asks for, checked before anything is tried.</summary>
internal sealed record OpenRequest(string Host, int Port, TimeSpan ConnectTimeout)
{
    /// <summary>Reads the dialog's fields; <c>host:port</c> and <c>[v6]:port</c> in the host field win over the port field.</summary>
    public static bool TryParse(string host, string port, string timeoutSeconds, out OpenRequest? request, out string error)
    {
        request = null;
        error = "";
        host = host.Trim();
        port = port.Trim();
        if (host.Length == 0)
        {
            error = "Give a host name or address.";
            return false;
        }
        if (host.StartsWith('[') && host.IndexOf(']') is var close and > 0)
        {
            if (close + 1 < host.Length && host[close + 1] == ':') port = host[(close + 2)..];
            host = host[1..close];
        }
        else if (host.Count(c => c == ':') == 1)
        {
            var colon = host.IndexOf(':');
            port = host[(colon + 1)..];
            host = host[..colon];
        }
        if (port.Length == 0) port = "23";
        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var portNumber) || portNumber is < 1 or > 65535)
        {
            error = $"Port '{port}' is not a number from 1 to 65535.";
            return false;
        }
        if (!double.TryParse(timeoutSeconds.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0 || seconds > 3600)
        {
            error = "The connect timeout is a number of seconds (e.g. 15).";
            return false;
        }
        request = new OpenRequest(host, portNumber, TimeSpan.FromSeconds(seconds));
        return true;
    }
}
