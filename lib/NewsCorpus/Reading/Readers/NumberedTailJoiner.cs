using NewsCorpus.Reading.Assembly;
using NewsCorpus.Extraction.Numbers;
using NewsCorpus.Reading.Lexicon;

namespace NewsCorpus.Reading.Readers;

/// <summary>
/// Rejoins the tail of a numbered notice that the page printed elsewhere: a notice that stops at
/// "八、其他需要公告的事项:" is continued by the run of paragraphs, inside another article, that
/// starts with "(1)" and goes on to "九、". The numbering is the evidence; nothing else is moved.
/// </summary>
internal static class NumberedTailJoiner
{
    public static void Join(SourceDocument document, List<ArticleDraft> drafts, List<Diagnostic> diagnostics)
    {
        // The notices that stop at a colon, as they stand before anything is moved.
        List<ArticleDraft>? stopped = null;
        foreach (var d in drafts)
            if (d.HasBody && EndsWithColon(d.Segments[^1].Text)) (stopped ??= []).Add(d);
        if (stopped is null) return;
        foreach (var unfinished in stopped)
        {
            if (LastOrdinal(unfinished.Segments[^1].Text.Span) is not { } ordinal) continue;
            // The number is read only once another article holds a list that could continue it.
            var next = 0;
            foreach (var other in drafts)
            {
                if (other == unfinished || other.Segments.Count <= 1) continue;
                var start = FirstListStart(other.Segments);
                if (start < 0) continue;
                if (next == 0) next = (int)(ChineseNumerals.Parse(ordinal) ?? 0) + 1;
                var tail = other.Segments.GetRange(start, other.Segments.Count - start);
                var item = ChineseNumerals.Format(next) + "、";
                if (!tail.Exists(s => s.Text.Text.StartsWith(item, StringComparison.Ordinal))) continue;
                var from = tail[0].First;
                other.Segments.RemoveRange(start, tail.Count);
                other.Own.RemoveAll(r => r.First >= from);
                unfinished.Segments.AddRange(tail);
                unfinished.Elsewhere.Add(new LineRange(from, tail[^1].Last));
                diagnostics.Add(new Diagnostic(document.Path, from, Severity.Info, "numbered-tail-joined",
                    $"lines {from}-{tail[^1].Last} continue the numbering of “{unfinished.Title}” (its item {next} follows the item {next - 1} it stops at) and were moved to it"));
                break;
            }
        }
    }

    /// <summary>
    /// The numeral of the last item mark "N、" in the text, without its 、; null when there is none. As the pattern
    /// <c>(?&lt;![一二三四五六七八九十])([一二三四五六七八九十]{1,3})、</c> would find it, but read backwards from each 、:
    /// the numerals 一 and 十 are everywhere in Chinese text, the 、 that must follow them much less so.
    /// </summary>
    internal static string? LastOrdinal(ReadOnlySpan<char> text)
    {
        for (var mark = text.LastIndexOf('、'); mark > 0; mark = text[..mark].LastIndexOf('、'))
        {
            var start = mark;
            while (start > 0 && OrdinalDigits.Contains(text[start - 1])) start--;
            if (mark - start is >= 1 and <= 3) return text[start..mark].ToString();
        }
        return null;
    }

    private const string OrdinalDigits = "一二三四五六七八九十";

    /// <summary>Index of the first segment after the first that opens a list with "(1)"; -1 when none does.</summary>
    private static int FirstListStart(List<Segment> segments)
    {
        for (var k = 1; k < segments.Count; k++)
            if (StartsList(segments[k].Text)) return k;
        return -1;
    }

    /// <summary>"(1)" or "（1）" at the start, read from the first piece when it holds all three characters.</summary>
    private static bool StartsList(MappedText text)
    {
        if (text.Length < 3) return false;
        var head = text.Piece(0).Length >= 3 ? text.Piece(0) : text.Span;
        return head[0] is '(' or '（' && head[1] == '1' && head[2] is ')' or '）';
    }

    /// <summary>Read from the last piece (pieces are never empty): a paragraph joined across columns is not built for it.</summary>
    private static bool EndsWithColon(MappedText s) => s.PieceCount > 0 && s.Piece(s.PieceCount - 1)[^1] is ':' or '：';
}
