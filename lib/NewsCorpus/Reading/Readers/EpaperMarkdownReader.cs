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
        var blocks = new List<Block>();
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
        result.Diagnostics.AddRange(NumberedTailJoiner.Join(document, result.Drafts));
        result.Diagnostics.AddRange(tableDiagnostics);
        return DraftsToArticles.Build(document, Layout, result.Drafts, result.Diagnostics);
    }

    private enum UnitKind { Heading, Table, Text }

    /// <summary>Paragraphs cut further so that every heading line and every table stands alone.</summary>
    private static List<(UnitKind Kind, List<SourceLine> Lines, int Blanks)> Units(SourceDocument document)
    {
        var units = new List<(UnitKind, List<SourceLine>, int)>();
        foreach (var p in Paragraph.Split(document))
        {
            var blanks = p.BlankLinesBefore;
            foreach (var line in p.Lines)
            {
                var text = line.Text(document.Text);
                var kind = HeadingMark(text, out _) > 0 ? UnitKind.Heading : IsTableRow(text) ? UnitKind.Table : UnitKind.Text;
                if (kind != UnitKind.Heading && units.Count > 0 && units[^1].Item1 == kind && units[^1].Item2[^1].Number == line.Number - 1)
                    units[^1].Item2.Add(line);
                else units.Add((kind, [line], blanks));
                blanks = 0;
            }
        }
        return units;
    }

    private static Block Heading(string raw, SourceLine line, int blanks)
    {
        var mark = HeadingMark(line.Text(raw), out var level);
        var text = MappedText.Slice(raw, line.Start + mark, line.Length - mark);
        return BlockClassifier.Make(ColumnLabels.IsLabel(text.Span) ? BlockKind.Label : BlockKind.Heading, text, line.Number, line.Number, blanks, level);
    }

    /// <summary>"# 坚决打赢疫情防控阻击战" followed by "2020年02月19日 星期三" and the staff line: a page block starts.</summary>
    private static Block? PageHeader(SourceDocument document, SourceLine heading, (UnitKind Kind, List<SourceLine> Lines, int Blanks) next)
    {
        if (next.Kind != UnitKind.Text) return null;
        var raw = document.Text;
        var dateLine = next.Lines[0].Text(raw);
        // The date line starts with the year's digits; the pattern is tried only then.
        if (dateLine.IsEmpty || !char.IsDigit(dateLine[0])) return null;
        var dateMatch = PageMarks.PageDate().Match(dateLine.ToString());
        if (!dateMatch.Success) return null;
        var headingLine = heading.Text(raw);
        var title = headingLine[HeadingMark(headingLine, out _)..].ToString();
        var date = new DateOnly(int.Parse(dateMatch.Groups[1].Value), int.Parse(dateMatch.Groups[2].Value), int.Parse(dateMatch.Groups[3].Value));
        var weekday = dateMatch.Groups[4].Value;
        var staff = next.Lines.Skip(1).SelectMany(l => Staff().Matches(l.Text(raw).ToString()))
            .Select(m => KeyValuePair.Create(m.Groups[1].Value, m.Groups[2].Value)).ToList();
        return new Block
        {
            Kind = BlockKind.PageHeader, First = heading.Number, Last = next.Lines[^1].Number,
            Text = MappedText.Slice(raw, heading.Start, heading.Length), Page = new PageInfo(title, date, weekday, staff),
        };
    }

    /// <summary>Tab-separated or pipe rows; a row with one cell is the caption; a short line just before the table is taken as its caption too.</summary>
    private static Block TableBlock(SourceDocument document, List<SourceLine> lines, List<Block> blocks, List<Diagnostic> diagnostics)
    {
        var numbered = lines.Select(l => (l.Number, Cells: Cells(l.Text(document.Text).ToString()))).Where(r => r.Cells.Count > 0).ToList();
        var rows = numbered.Select(r => r.Cells).ToList();
        string? caption = null;
        var first = lines[0].Number;
        if (rows.Count > 0 && rows[0].Count == 1)
        {
            caption = rows[0][0];
            rows.RemoveAt(0);
            numbered.RemoveAt(0);
        }
        else if (blocks.Count > 0 && blocks[^1] is { Kind: BlockKind.Body, Unfinished: true } previous && previous.Text.Length <= 40 && previous.Closing.Count == 0)
        {
            caption = previous.Text.Text;
            first = previous.First;
            blocks.RemoveAt(blocks.Count - 1);
        }
        var header = rows.Count > 0 ? rows[0] : [];
        // Rows are kept as read; a row whose cell count differs from the header's is named, not repaired.
        diagnostics.AddRange(numbered.Skip(1).Where(r => r.Cells.Count != header.Count).Select(r => new Diagnostic(document.Path, r.Number,
            Severity.Warning, "table-columns", $"table row has {r.Cells.Count} cell(s), its header {header.Count}; kept as read")));
        var table = new PageTable(caption, header, rows.Skip(1).ToList(), new LineRange(first, lines[^1].Number));
        return new Block
        {
            Kind = BlockKind.Table, First = first, Last = lines[^1].Number,
            Text = MappedText.Slice(document.Text, lines[0].Start, 0), Table = table,
        };
    }

    private static List<string> Cells(string row)
    {
        if (PipeRule().IsMatch(row)) return [];
        var cells = row.Contains('\t') ? row.Split('\t') : row.Trim().Trim('|').Split('|');
        var list = cells.Select(c => c.Trim()).ToList();
        while (list.Count > 0 && list[^1].Length == 0) list.RemoveAt(list.Count - 1);
        return list;
    }

    private static bool IsTableRow(ReadOnlySpan<char> line) =>
        line.Count('\t') >= 2 || (line.StartsWith("|") && line.Count('|') >= 3);

    /// <summary>Length of the markdown heading mark "#{1,6} +" that opens a line, 0 when there is none; the level is the count of #.</summary>
    private static int HeadingMark(ReadOnlySpan<char> line, out int level)
    {
        level = 0;
        while (level < line.Length && line[level] == '#') level++;
        var end = level;
        while (end < line.Length && char.IsWhiteSpace(line[end])) end++;
        if (level is < 1 or > 6 || end == level) level = 0;
        return level == 0 ? 0 : end;
    }

    [GeneratedRegex(@"(责编|美编|校对|编辑|审校|组版|版式|值班编委)[:：]\s*([^\s:：]+)")]
    private static partial Regex Staff();

    [GeneratedRegex(@"^\|?\s*:?-{3,}")]
    private static partial Regex PipeRule();
}
