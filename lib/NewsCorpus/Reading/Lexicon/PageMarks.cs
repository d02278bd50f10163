using System.Numerics;
using System.Runtime.InteropServices;
using System.Buffers;
using System.Text.RegularExpressions;
using NewsCorpus.Text;

namespace NewsCorpus.Reading.Lexicon;

/// <summary>Marks a page uses around articles: caption bullets, continuation notes, sentence ends.</summary>
public static partial class PageMarks
{
    /// <summary>Bullets that start a photo caption.</summary>
    public static readonly string CaptionBullets = "▲▶►△▷◆↑";

    /// <summary>Characters that end a sentence; a closing quote ends one only after one of these.</summary>
    private const string SentenceEnds = "。！？!?…";
    private const string ClosingQuotes = "”’」』\"";

    [GeneratedRegex(@"^[◀◁]?\s*(上接|接上)\s*[0-9０-９A-Z]+\s*版\s*[▶▷]?$|^[◀◁]?\s*下转\s*[0-9０-９A-Z]+\s*版\s*[▶▷]?$")]
    public static partial Regex Continuation();

    /// <summary>An e-paper page's date line "2020年02月19日 星期三": year, month, day, weekday.</summary>
    [GeneratedRegex(@"^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(星期[一二三四五六日天])")]
    public static partial Regex PageDate();

    /// <summary>A date closing a short paragraph: the signature of a notice ("株洲市公共资源交易中心 / 2020年2月19日").</summary>
    [GeneratedRegex(@"\d{4}年\d{1,2}月\d{1,2}日$")]
    public static partial Regex TrailingDate();

    // Searched in every paragraph: precomputed sets instead of a probabilistic map built per call.
    private static readonly SearchValues<char> Commas = SearchValues.Create(",，、");
    private static readonly SearchValues<char> HeadlineBreakers = SearchValues.Create("。！？!?");

    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        text = WhiteSpace.TrimEnd(text);
        if (text.IsEmpty) return false;
        var last = text[^1];
        if (SentenceEnds.Contains(last)) return true;
        return ClosingQuotes.Contains(last) && text.Length > 1 && SentenceEnds.Contains(text[^2]);
    }

    /// <summary>
    /// Ends inside a sentence: on a Chinese character or on a comma or opening mark. A line ending
    /// on a digit or a colon ("监督电话:28681872") may be a complete line and is not taken as cut.
    /// </summary>
    public static bool EndsMidSentence(ReadOnlySpan<char> text)
    {
        text = WhiteSpace.TrimEnd(text);
        if (text.IsEmpty) return false;
        var last = text[^1];
        return last is >= '\u4e00' and <= '\u9fff' || "，,、；;“‘(（".Contains(last);
    }

    /// <summary>
    /// Length of the markdown heading mark "#{1,6}" and its spaces that opens a line, 0 when there is none or nothing
    /// follows it (the pattern <c>^#{1,6}\s+\S</c>, written out: every line of every page is asked); the level is the count of #.
    /// </summary>
    public static int MarkdownHeadingMark(ReadOnlySpan<char> line, out int level)
    {
        level = 0;
        while (level < line.Length && line[level] == '#') level++;
        var end = level;
        while (end < line.Length && WhiteSpace.Is(line[end])) end++;
        if (level is < 1 or > 6 || end == level || end == line.Length) level = 0;
        return level == 0 ? 0 : end;
    }

    public static bool StartsCaption(ReadOnlySpan<char> text) => !text.IsEmpty && CaptionBullets.Contains(text[0]);

    /// <summary>
    /// True when the text after the last comma is one or two characters long: a clause that short
    /// cannot end a headline, so the line is a body fragment cut by a column break ("…,为").
    /// </summary>
    public static bool EndsInFragment(ReadOnlySpan<char> text)
    {
        var i = text.LastIndexOfAny(Commas);
        return i >= 0 && text.Length - i - 1 <= 2;
    }

    /// <summary>
    /// A headline is short, has no sentence end, at most one comma (a body fragment of that length
    /// reads as clauses) and does not stop in a one- or two-character clause.
    /// </summary>
    public static bool HasHeadlineShape(ReadOnlySpan<char> s) =>
        s.Length is > 0 and <= 40 && s.IndexOfAny(HeadlineBreakers) < 0 && s.Count('，') + s.Count(',') <= 1 && !EndsInFragment(s);

    /// <summary>Display width in half-width units: CJK and full-width characters count two.</summary>
    /// <remarks>Every line of a print page is measured: narrow characters are counted a vector at a time.</remarks>
    public static int Width(ReadOnlySpan<char> text)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(text);
        var narrow = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var limit = new Vector<ushort>(0x2000);
            // LessThan gives all ones (-1 as a short) per narrow character; at most Count of them fit a short sum.
            for (; i <= chars.Length - Vector<ushort>.Count; i += Vector<ushort>.Count)
                narrow -= Vector.Sum(Vector.AsVectorInt16(Vector.LessThan(new Vector<ushort>(chars[i..]), limit)));
        }
        for (; i < chars.Length; i++)
            if (chars[i] < 0x2000) narrow++;
        return 2 * text.Length - narrow;
    }
}
