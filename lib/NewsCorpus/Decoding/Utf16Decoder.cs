using System.Buffers.Binary;
using System.Text;

namespace NewsCorpus.Decoding;

/// <summary>
/// Decodes UTF-16 (either byte order) code unit by code unit, so that an unpaired surrogate or a
/// cut-off last byte becomes U+FFFD with a diagnostic instead of vanishing.
/// </summary>
internal static class Utf16Decoder
{
    public static string Decode(ReadOnlySpan<byte> body, int baseOffset, bool bigEndian, DecodeIssues issues)
    {
        var units = body.Length / 2;
        var builder = new StringBuilder(units);
        var name = bigEndian ? "utf-16be" : "utf-16le";
        for (var i = 0; i < units; i++)
        {
            var c = (char)Unit(body, i, bigEndian);
            if (char.IsHighSurrogate(c) && i + 1 < units && char.IsLowSurrogate((char)Unit(body, i + 1, bigEndian)))
            {
                builder.Append(c).Append((char)Unit(body, ++i, bigEndian));
                continue;
            }
            if (char.IsSurrogate(c))
            {
                issues.Add(builder.Length, baseOffset + 2L * i, Severity.Error, "invalid-bytes",
                    $"unpaired {name} surrogate {(int)c:X4} replaced by U+FFFD");
                c = '\uFFFD';
            }
            builder.Append(c);
        }
        if (body.Length % 2 == 1)
        {
            issues.Add(builder.Length, baseOffset + body.Length - 1, Severity.Error, "truncated",
                $"the file ends inside a {name} character (odd byte count); the last byte {body[^1]:X2} was replaced by U+FFFD");
            builder.Append('\uFFFD');
        }
        return builder.ToString();
    }

    private static ushort Unit(ReadOnlySpan<byte> body, int index, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(body[(2 * index)..]) : BinaryPrimitives.ReadUInt16LittleEndian(body[(2 * index)..]);
}
