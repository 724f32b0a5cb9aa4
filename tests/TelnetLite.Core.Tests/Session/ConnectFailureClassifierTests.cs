using System.Net.Sockets;
using TelnetLite.Core.Session;

namespace TelnetLite.Core.Tests.Session;

public sealed class ConnectFailureClassifierTests
{
    [Theory]
    [InlineData(SocketError.HostNotFound, ConnectFailureKind.NameNotResolved)]
    [InlineData(SocketError.NoData, ConnectFailureKind.NameNotResolved)]
    [InlineData(SocketError.TryAgain, ConnectFailureKind.NameNotResolved)]
    [InlineData(SocketError.ConnectionRefused, ConnectFailureKind.Refused)]
    [InlineData(SocketError.TimedOut, ConnectFailureKind.TimedOut)]
    [InlineData(SocketError.NetworkUnreachable, ConnectFailureKind.Unreachable)]
    [InlineData(SocketError.HostUnreachable, ConnectFailureKind.Unreachable)]
    [InlineData(SocketError.NetworkDown, ConnectFailureKind.Unreachable)]
    [InlineData(SocketError.AddressNotAvailable, ConnectFailureKind.BindFailed)]
    [InlineData(SocketError.AccessDenied, ConnectFailureKind.Other)]
    public void EachSocketErrorMapsToTheSeedsCause(SocketError error, ConnectFailureKind expected) =>
        Assert.Equal(expected, ConnectFailureClassifier.Classify(error));
}
