using System.Text.RegularExpressions;
using NewsCorpus.Reading.Assembly;
using NewsCorpus.Reading.Lexicon;

namespace NewsCorpus.Reading.Readers;

/// <summary>
/// Markdown e-paper pages: page blocks opened by "# page title" + "2020年02月19日 星期三" + "责编:… 美编:…",
/// articles under #/##/###/#### headings, TSV or pipe tables (into Article.Tables), several page blocks per file.
/// </summary>
public sealed partial class EpaperMarkdownReader : IPageReader
{
    private static readonly AssemblyPolicy Policy = new(BylineAfterBodyOpens: false, SplitOnWidthChange: false, GapOpens: false, DetachTrailingHeadings: false);

    public Layout Layout => Layout.EpaperMarkdown;

    public PageReadResult Read(SourceDocument document)
    {
        var units = Units(document);
        var blocks = new List<Block>(units.Count);
        var tableDiagnostics = new List<Diagnostic>();
        var raw = document.Text;
        for (var i = 0; i < units.Count; i++)
        {
            var (kind, lines, blanks) = units[i];
            switch (kind)
            {
                case UnitKind.Heading when i + 1 < units.Count && PageHeader(document, lines[0], units[i + 1]) is { } header:
                    blocks.Add(header);
                    i++;
                    break;
                case UnitKind.Heading:
                    blocks.Add(Heading(raw, lines[0], blanks));
                    break;
                case UnitKind.Table:
                    blocks.Add(TableBlock(document, lines, blocks, tableDiagnostics));
                    break;
                default:
                    var text = MappedJoin.Lines(raw, lines);
                    var afterHeading = blocks.Count > 0 && blocks[^1].Kind == BlockKind.Heading && blocks[^1].Level > 0;
                    blocks.Add(BlockClassifier.ByMarks(text, lines[0].Number, lines[^1].Number, lines.Count, blanks)
                        ?? BlockClassifier.HeadingOrBody(text, lines[0].Number, lines[^1].Number, blanks, afterHeading && PageMarks.HasHeadlineShape(text.Span)));
                    break;
            }
        }
        var result = new ArticleAssembler(document, Policy).Assemble(blocks);
        NumberedTailJoiner.Join(document, result.Drafts, result.Diagnostics);
        result.Diagnostics.AddRange(tableDiagnostics);
        return DraftsToArticles.Build(document, Layout, result.Drafts, result.Diagnostics);
    }

    private enum UnitKind { Heading, Table, Text }

    /// <summary>Lines of one paragraph that read alike: one heading line, a run of table rows or a run of text lines.</summary>
    private readonly record struct Unit(UnitKind Kind, ArraySegment<SourceLine> Lines, int Blanks);

    /// <summary>Paragraphs cut further so that every heading line and every table stands alone.</summary>
    private static List<Unit> Units(SourceDocument document)
    {
        var paragraphs = Paragraph.Split(document);
        var units = new List<Unit>(paragraphs.Count + paragraphs.Count / 4);
        foreach (var p in paragraphs)
        {
            var lines = p.Lines;
            var blanks = p.BlankLinesBefore;
            var start = 0;
            var kind = KindOf(lines[0].Text(document.Text));
            for (var k = 1; k <= lines.Count; k++)
            {
                var next = k < lines.Count ? KindOf(lines[k].Text(document.Text)) : UnitKind.Heading;
                if (k < lines.Count && next == kind && kind != UnitKind.Heading) continue;
                units.Add(new(kind, lines.Slice(start, k - start), blanks));
                (start, kind, blanks) = (k, next, 0);
            }
        }
        return units;
    }

    private static UnitKind KindOf(ReadOnlySpan<char> line) =>
        PageMarks.MarkdownHeadingMark(line, out _) > 0 ? UnitKind.Heading : IsTableRow(line) ? UnitKind.Table : UnitKind.Text;

    private static Block Heading(string raw, SourceLine line, int blanks)
    {
        var mark = PageMarks.MarkdownHeadingMark(line.Text(raw), out var level);
        var text = MappedText.Slice(raw, line.Start + mark, line.Length - mark);
        return BlockClassifier.Make(ColumnLabels.IsLabel(text.Span) ? BlockKind.Label : BlockKind.Heading, text, line.Number, line.Number, blanks, level);
    }

