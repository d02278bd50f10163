using System.Runtime.InteropServices;
using NewsCorpus.Reading.Assembly;
using NewsCorpus.Reading.Lexicon;

namespace NewsCorpus.Reading.Readers;

/// <summary>
/// OCR of a printed page: narrow hard-wrapped columns joined into paragraphs without spaces, headlines
/// told by their width against the surrounding column, bylines above the body, a change of column
/// width marking another article, and headlines printed apart from their bodies attached by what
/// they share with them (<see cref="DetachedHeadingMatcher"/>).
/// </summary>
public sealed class PrintOcrReader : IPageReader
{
    private static readonly AssemblyPolicy Policy = new(BylineAfterBodyOpens: true, SplitOnWidthChange: true, GapOpens: false, DetachTrailingHeadings: true);

    /// <summary>A headline line is at most this share of the surrounding column width.</summary>
    private const double HeadlineWidthShare = 0.75;

    /// <summary>Lines either side of a paragraph that give its surrounding column width.</summary>
    private const int Neighbourhood = 6;

    public Layout Layout => Layout.PrintOcr;

    public PageReadResult Read(SourceDocument document)
    {
        var raw = document.Text;
        var paragraphs = Paragraph.Split(document);
        // Every line's width once: each paragraph measures the lines around it and its own several times.
        var widths = LineWidths(raw, paragraphs);
        var blocks = new List<Block>(paragraphs.Count + 8);
        var pageColumn = PageColumnWidth(paragraphs, widths);
        var firstLineIndex = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var count = p.Lines.Count;
            var own = new ReadOnlySpan<int>(widths, firstLineIndex, count);
            var column = Math.Max(pageColumn, ColumnWidth(widths, firstLineIndex, count));
            firstLineIndex += count;
            var text = MappedJoin.Lines(raw, p.Lines);
            var block = BlockClassifier.ByMarks(text, p.First, p.Last, count, p.BlankLinesBefore)
                ?? BlockClassifier.HeadingOrBody(text, p.First, p.Last, p.BlankLinesBefore, IsHeadlineParagraph(raw, p, own, text.Span, column, i == 0), BodyWidth(raw, p.Lines, own));
            if (block.Kind == BlockKind.Heading) blocks.AddRange(HeadlineLines(raw, p));
            else if (block.Kind == BlockKind.Body && LeadingSubheading(raw, p, own) is { } sub)
            {
                blocks.Add(sub);
                var rest = p.Lines.Slice(1);
                blocks.Add(BlockClassifier.Body(MappedJoin.Lines(raw, rest), rest[0].Number, rest[^1].Number, 0, BodyWidth(raw, rest, own[1..])));
            }
            else blocks.Add(block);
        }
        var result = new ArticleAssembler(document, Policy).Assemble(blocks);
        result.Diagnostics.AddRange(DetachedHeadingMatcher.Attach(document, result.Drafts, result.Detached));
        return DraftsToArticles.Build(document, Layout, result.Drafts, result.Diagnostics);
    }

    private static int[] LineWidths(string raw, List<Paragraph> paragraphs)
    {
        var total = 0;
        foreach (var p in paragraphs) total += p.Lines.Count;
        var widths = new int[total];
        var k = 0;
        foreach (var p in paragraphs)
            foreach (var line in p.Lines)
                widths[k++] = PageMarks.Width(line.Text(raw));
        return widths;
    }

    private static bool IsHeadlineParagraph(string raw, Paragraph p, ReadOnlySpan<int> widths, ReadOnlySpan<char> text, int column, bool firstOnPage)
    {
        if (p.Lines.Count > 3 || text.Length < 2 || !PageMarks.HasHeadlineShape(text)) return false;
        if (firstOnPage) return true;
        foreach (var l in p.Lines)
            if (l.Text(raw).StartsWith("——")) return true;
        foreach (var w in widths)
            if (w > HeadlineWidthShare * column) return false;
        return true;
    }

    /// <summary>A subheading printed on the line just above its paragraph, with no blank line between: clearly narrower than the paragraph's own lines.</summary>
    private static Block? LeadingSubheading(string raw, Paragraph p, ReadOnlySpan<int> widths)
    {
        if (p.Lines.Count < 2) return null;
        var head = p.Lines[0];
        var text = head.Text(raw);
        if (text.Length < 5 || !PageMarks.HasHeadlineShape(text)) return null;
        var rest = 0;
        foreach (var w in widths[1..]) rest = Math.Max(rest, w);
        if (widths[0] > HeadlineWidthShare * rest) return null;
        return BlockClassifier.Make(BlockKind.Heading, MappedText.Slice(raw, head.Start, head.Length), head.Number, head.Number, p.BlankLinesBefore);
    }

    /// <summary>
    /// One block per line of a headline paragraph: column labels, "——" subtitles and a bare name
    /// (the author of an opinion piece) stand alone; wrapped headline lines are joined.
    /// </summary>
    private static IEnumerable<Block> HeadlineLines(string raw, Paragraph p)
    {
        var wrapped = new List<SourceLine>();
        var blanks = p.BlankLinesBefore;
        foreach (var line in p.Lines)
        {
            var text = line.Text(raw).ToString();
            var alone = ColumnLabels.IsLabel(text) ? BlockKind.Label
                : text.StartsWith("——") ? BlockKind.Heading
                : wrapped.Count > 0 && BylineParser.IsName(text) ? BlockKind.Byline
                : (BlockKind?)null;
            if (alone is null)
            {
                wrapped.Add(line);
                continue;
            }
            if (wrapped.Count > 0) yield return Joined(raw, wrapped, blanks);
            wrapped = [];
            blanks = 0;
            var mapped = MappedText.Slice(raw, line.Start, line.Length);
            yield return alone == BlockKind.Byline
                ? new Block { Kind = BlockKind.Byline, Text = mapped, First = line.Number, Last = line.Number, Bylines = [new Byline(text, BylineRoles.Author)] }
                : BlockClassifier.Make(alone.Value, mapped, line.Number, line.Number, 0);
        }
        if (wrapped.Count > 0) yield return Joined(raw, wrapped, blanks);
    }

    private static Block Joined(string raw, List<SourceLine> lines, int blanks) =>
        BlockClassifier.Make(BlockKind.Heading, MappedJoin.Lines(raw, CollectionsMarshal.AsSpan(lines)), lines[0].Number, lines[^1].Number, blanks);

    /// <summary>
    /// The page's usual column width: the median of the lines that wrap (all but the last of each
    /// paragraph), so that a cluster of headlines printed together is still measured against a column.
    /// </summary>
    /// <remarks>Widths are small numbers: the median is read off a count per width instead of sorting them all.</remarks>
    private static int PageColumnWidth(List<Paragraph> paragraphs, int[] widths)
    {
        var max = 0;
        foreach (var w in widths) max = Math.Max(max, w);
        var counts = new int[max + 1];
        int wrapping = 0, k = 0;
        foreach (var p in paragraphs)
        {
            foreach (var w in new ReadOnlySpan<int>(widths, k, p.Lines.Count - 1)) counts[w]++;
            wrapping += p.Lines.Count - 1;
            k += p.Lines.Count;
        }
        if (wrapping == 0) return 0;
        // The width at index wrapping / 2 of the sorted widths.
        var seen = 0;
        for (var w = 0; ; w++)
            if ((seen += counts[w]) > wrapping / 2) return w;
    }

    /// <summary>Widest line among the neighbouring lines of other paragraphs.</summary>
    private static int ColumnWidth(int[] widths, int first, int count)
    {
        var last = first + count - 1;
        var width = 0;
        for (var k = Math.Max(0, first - Neighbourhood); k <= Math.Min(widths.Length - 1, last + Neighbourhood); k++)
            if (k < first || k > last) width = Math.Max(width, widths[k]);
        return width;
    }

    /// <summary>Column width of a body paragraph: its widest line but the last; unknown for a one-line paragraph that ends a sentence.</summary>
    private static int BodyWidth(string raw, ReadOnlySpan<SourceLine> lines, ReadOnlySpan<int> widths)
    {
        if (lines.Length == 1) return PageMarks.EndsSentence(lines[0].Text(raw)) ? 0 : widths[0];
        var width = 0;
        foreach (var w in widths[..^1]) width = Math.Max(width, w);
        return width;
    }
}
