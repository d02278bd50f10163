
namespace NewsCorpus.Decoding;

/// <summary>
/// How much a decoded text looks like Chinese news text, from 0 (noise) to 1. Mojibake from the
/// wrong one of UTF-8 and GBK decodes to rare hanzi, private-use and control characters, whereas
/// real text is dominated by the 3,755 common hanzi of GB2312 level 1, ASCII and CJK punctuation.
/// </summary>
public static class ChinesePlausibility
{
    /// <summary>Per UTF-16 code unit: its plausibility in quarters (0–4), or <see cref="Blank"/> for whitespace.</summary>
    private static readonly Lazy<byte[]> Quarters = new(BuildQuarters);

    private const byte Blank = byte.MaxValue;

    /// <summary>Share of plausible characters among the non-whitespace ones; 1 for an all-whitespace text.</summary>
    public static double Score(ReadOnlySpan<char> text)
    {
        var quarters = Quarters.Value;
        // Whole quarters add up exactly, so the share is the same as a sum of fractions would give.
        long sum = 0;
        var count = 0;
        foreach (var c in text)
        {
            var q = quarters[c];
            if (q == Blank) continue;
            count++;
            sum += q;
        }
        return count == 0 ? 1 : sum / 4.0 / count;
    }

    /// <summary>
    /// Whether <see cref="Score"/> is at least <paramref name="threshold"/>, reading only as much of the text as it takes:
    /// once the plausible part read so far would clear the threshold even if all the rest were noise, the rest cannot change the answer.
    /// </summary>
    public static bool AtLeast(ReadOnlySpan<char> text, double threshold)
    {
        const int Chunk = 4096;
        var quarters = Quarters.Value;
        long sum = 0;
        var count = 0;
        for (var start = 0; start < text.Length; start += Chunk)
        {
            foreach (var c in text.Slice(start, Math.Min(Chunk, text.Length - start)))
            {
                var q = quarters[c];
                if (q == Blank) continue;
                count++;
                sum += q;
            }
            // Division rounds monotonically, so the lower bound as computed never exceeds the score as computed.
            var rest = text.Length - start - Chunk;
            if (rest > 0 && sum / 4.0 / (count + rest) >= threshold) return true;
        }
        return (count == 0 ? 1 : sum / 4.0 / count) >= threshold;
    }

    private static byte[] BuildQuarters()
    {
        var hanzi = BuildHanziWeights();
        var table = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                ' ' or '\t' or '\n' or '\r' or '\u3000' => Blank,
                >= '!' and <= '~' => 4,
                >= '\u4E00' and <= '\u9FFF' => hanzi[c - 0x4E00],
                >= '\u3001' and <= '\u303F' or >= '\uFF01' and <= '\uFF5E' or >= '\u2010' and <= '\u205E' => 4,
                >= '\u2460' and <= '\u27BF' or >= '\u00B7' and <= '\u00F7' or >= '\u0391' and <= '\u03C9' => 3,
                >= '\uE000' and <= '\uF8FF' or '\uFFFD' or < ' ' or >= '\u007F' and <= '\u009F' => 0,
                _ => 1,
            };
        }
        return table;
    }

    /// <summary>Per hanzi, in quarters: 4 for GB2312 level 1 (common), 2 for level 2, 1 for the rest.</summary>
    internal static byte[] BuildHanziWeights()
    {
        // All hanzi encoded in one call, then read back one character at a time.
        var hanzi = new char[0x9FFF - 0x4E00 + 1];
        for (var i = 0; i < hanzi.Length; i++) hanzi[i] = (char)(0x4E00 + i);
        var bytes = Encodings.Gb18030.GetBytes(hanzi);
        var weights = new byte[hanzi.Length];
        for (int i = 0, at = 0; i < hanzi.Length; i++)
        {
            var n = Gb18030Length(bytes, at);
            weights[i] = n == 2 && bytes[at + 1] >= 0xA1 ? (byte)(bytes[at] switch
            {
                >= 0xB0 and <= 0xD7 => 4,
                >= 0xD8 and <= 0xF7 => 2,
                _ => 1,
            }) : (byte)1;
            at += n;
        }
        return weights;
    }

    /// <summary>Bytes of the GB18030 character at <paramref name="at"/>: 1 (ASCII), 4 (second byte a digit) or 2.</summary>
    private static int Gb18030Length(byte[] bytes, int at) =>
        bytes[at] < 0x80 ? 1 : bytes[at + 1] is >= 0x30 and <= 0x39 ? 4 : 2;
}
