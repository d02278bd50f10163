namespace NewsCorpus.Decoding;

/// <summary>
/// Counts of the characters that show a decoded text is really binary: control characters, which
/// text almost never has and random bytes give about one in ten of, and U+FFFD, which damaged text
/// has too, only less of.
/// </summary>
internal readonly record struct Noise(int TextChars, int Controls, int Replacements, int Nuls)
{
    /// <summary>Above this share of control characters the bytes are not text.</summary>
    private const double MaxControlShare = 0.05;
    /// <summary>Above this share of control and undecodable characters together the bytes are not text.</summary>
    private const double MaxNoiseShare = 0.3;

    /// <summary>Share of control and undecodable characters among the non-whitespace, non-NUL ones.</summary>
    public double Share => TextChars == 0 ? 0 : (double)(Controls + Replacements) / TextChars;

    public bool IsBinary => TextChars > 0 && ((double)Controls / TextChars > MaxControlShare || Share > MaxNoiseShare);

    /// <summary>Whitespace, not counted.</summary>
    private const string Blanks = " \t\n\r\f\v";

    /// <summary>Counts in three vectorised searches: C0 controls and blanks (all up to the space), DEL and C1, U+FFFD.
    /// Hits are few (line breaks, the odd space), and each is classified on its own.</summary>
    public static Noise Measure(ReadOnlySpan<char> text)
    {
        int nuls = 0, blanks = 0, controls = 0;
        for (var i = text.IndexOfAnyInRange('\0', ' '); i >= 0; i = NextInRange(text, i, '\0', ' '))
        {
            var c = text[i];
            if (c == '\0') nuls++;
            else if (Blanks.Contains(c)) blanks++;
            else controls++;
        }
        for (var i = text.IndexOfAnyInRange('\u007F', '\u009F'); i >= 0; i = NextInRange(text, i, '\u007F', '\u009F')) controls++;
        return new(text.Length - nuls - blanks, controls, text.Count('\uFFFD'), nuls);
    }

    private static int NextInRange(ReadOnlySpan<char> text, int i, char low, char high)
    {
        var k = text[(i + 1)..].IndexOfAnyInRange(low, high);
        return k < 0 ? -1 : i + 1 + k;
    }
}
