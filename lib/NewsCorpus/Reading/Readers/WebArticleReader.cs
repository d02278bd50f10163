using System.Globalization;
using System.Text.RegularExpressions;
using NewsCorpus.Reading.Assembly;
using NewsCorpus.Reading.Lexicon;

namespace NewsCorpus.Reading.Readers;

/// <summary>
/// One web article: title line ("主题——副题"), metadata line "YYYY-MM-DD hh:mm:ss 来源:… | 编辑:… | 浏览量:N",
/// byline, body with ▲ captions and subheadings, and a footer (责编, 来源, 下载APP).
/// </summary>
public sealed partial class WebArticleReader : IPageReader
{
    public Layout Layout => Layout.WebArticle;

    public PageReadResult Read(SourceDocument document)
    {
        var raw = document.Text;
        var paragraphs = Paragraph.Split(document);
        var (metaIndex, metaLine) = FindMeta(raw, paragraphs);
        if (metaIndex < 0) return new WholeFileReader().Read(document);

        var titleLines = paragraphs[metaIndex].Lines.TakeWhile(l => l.Number < metaLine.Number)
            .Concat(metaIndex > 0 ? paragraphs[metaIndex - 1].Lines : ArraySegment<SourceLine>.Empty).OrderBy(l => l.Number).ToList();
        var (title, subtitle) = SplitTitle(string.Concat(titleLines.Select(l => l.Text(raw).ToString())));
        var meta = Meta().Match(metaLine.Text(raw).ToString());

        var footerStart = FooterStart(raw, paragraphs);
        var draft = new ArticleDraft { Title = title, Subtitle = subtitle };
        draft.Own.Add(new LineRange(titleLines.Count > 0 ? titleLines[0].Number : metaLine.Number, metaLine.Number));
        for (var i = metaIndex + 1; i < footerStart; i++)
        {
            var p = paragraphs[i];
            var text = MappedJoin.Lines(raw, p.Lines);
            var block = BlockClassifier.ByMarks(text, p.First, p.Last, p.Lines.Count, p.BlankLinesBefore)
                ?? BlockClassifier.HeadingOrBody(text, p.First, p.Last, p.BlankLinesBefore, PageMarks.HasHeadlineShape(text.Span));
            switch (block.Kind)
            {
                case BlockKind.Byline:
                    draft.Bylines.AddRange(block.Bylines);
                    draft.Own.Add(block.Lines);
                    break;
                case BlockKind.Caption:
                    draft.AddCaption(block, block.Bylines);
                    break;
                case BlockKind.Heading or BlockKind.Label:
                    draft.Add(block, isHeading: true);
                    break;
                case BlockKind.Body when draft.LastUnfinished:
                    draft.MergeIntoLast(block);
                    draft.LastUnfinished = block.Unfinished;
                    break;
                default:
                    draft.Add(block);
                    draft.Bylines.AddRange(block.Bylines.Concat(block.Closing));
                    draft.LastUnfinished = block.Unfinished;
                    break;
            }
        }
        var footer = paragraphs.Skip(footerStart).SelectMany(p => p.Lines).ToList();
        if (footer.Count > 0) draft.Own.Add(new LineRange(footer[0].Number, footer[^1].Number));
        var article = ArticleFactory.Build(document, Layout, draft) with
        {
            Web = new WebInfo(
                DateTime.ParseExact(meta.Groups["ts"].Value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                Field(meta, "origin"), Field(meta, "editor"),
                int.TryParse(meta.Groups["views"].Value, out var views) ? views : null,
                footer.Count > 0 ? string.Join("\n", footer.Select(l => l.Text(raw).ToString())) : null),
        };
        return new([article], []);
    }

    /// <summary>The first metadata line and its paragraph; (-1, default) when there is none.</summary>
    private static (int Paragraph, SourceLine Line) FindMeta(string raw, List<Paragraph> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
            foreach (var line in paragraphs[i].Lines)
            {
                // The line starts with the year's digits; the pattern is tried only then.
                var text = line.Text(raw);
                if (text.Length > 0 && char.IsDigit(text[0]) && Meta().IsMatch(text)) return (i, line);
            }
        return (-1, default);
    }

    private static (string? Title, string? Subtitle) SplitTitle(string line)
    {
        var dash = line.IndexOf("——", StringComparison.Ordinal);
        return dash > 0 ? (line[..dash].Trim(), line[dash..].TrimStart('—').Trim()) : (line.Trim().Length > 0 ? line.Trim() : null, null);
    }

    /// <summary>The footer is the trailing run of short key-value or app-promotion lines (责编:…, 来源:…, 下载APP).</summary>
    private static int FooterStart(string raw, List<Paragraph> paragraphs)
    {
        var start = paragraphs.Count;
        while (start > 0 && paragraphs[start - 1].Lines.All(l => FooterLine().IsMatch(l.Text(raw)))) start--;
        return start;
    }

    private static string? Field(Match m, string name) => m.Groups[name].Success && m.Groups[name].Value.Trim().Length > 0 ? m.Groups[name].Value.Trim() : null;

    [GeneratedRegex(@"^(?<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\s*(来源[:：]\s*(?<origin>[^|｜]*?)\s*[|｜])?\s*(编辑[:：]\s*(?<editor>[^|｜]*?)\s*[|｜])?\s*(浏览量[:：]\s*(?<views>\d+))?")]
    private static partial Regex Meta();

    [GeneratedRegex(@"^(责编|编辑|来源|审核|校对|责任编辑)[:：]\S{1,20}$|^下载\s*APP$|^(打开|下载)\S{0,10}(客户端|APP)$", RegexOptions.IgnoreCase)]
    private static partial Regex FooterLine();
}
