using System.Globalization;
using TelnetLite.Core.Commands;
using CoreOpenRequest = TelnetLite.Core.Commands.OpenRequest;

namespace TelnetLite.Tui.ViewModels;

/// <summary>What the Open dialog asks for, checked before anything is tried.</summary>
internal sealed record OpenRequest(string Host, int Port, TimeSpan ConnectTimeout)
{
    /// <summary>
    /// Reads the dialog's fields. The host field is read as <c>open</c> reads its arguments (<c>host port</c>,
    /// <c>host:port</c>, <c>[v6]:port</c>); a port written there wins over the port field, which may be empty (23).
    /// </summary>
    public static bool TryParse(string host, string port, string timeoutSeconds, out OpenRequest? request, out string error)
    {
        request = null;
        error = "";
        port = port.Trim();
        if (host.Trim().Length == 0)
        {
            error = "Give a host name or address.";
            return false;
        }
        switch (new CommandInterpreter().ParseOpenTarget(host))
        {
            case InvalidRequest invalid:
                error = invalid.Message;
                return false;
            case CoreOpenRequest { Host: { } name } target:
                int portNumber;
                if (target.Port is { } given) portNumber = given;
                else if (port.Length == 0) portNumber = CoreOpenRequest.DefaultPort;
                else if (!ServicePorts.TryParse(port, out portNumber))
                {
                    error = $"Port '{port}' is not a number from 1 to 65535 or a service name (smtp, submission...).";
                    return false;
                }
                if (!double.TryParse(timeoutSeconds.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0 || seconds > 3600)
                {
                    error = "The connect timeout is a number of seconds (e.g. 15).";
                    return false;
                }
                request = new OpenRequest(name, portNumber, TimeSpan.FromSeconds(seconds));
                return true;
            default:
                error = "Give a host name or address.";
                return false;
        }
    }
}