    /// <summary>"# 坚决打赢疫情防控阻击战" followed by "2020年02月19日 星期三" and the staff line: a page block starts.</summary>
    private static Block? PageHeader(SourceDocument document, SourceLine heading, Unit next)
    {
        if (next.Kind != UnitKind.Text) return null;
        var raw = document.Text;
        var dateLine = next.Lines[0].Text(raw);
        // The date line starts with the year's digits; the pattern is tried only then.
        if (dateLine.IsEmpty || !char.IsDigit(dateLine[0])) return null;
        var dateMatch = PageMarks.PageDate().Match(dateLine.ToString());
        if (!dateMatch.Success) return null;
        var headingLine = heading.Text(raw);
        var title = headingLine[PageMarks.MarkdownHeadingMark(headingLine, out _)..].ToString();
        var date = new DateOnly(int.Parse(dateMatch.Groups[1].Value), int.Parse(dateMatch.Groups[2].Value), int.Parse(dateMatch.Groups[3].Value));
        var weekday = dateMatch.Groups[4].Value;
        var staff = new List<KeyValuePair<string, string>>();
        foreach (var line in next.Lines.Slice(1)) AddStaff(line.Text(raw), staff);
        return new Block
        {
            Kind = BlockKind.PageHeader, First = heading.Number, Last = next.Lines[^1].Number,
            Text = MappedText.Slice(raw, heading.Start, heading.Length), Page = new PageInfo(title, date, weekday, staff),
        };
    }

    /// <summary>The role: name pairs of a staff line ("责编:邱峰 美编:郭金芳"), read off each match of <see cref="Staff"/>:
    /// the role runs to the colon, the name starts after the colon and its spaces.</summary>
    private static void AddStaff(ReadOnlySpan<char> line, List<KeyValuePair<string, string>> staff)
    {
        foreach (var m in Staff().EnumerateMatches(line))
        {
            var match = line.Slice(m.Index, m.Length);
            var colon = match.IndexOfAny(':', '：');
            staff.Add(KeyValuePair.Create(match[..colon].ToString(), match[(colon + 1)..].TrimStart().ToString()));
        }
    }

    /// <summary>Tab-separated or pipe rows; a row with one cell is the caption; a short line just before the table is taken as its caption too.</summary>
    private static Block TableBlock(SourceDocument document, ArraySegment<SourceLine> lines, List<Block> blocks, List<Diagnostic> diagnostics)
    {
        var rows = new List<IReadOnlyList<string>>(lines.Count);
        var numbers = new List<int>(lines.Count);
        foreach (var line in lines)
            if (Cells(line.Text(document.Text)) is { Count: > 0 } cells)
            {
                rows.Add(cells);
                numbers.Add(line.Number);
            }
        string? caption = null;
        var first = lines[0].Number;
        if (rows.Count > 0 && rows[0].Count == 1)
        {
            caption = rows[0][0];
            rows.RemoveAt(0);
            numbers.RemoveAt(0);
        }
        else if (blocks.Count > 0 && blocks[^1] is { Kind: BlockKind.Body, Unfinished: true } previous && previous.Text.Length <= 40 && previous.Closing.Count == 0)
        {
            caption = previous.Text.Text;
            first = previous.First;
            blocks.RemoveAt(blocks.Count - 1);
        }
        var header = rows.Count > 0 ? rows[0] : [];
        // Rows are kept as read; a row whose cell count differs from the header's is named, not repaired.
        for (var k = 1; k < rows.Count; k++)
            if (rows[k].Count != header.Count)
                diagnostics.Add(new Diagnostic(document.Path, numbers[k], Severity.Warning, "table-columns",
                    $"table row has {rows[k].Count} cell(s), its header {header.Count}; kept as read"));
        var table = new PageTable(caption, header, rows.Count > 1 ? rows.GetRange(1, rows.Count - 1) : [], new LineRange(first, lines[^1].Number));
        return new Block
        {
            Kind = BlockKind.Table, First = first, Last = lines[^1].Number,
            Text = MappedText.Slice(document.Text, lines[0].Start, 0), Table = table,
        };
    }

    private static List<string> Cells(ReadOnlySpan<char> row)
    {
        if (PipeRule().IsMatch(row)) return [];
        var tabbed = row.Contains('\t');
        if (!tabbed) row = row.Trim().Trim('|');
        var list = new List<string>();
        foreach (var cell in row.Split(tabbed ? '\t' : '|')) list.Add(row[cell].Trim().ToString());
        while (list.Count > 0 && list[^1].Length == 0) list.RemoveAt(list.Count - 1);
        return list;
    }

    private static bool IsTableRow(ReadOnlySpan<char> line) =>
        line.Count('\t') >= 2 || (line.StartsWith("|") && line.Count('|') >= 3);

    [GeneratedRegex(@"(责编|美编|校对|编辑|审校|组版|版式|值班编委)[:：]\s*([^\s:：]+)")]
    private static partial Regex Staff();

    [GeneratedRegex(@"^\|?\s*:?-{3,}")]
    private static partial Regex PipeRule();
}
