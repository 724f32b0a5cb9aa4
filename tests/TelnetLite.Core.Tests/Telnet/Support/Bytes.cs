using System.Text;

namespace TelnetLite.Core.Tests.Telnet.Support;

/// <summary>Builds byte arrays from readable pieces: strings (Latin-1), bytes, ints and Telnet enums.</summary>
internal static class Bytes
{
    public static byte[] Of(params object[] pieces)
    {
        var result = new List<byte>();
        foreach (var piece in pieces)
        {
            switch (piece)
            {
                case string text:
                    result.AddRange(Encoding.Latin1.GetBytes(text));
                    break;
                case byte[] array:
                    result.AddRange(array);
                    break;
                case Enum value:
                    result.Add(Convert.ToByte(value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case int value:
                    result.Add(checked((byte)value));
                    break;
                case byte value:
                    result.Add(value);
                    break;
                default:
                    throw new ArgumentException($"Cannot turn {piece} into bytes.", nameof(pieces));
            }
        }

        return [.. result];
    }

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);
}
