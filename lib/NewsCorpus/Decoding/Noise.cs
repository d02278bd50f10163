namespace NewsCorpus.Decoding;

/// <summary>Counts of the characters that show a decoded text is really binary.</summary>
internal readonly record struct Noise(int TextChars, int NoiseChars, int Nuls)
{
    /// <summary>Share of control and undecodable characters among the non-whitespace, non-NUL ones.</summary>
    public double Share => TextChars == 0 ? 0 : (double)NoiseChars / TextChars;

    public static Noise Measure(ReadOnlySpan<char> text)
    {
        int chars = 0, noise = 0, nuls = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '\0': nuls++; break;
                case ' ' or '\t' or '\n' or '\r' or '\f' or '\v': break;
                case < ' ' or (>= '\u007F' and <= '\u009F') or '\uFFFD': chars++; noise++; break;
                default: chars++; break;
            }
        }
        return new(chars, noise, nuls);
    }
}
