using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsCorpus.Text;

/// <summary>
/// <see cref="char.IsWhiteSpace(char)"/> (Unicode White_Space) without its Unicode table lookup for the characters
/// above Latin-1: every line and paragraph of every page is trimmed, and its first and last characters are mostly
/// CJK, which the short list of wide spaces (Unicode Zs, Zl, Zp) rules out at once.
/// </summary>
internal static class WhiteSpace
{
    /// <remarks>CJK ideographs and full-width punctuation lie above U+3000, the last space: one comparison rules them out.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(char c) => c <= '\u3000' && (c <= '\u00FF' ? char.IsWhiteSpace(c) : IsWide(c));

    private static bool IsWide(char c) =>
        c is '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';

    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> s) => TrimEnd(TrimStart(s));

    public static ReadOnlySpan<char> TrimStart(ReadOnlySpan<char> s)
    {
        var start = 0;
        while (start < s.Length && Is(s[start])) start++;
        return s[start..];
    }

    public static ReadOnlySpan<char> TrimEnd(ReadOnlySpan<char> s)
    {
        var end = s.Length;
        while (end > 0 && Is(s[end - 1])) end--;
        return s[..end];
    }

    /// <summary>
    /// How many characters of <paramref name="text"/> are white space, a vector of characters at a time:
    /// all of them are at most U+3000, and most Chinese characters lie above.
    /// </summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(text);
        var count = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var highest = new Vector<ushort>(0x3000);
            for (; i + Vector<ushort>.Count <= chars.Length; i += Vector<ushort>.Count)
            {
                var v = new Vector<ushort>(chars[i..]);
                if (Vector.GreaterThanAll(v, highest)) continue;
                var spaces = Vector.LessThanOrEqual(v - new Vector<ushort>('\t'), new Vector<ushort>(4))
                    | Vector.Equals(v, new Vector<ushort>(' ')) | Vector.Equals(v, highest)
                    | Vector.Equals(v, new Vector<ushort>(0x85)) | Vector.Equals(v, new Vector<ushort>(0xA0)) | Vector.Equals(v, new Vector<ushort>(0x1680))
                    | Vector.LessThanOrEqual(v - new Vector<ushort>(0x2000), new Vector<ushort>(0x0A))
                    | Vector.LessThanOrEqual(v - new Vector<ushort>(0x2028), new Vector<ushort>(1))
                    | Vector.Equals(v, new Vector<ushort>(0x202F)) | Vector.Equals(v, new Vector<ushort>(0x205F));
                count += Vector.Sum(spaces & Vector<ushort>.One);
            }
        }
        for (; i < chars.Length; i++)
            if (Is((char)chars[i])) count++;
        return count;
    }
}
