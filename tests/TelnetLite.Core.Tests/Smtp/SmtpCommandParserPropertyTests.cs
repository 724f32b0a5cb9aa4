using CsCheck;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

public sealed class SmtpCommandParserPropertyTests
{
    [Fact]
    public void AnyLineParsesWithoutThrowingAndKeepsTheLineAsSent()
    {
        SmtpInputGen.Line.Sample(line =>
        {
            var command = SmtpCommandParser.Parse(line);
            Assert.Equal(line, command.Line);
            Assert.NotNull(command.Argument);
            Assert.All(command.Parameters.Keys, k => Assert.Equal(k.ToUpperInvariant(), k));
            SmtpCommandParser.BdatChunkSize(command);
        }, iter: 5000);
    }

    [Fact]
    public void AnyBytesParseWithoutThrowing()
    {
        SmtpInputGen.Bytes.Sample(bytes => Assert.NotNull(SmtpCommandParser.Parse(bytes)), iter: 2000);
    }
}
