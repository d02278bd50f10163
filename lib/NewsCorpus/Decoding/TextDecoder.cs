namespace NewsCorpus.Decoding;

/// <summary>
/// Detects a file's encoding and decodes it without losing text: byte order mark, else UTF-16 by its
/// NUL pattern, else UTF-8 or GB18030/GBK line by line (see <see cref="EightBitDecoder"/>).
/// What cannot be decoded becomes U+FFFD with a diagnostic naming the line and byte offset; NUL
/// bytes become U+FFFD too; binary content is recognised and reported instead of decoded.
/// </summary>
public static class TextDecoder
{
    /// <summary>Below this <see cref="ChinesePlausibility"/> the bytes are not text.</summary>
    private const double MinPlausibility = 0.35;
    /// <summary>A UTF-16 reading without the NUL pattern must be at least this plausible.</summary>
    private const double Utf16Plausibility = 0.6;

    private static readonly (byte[] Bom, string Name)[] Boms =
    [
        ([0xEF, 0xBB, 0xBF], "utf-8-bom"),
        ([0xFF, 0xFE], "utf-16le-bom"),
        ([0xFE, 0xFF], "utf-16be-bom"),
    ];

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.IsEmpty) return new("", "none", []);
        if (BinarySignatures.Match(bytes) is { } format)
            return Unreadable(path, $"{format}, by its signature", "none");
        var (text, encoding, issues) = DecodeText(bytes);
        var noise = Noise.Measure(text);
        if (noise.TextChars == 0 && noise.Nuls > 0)
            return Unreadable(path, $"only NUL bytes ({noise.Nuls})", encoding);
        if (noise.IsBinary)
            return Unreadable(path, $"binary content: {Math.Round(noise.Share * 100)}% of the characters are control bytes or undecodable under {encoding}", encoding);
        if (noise.TextChars > 0 && !ChinesePlausibility.AtLeast(text, MinPlausibility) && ChinesePlausibility.Score(text) is var plausible)
            return Unreadable(path, $"under {encoding} only {Math.Round(plausible * 100)}% of the characters are common Chinese, ASCII or punctuation (an unsupported encoding such as Big5, or binary)", encoding);
        if (noise.Nuls > 0) text = NulBytes.Replace(text, bytes, encoding, issues);
        var diagnostics = issues.ToDiagnostics(text, path);
        var (normalized, newlines) = Newlines.Normalize(text);
        return new(normalized, encoding, diagnostics) { Newlines = newlines };
    }

    private static (string Text, string Encoding, DecodeIssues Issues) DecodeText(ReadOnlySpan<byte> bytes)
    {
        var issues = new DecodeIssues();
        foreach (var (bom, name) in Boms)
        {
            if (!bytes.StartsWith(bom)) continue;
            var body = bytes[bom.Length..];
            var text = name == "utf-8-bom"
                ? EightBitDecoder.Decode(body, bom.Length, Encodings.Utf8Name, issues).Text
                : Utf16Decoder.Decode(body, bom.Length, bigEndian: name == "utf-16be-bom", issues);
            return (text, name, issues);
        }
        if (Utf16Detector.ByteOrder(bytes) is bool bigEndian && TryUtf16(bytes, bigEndian, 0.5) is { } byNuls)
            return byNuls;
        var (eightBit, encoding) = EightBitDecoder.Decode(bytes, 0, null, issues);
        // UTF-16 with no ASCII at all has no NUL pattern; try it when the 8-bit reading is broken,
        // and take it when it reads better.
        if (bytes.Length % 2 == 0 && issues.Count > 0)
        {
            var eightBitScore = ChinesePlausibility.Score(eightBit);
            foreach (var order in (bool[])[false, true])
                if (TryUtf16(bytes, order, Math.Max(Utf16Plausibility, eightBitScore + 0.1)) is { } plausible) return plausible;
        }
        return (eightBit, encoding, issues);
    }

    private static bool LooksLikeText(string text, double minimumPlausibility) =>
        !Noise.Measure(text).IsBinary && ChinesePlausibility.Score(text) >= minimumPlausibility;

    private static (string, string, DecodeIssues)? TryUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, double minimumPlausibility)
    {
        var issues = new DecodeIssues();
        var text = Utf16Decoder.Decode(bytes, 0, bigEndian, issues);
        return LooksLikeText(text, minimumPlausibility) ? (text, bigEndian ? "utf-16be" : "utf-16le", issues) : null;
    }

    private static DecodedText Unreadable(string path, string reason, string encoding) =>
        new("", encoding, [new Diagnostic(path, null, Severity.Error, "unreadable", $"not a text file: {reason}")]) { UnreadableReason = reason };
}
