using NewsCorpus.Reading.Lexicon;

namespace NewsCorpus.Reading.Assembly;

/// <summary>
/// Classifies one paragraph of running text: continuation note, column label, byline, caption,
/// notice signature, heading (decided by the layout) or body paragraph with its
/// dateline and closing byline taken off.
/// </summary>
internal static class BlockClassifier
{
    /// <summary>
    /// The block a paragraph's marks make of it, or null when it has none: it is then a heading or a body
    /// paragraph, which the layout decides (see <see cref="HeadingOrBody"/>). Readers ask for the heading
    /// test only after this, so it costs nothing for the marked blocks.
    /// </summary>
    public static Block? ByMarks(MappedText text, int first, int last, int lineCount, int blanks)
    {
        var s = text.Span;
        if (MayBeContinuation(s) && PageMarks.Continuation().IsMatch(s)) return Make(BlockKind.Continuation, text, first, last, blanks);
        if (ColumnLabels.IsLabel(s)) return Make(BlockKind.Label, text, first, last, blanks);
        if (!PageMarks.EndsSentence(s) && BylineParser.Parse(s) is { Count: > 0 } bylines)
            return new Block
            {
                Kind = BlockKind.Byline, Text = text, First = first, Last = last, BlankLinesBefore = blanks, Bylines = bylines,
                ClosingStyle = s[0] is '(' or '（' || EndsWithSuffixedRole(s),
            };
        if (PageMarks.StartsCaption(s) || EndsWithCredit(s)) return Caption(text, first, last, blanks);
        if (lineCount is > 1 and <= 4 && s.Length <= 60 && s[^1] == '日' && PageMarks.TrailingDate().IsMatch(s))
            return Make(BlockKind.Signature, text, first, last, blanks);
        return null;
    }

    public static Block HeadingOrBody(MappedText text, int first, int last, int blanks, bool isHeading, int width = 0) =>
        isHeading ? Make(BlockKind.Heading, text, first, last, blanks) : Body(text, first, last, blanks, width);

    /// <summary>A continuation note starts with its arrow, a space or 上接/接上/下转: the regex is not worth trying otherwise.</summary>
    private static bool MayBeContinuation(ReadOnlySpan<char> s) => s.Length > 0 && (s[0] is '◀' or '◁' or '上' or '接' or '下' || char.IsWhiteSpace(s[0]));

    private static bool EndsWithSuffixedRole(ReadOnlySpan<char> s)
    {
        foreach (var role in SuffixedRoles)
            if (s.EndsWith(role, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] SuffixedRoles = [.. BylineRoles.Suffixed];

    public static Block Body(MappedText text, int first, int last, int blanks, int width)
    {
        var s = text.Span;
        var start = 0;
        string? dateline = null;
        IReadOnlyList<Byline> opening = [];
        if (DatelineParser.Match(s) is { } d)
        {
            dateline = d.Dateline;
            opening = d.Bylines;
            start = d.BodyStart;
        }
        var end = s.Length;
        IReadOnlyList<Byline> closing = [];
        if (BylineParser.TryFindTrailing(s, out var cut, out var trailing) && cut > start)
        {
            closing = trailing;
            end = cut;
        }
        while (end > start && Paragraph.IsBlank(s[end - 1])) end--;
        var body = text.Slice(start, end);
        return new Block
        {
            Kind = BlockKind.Body, Text = body, First = first, Last = last, BlankLinesBefore = blanks, Dateline = dateline,
            Bylines = opening, Closing = closing, Width = width,
            Unfinished = closing.Count == 0 && !PageMarks.EndsSentence(s[start..end]),
        };
    }

    /// <summary>A photo caption: the bullet is dropped, a trailing credit ("记者 戴凛 摄") becomes bylines.</summary>
    public static Block Caption(MappedText text, int first, int last, int blanks)
    {
        var s = text.Span;
        var from = PageMarks.StartsCaption(s) ? 1 : 0;
        IReadOnlyList<Byline> credits = [];
        for (var i = from; i < s.Length; i++)
        {
            if (i > from && !(char.IsWhiteSpace(s[i - 1]) || PageMarks.EndsSentence(s[from..i]))) continue;
            if (BylineParser.Parse(s[i..]) is { } parsed)
            {
                credits = parsed;
                break;
            }
        }
        return new Block
        {
            Kind = BlockKind.Caption, Text = text.Slice(from, text.Length), First = first, Last = last, BlankLinesBefore = blanks, Bylines = credits,
        };
    }

    public static Block Make(BlockKind kind, MappedText text, int first, int last, int blanks, int level = 0) =>
        new() { Kind = kind, Text = text, First = first, Last = last, BlankLinesBefore = blanks, Level = level };

    /// <summary>Ends with a photo credit (摄, 供图, 翻拍) after some caption text.</summary>
    private static bool EndsWithCredit(ReadOnlySpan<char> s) =>
        s.Length > 12 && (s.EndsWith("供图", StringComparison.Ordinal) || s.EndsWith("翻拍", StringComparison.Ordinal) || s.EndsWith(" 摄", StringComparison.Ordinal));
}
