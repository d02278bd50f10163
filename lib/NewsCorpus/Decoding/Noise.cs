using System.Buffers;
using NewsCorpus.Text;

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

    /// <summary>Control characters other than whitespace and NUL: C0 and DEL with C1.</summary>
    private static readonly SearchValues<char> ControlChars =
        SearchValues.Create([.. Enumerable.Range(1, 0x1F).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).Where(c => !Blanks.Contains(c))]);

    /// <summary>Counts in a few vectorised passes: a count per kind of whitespace, a search for the rare control characters.</summary>
    public static Noise Measure(ReadOnlySpan<char> text)
    {
        var nuls = text.Count('\0');
        var replacements = text.Count('\uFFFD');
        var blanks = 0;
        foreach (var blank in Blanks) blanks += text.Count(blank);
        var controls = 0;
        for (var i = text.IndexOfAny(ControlChars); i >= 0; i = SpanSearch.IndexOfAnyAfter(text, i, ControlChars)) controls++;
        return new(text.Length - nuls - blanks, controls, replacements, nuls);
    }
}
