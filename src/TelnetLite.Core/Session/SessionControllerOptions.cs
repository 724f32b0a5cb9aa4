using System.Net;

namespace TelnetLite.Core.Session;

/// <summary>How a <see cref="SessionController"/> connects, beyond the user's settings.</summary>
/// <param name="Family">Address family restriction (<c>-4</c> / <c>-6</c>).</param>
/// <param name="BindAddress">Local source address (<c>-b</c>).</param>
public sealed record SessionControllerOptions(AddressFamilyPreference Family = AddressFamilyPreference.Any, IPAddress? BindAddress = null);
