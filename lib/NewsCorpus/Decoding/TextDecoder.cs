using System.Text;

namespace NewsCorpus.Decoding;

/// <summary>The text of a file and the encoding it was decoded with.</summary>
public sealed record DecodedText(string Text, string Encoding, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Detects a file's encoding (BOM, then strict UTF-8, then GB18030) and decodes it.</summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new(Encoding.UTF8.GetString(bytes[3..]), "utf-8-bom", []);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", []);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", []);
        var strictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            return new(strictUtf8.GetString(bytes), "utf-8", []);
        }
        catch (DecoderFallbackException)
        {
            return new(Encoding.GetEncoding("GB18030").GetString(bytes), "gb18030", []);
        }
    }
}
