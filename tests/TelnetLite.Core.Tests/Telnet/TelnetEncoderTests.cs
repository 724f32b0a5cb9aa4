using System.Buffers;
using CsCheck;
using TelnetLite.Core.Telnet;
using TelnetLite.Core.Tests.Telnet.Support;
using static TelnetLite.Core.Telnet.TelnetCommand;

namespace TelnetLite.Core.Tests.Telnet;

public sealed class TelnetEncoderTests
{
    [Fact]
    public void WithProcessingOnEvery255ByteIsDoubled() =>
        Assert.Equal(Bytes.Of(Iac, Iac, "a", Iac, Iac, Iac, Iac, "b", Iac, Iac), TelnetEncoder.EncodeData(Bytes.Of(Iac, "a", Iac, Iac, "b", Iac), doubleIac: true));

    [Fact]
    public void WithProcessingOffDataIsSentUnchanged()
    {
        var data = Bytes.Of("BDAT ", Iac, Iac, 0, "\r\n");
        Assert.Equal(data, TelnetEncoder.EncodeData(data, doubleIac: false));
    }

    [Fact]
    public void WriteDataAppendsToWhatIsAlreadyInTheBuffer()
    {
        var output = new ArrayBufferWriter<byte>();
        TelnetEncoder.WriteData(Bytes.Of("a"), doubleIac: true, output);
        TelnetEncoder.WriteData(Bytes.Of(Iac), doubleIac: true, output);
        TelnetEncoder.WriteData([], doubleIac: true, output);
        Assert.Equal(Bytes.Of("a", Iac, Iac), output.WrittenSpan.ToArray());
    }

    [Theory]
    [InlineData(TelnetSendAction.AbortOutput, Ao)]
    [InlineData(TelnetSendAction.AreYouThere, Ayt)]
    [InlineData(TelnetSendAction.Break, Brk)]
    [InlineData(TelnetSendAction.InterruptProcess, Ip)]
    [InlineData(TelnetSendAction.Synch, Dm)]
    public void SendKeysAreTheirTelnetCommands(TelnetSendAction action, TelnetCommand command) =>
        Assert.Equal(Bytes.Of(Iac, command), TelnetEncoder.EncodeSendAction(action, 0x1D, doubleIac: false));

    [Fact]
    public void SendEscSendsTheEscapeCharacterItself() =>
        Assert.Equal(Bytes.Of(0x1D), TelnetEncoder.EncodeSendAction(TelnetSendAction.Escape, 0x1D, doubleIac: true));

    [Fact]
    public void AnEscapeCharacterOf255IsDoubledOnlyWithProcessingOn()
    {
        Assert.Equal(Bytes.Of(Iac, Iac), TelnetEncoder.EncodeSendAction(TelnetSendAction.Escape, 0xFF, doubleIac: true));
        Assert.Equal(Bytes.Of(Iac), TelnetEncoder.EncodeSendAction(TelnetSendAction.Escape, 0xFF, doubleIac: false));
    }

    [Fact]
    public void AnUndefinedSendActionIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TelnetEncoder.EncodeSendAction((TelnetSendAction)99, 0x1D, doubleIac: false));

    [Fact]
    public void CommandIsIacThenTheCommand() =>
        Assert.Equal(Bytes.Of(Iac, Nop), TelnetEncoder.Command(Nop));

    [Fact]
    public void EncodedDataParsesBackToTheSameBytes()
    {
        // CR NUL is the one sequence whose meaning differs under Telnet, so it is left out here.
        Gen.Byte.Array[0, 64].Where(data => data.AsSpan().IndexOf("\r\0"u8) < 0).Sample(data =>
        {
            var handler = new RecordingParserHandler();
            new TelnetParser(TelnetMode.Telnet, 23).Feed(TelnetEncoder.EncodeData(data, doubleIac: true), handler);
            Assert.Equal(data, handler.Data);
            Assert.All(handler.Events, e => Assert.StartsWith("data ", e));
        });
    }
}
