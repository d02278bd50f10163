using NewsCorpus.Text;

namespace NewsCorpus.Extraction.Dates;

/// <summary>Tests of the character or word at a position of a text; a position past the end holds nothing.</summary>
internal static class TextAt
{
    public const string Digits = "0123456789";
    public const string OneToNine = "一二三四五六七八九";
    /// <summary>The digits a year may be written in: 二〇二〇年.</summary>
    public const string ChineseDigits = "〇零一二三四五六七八九";

    public static bool Is(string text, int i, char c) => (uint)i < (uint)text.Length && text[i] == c;

    public static bool IsIn(string text, int i, string set) => (uint)i < (uint)text.Length && set.Contains(text[i]);

    public static bool IsDigit(string text, int i) => (uint)i < (uint)text.Length && char.IsAsciiDigit(text[i]);

    public static bool IsWhiteSpace(string text, int i) => (uint)i < (uint)text.Length && WhiteSpace.Is(text[i]);

    public static bool Starts(string text, int i, string word) => i <= text.Length && text.AsSpan(i).StartsWith(word);

    /// <summary>The first of <paramref name="words"/> written at i, in their order; −1 when none is.</summary>
    public static int WordAt(string text, int i, string[] words)
    {
        for (var w = 0; w < words.Length; w++)
            if (Starts(text, i, words[w])) return w;
        return -1;
    }

    /// <summary>Whether <paramref name="count"/> characters from i are all ASCII digits.</summary>
    public static bool AreDigits(string text, int i, int count) => AreIn(text, i, count, Digits);

    public static bool AreIn(string text, int i, int count, string set)
    {
        if (i + count > text.Length) return false;
        for (var k = i; k < i + count; k++) if (!set.Contains(text[k])) return false;
        return true;
    }

    /// <summary>How many characters of <paramref name="set"/> follow one another from i, at most <paramref name="max"/>.</summary>
    public static int Run(string text, int i, string set, int max)
    {
        var n = 0;
        while (n < max && IsIn(text, i + n, set)) n++;
        return n;
    }

    /// <summary>A digit or a decimal point right before i: a number written there goes on.</summary>
    public static bool NumberBefore(string text, int i) => i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] == '.');
}
