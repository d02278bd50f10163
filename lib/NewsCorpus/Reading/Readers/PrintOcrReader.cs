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
        var lines = paragraphs.SelectMany(p => p.Lines).ToList();
        var blocks = new List<Block>();
        var pageColumn = PageColumnWidth(raw, paragraphs);
        var firstLineIndex = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var column = Math.Max(pageColumn, ColumnWidth(raw, lines, firstLineIndex, p.Lines.Count));
            firstLineIndex += p.Lines.Count;
            var text = MappedJoin.Lines(raw, p.Lines);
            var first = i == 0;
            var block = BlockClassifier.Classify(text, p.First, p.Last, p.Lines.Count, p.BlankLinesBefore,
                () => IsHeadlineParagraph(raw, p, text.Text, column, first), BodyWidth(raw, p));
            if (block.Kind == BlockKind.Heading) blocks.AddRange(HeadlineLines(raw, p));
            else if (block.Kind == BlockKind.Body && LeadingSubheading(raw, p) is { } sub)
            {
                blocks.Add(sub);
                var rest = new Paragraph(p.Lines.Skip(1).ToList(), 0);
                blocks.Add(BlockClassifier.Body(MappedJoin.Lines(raw, rest.Lines), rest.First, rest.Last, 0, BodyWidth(raw, rest)));
            }
            else blocks.Add(block);
        }
        var result = new ArticleAssembler(document, Policy).Assemble(blocks);
        result.Diagnostics.AddRange(DetachedHeadingMatcher.Attach(document, result.Drafts, result.Detached));
        return DraftsToArticles.Build(document, Layout, result.Drafts, result.Diagnostics);
    }

    private static bool IsHeadlineParagraph(string raw, Paragraph p, string text, int column, bool firstOnPage)
    {
        if (p.Lines.Count > 3 || text.Length < 2 || !PageMarks.HasHeadlineShape(text)) return false;
        if (firstOnPage || p.Lines.Any(l => l.Text(raw).StartsWith("——"))) return true;
        return p.Lines.All(l => PageMarks.Width(l.Text(raw)) <= HeadlineWidthShare * column);
    }

    /// <summary>A subheading printed on the line just above its paragraph, with no blank line between: clearly narrower than the paragraph's own lines.</summary>
    private static Block? LeadingSubheading(string raw, Paragraph p)
    {
        if (p.Lines.Count < 2) return null;
        var head = p.Lines[0];
        var text = head.Text(raw).ToString();
        if (text.Length < 5 || !PageMarks.HasHeadlineShape(text)) return null;
        var rest = p.Lines.Skip(1).Max(l => PageMarks.Width(l.Text(raw)));
        if (PageMarks.Width(text) > HeadlineWidthShare * rest) return null;
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
        BlockClassifier.Make(BlockKind.Heading, MappedJoin.Lines(raw, lines), lines[0].Number, lines[^1].Number, blanks);

    /// <summary>
    /// The page's usual column width: the median of the lines that wrap (all but the last of each
    /// paragraph), so that a cluster of headlines printed together is still measured against a column.
    /// </summary>
    private static int PageColumnWidth(string raw, List<Paragraph> paragraphs)
    {
        var widths = paragraphs.SelectMany(p => p.Lines.Take(p.Lines.Count - 1)).Select(l => PageMarks.Width(l.Text(raw))).Order().ToList();
        return widths.Count == 0 ? 0 : widths[widths.Count / 2];
    }

    /// <summary>Widest line among the neighbouring lines of other paragraphs.</summary>
    private static int ColumnWidth(string raw, List<SourceLine> lines, int first, int count)
    {
        var last = first + count - 1;
        var width = 0;
        for (var k = Math.Max(0, first - Neighbourhood); k <= Math.Min(lines.Count - 1, last + Neighbourhood); k++)
            if (k < first || k > last) width = Math.Max(width, PageMarks.Width(lines[k].Text(raw)));
        return width;
    }

    /// <summary>Column width of a body paragraph: its widest line but the last; unknown for a one-line paragraph that ends a sentence.</summary>
    private static int BodyWidth(string raw, Paragraph p)
    {
        if (p.Lines.Count == 1) return PageMarks.EndsSentence(p.Lines[0].Text(raw)) ? 0 : PageMarks.Width(p.Lines[0].Text(raw));
        return p.Lines.Take(p.Lines.Count - 1).Max(l => PageMarks.Width(l.Text(raw)));
    }
}
