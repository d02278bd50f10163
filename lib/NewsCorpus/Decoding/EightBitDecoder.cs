using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NewsCorpus.Decoding;

/// <summary>
/// Decodes UTF-8 or GB18030 (a superset of GBK and GB2312) text. The file's encoding is the one
/// more of its lines decode under strictly (plausibility breaks ties); a line that is invalid
/// in it but valid and plausible in the other is decoded with the other (mixed files); what neither
/// decodes becomes U+FFFD with a diagnostic naming the line and the byte offset.
/// </summary>
internal static class EightBitDecoder
{
    private const double MinimumPlausibility = 0.5;

    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> body, int baseOffset, string? forced, DecodeIssues issues)
    {
        if (forced is null or Encodings.Utf8Name && StrictUtf8(body) is { } utf8)
            return (utf8, Encodings.Utf8Name);
        if (forced is null or Encodings.Gb18030Name)
        {
            var (text, invalid) = DecodeLine(Encodings.Gb18030Name, body);
            if (invalid.Count == 0 && (forced is not null || ChinesePlausibility.Score(text) >= ChinesePlausibility.Score(Encoding.UTF8.GetString(body))))
                return (text, Encodings.Gb18030Name);
        }
        var lines = ByteLines.Split(body);
        var primary = forced ?? Vote(body, lines);
        var other = primary == Encodings.Utf8Name ? Encodings.Gb18030Name : Encodings.Utf8Name;
        var builder = new StringBuilder(body.Length);
        for (var n = 0; n < lines.Count; n++)
        {
            var (start, length) = lines[n];
            var line = body.Slice(start, length);
            var (text, invalid) = DecodeLine(primary, line);
            if (invalid.Count == 0)
            {
                builder.Append(text);
                continue;
            }
            var (otherText, otherInvalid) = DecodeLine(other, line);
            if (otherInvalid.Count == 0 && ChinesePlausibility.Score(otherText) >= MinimumPlausibility)
            {
                issues.Add(builder.Length, baseOffset + start, Severity.Warning, "mixed-encoding",
                    $"line decoded as {other}; the rest of the file is {primary}");
                builder.Append(otherText);
                continue;
            }
            var last = n == lines.Count - 1;
            ReportInvalid(line, invalid, primary, last, builder.Length, baseOffset + start, issues);
            builder.Append(text);
        }
        return (builder.ToString(), primary);
    }

    private static void ReportInvalid(ReadOnlySpan<byte> line, List<(int Index, int Length)> invalid, string encoding, bool lastLine,
        int charIndex, long lineOffset, DecodeIssues issues)
    {
        var tail = invalid[^1];
        var truncated = lastLine && !ByteLines.EndsWithTerminator(line) && tail.Index + tail.Length == line.Length
                        && IsIncompleteCharacter(line[tail.Index..], encoding);
        var broken = truncated ? invalid.Count - 1 : invalid.Count;
        if (broken > 0)
        {
            var (index, length) = invalid[0];
            issues.Add(charIndex, lineOffset + index, Severity.Error, "invalid-bytes",
                $"{broken} invalid {encoding} byte sequence(s) replaced by U+FFFD, the first is {Convert.ToHexString(line.Slice(index, length))}");
        }
        if (truncated)
            issues.Add(charIndex, lineOffset + tail.Index, Severity.Error, "truncated",
                $"the file ends inside a multi-byte {encoding} character ({Convert.ToHexString(line[tail.Index..])}); it was replaced by U+FFFD");
    }

    /// <summary>True when the bytes are the start of a character that the end of the file cut off.</summary>
    private static bool IsIncompleteCharacter(ReadOnlySpan<byte> tail, string encoding)
    {
        if (encoding == Encodings.Utf8Name)
        {
            var expected = tail[0] switch { >= 0xC2 and <= 0xDF => 2, >= 0xE0 and <= 0xEF => 3, >= 0xF0 and <= 0xF4 => 4, _ => 0 };
            if (tail.Length >= expected) return false;
            foreach (var b in tail[1..]) if (b is < 0x80 or > 0xBF) return false;
            return true;
        }
        return tail.Length switch
        {
            1 => tail[0] is >= 0x81 and <= 0xFE,
            2 => tail[0] is >= 0x81 and <= 0xFE && tail[1] is >= 0x30 and <= 0x39,
            3 => tail[0] is >= 0x81 and <= 0xFE && tail[1] is >= 0x30 and <= 0x39 && tail[2] is >= 0x81 and <= 0xFE,
            _ => false,
        };
    }

    /// <summary>The encoding under which more bytes of non-ASCII lines decode strictly.</summary>
    private static string Vote(ReadOnlySpan<byte> body, List<(int Start, int Length)> lines)
    {
        long utf8 = 0, gb = 0;
        foreach (var (start, length) in lines)
        {
            var line = body.Slice(start, length);
            if (System.Text.Ascii.IsValid(line)) continue;
            var utf8Valid = Utf8.IsValid(line);
            var (gbText, gbInvalid) = DecodeLine(Encodings.Gb18030Name, line);
            var gbValid = gbInvalid.Count == 0;
            if (utf8Valid && gbValid)
            {
                if (ChinesePlausibility.Score(gbText) > ChinesePlausibility.Score(Encoding.UTF8.GetString(line))) gb += length;
                else utf8 += length;
            }
            else if (utf8Valid) utf8 += length;
            else if (gbValid) gb += length;
        }
        return gb > utf8 ? Encodings.Gb18030Name : Encodings.Utf8Name;
    }

    /// <summary>The text of valid UTF-8, checked and decoded in one pass; null when the bytes are not valid UTF-8.</summary>
    private static string? StrictUtf8(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            return Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
                ? new string(buffer, 0, written)
                : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static (string Text, List<(int Index, int Length)> Invalid) DecodeLine(string encoding, ReadOnlySpan<byte> line)
    {
        if (encoding == Encodings.Utf8Name && StrictUtf8(line) is { } utf8) return (utf8, []);
        var (recording, fallback) = Encodings.Recording(encoding);
        var decoder = recording.GetDecoder();
        var chars = new char[recording.GetMaxCharCount(line.Length)];
        var count = decoder.GetChars(line, chars, flush: true);
        return (new string(chars, 0, count), [.. fallback.Invalid]);
    }
}
