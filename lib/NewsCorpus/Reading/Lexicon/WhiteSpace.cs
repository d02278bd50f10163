using System.Runtime.CompilerServices;

namespace NewsCorpus.Reading.Lexicon;

/// <summary>
/// <see cref="char.IsWhiteSpace(char)"/> without its Unicode table lookup for the characters above Latin-1:
/// every line and paragraph of every page is trimmed, and its first and last characters are mostly CJK, which
/// the short list of wide spaces (Unicode Zs, Zl, Zp) rules out at once.
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
}
