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

    public static Noise Measure(ReadOnlySpan<char> text)
    {
        int chars = 0, controls = 0, replacements = 0, nuls = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '\0': nuls++; break;
                case ' ' or '\t' or '\n' or '\r' or '\f' or '\v': break;
                case '\uFFFD': chars++; replacements++; break;
                case < ' ' or (>= '\u007F' and <= '\u009F'): chars++; controls++; break;
                default: chars++; break;
            }
        }
        return new(chars, controls, replacements, nuls);
    }
}
