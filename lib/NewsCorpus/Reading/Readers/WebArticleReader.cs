using System.Globalization;
using System.Text;
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

        var titleLines = TitleLines(paragraphs, metaIndex, metaLine);
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
                    draft.Bylines.AddRange(block.Bylines);
                    draft.Bylines.AddRange(block.Closing);
                    draft.LastUnfinished = block.Unfinished;
                    break;
            }
        }
        var footer = Footer(raw, paragraphs, footerStart);
        if (footer is not null) draft.Own.Add(new LineRange(paragraphs[footerStart].First, paragraphs[^1].Last));
        var article = ArticleFactory.Build(document, Layout, draft) with
        {
            Web = new WebInfo(
                Timestamp(meta.Groups["ts"].ValueSpan),
                Field(meta, "origin"), Field(meta, "editor"),
                int.TryParse(meta.Groups["views"].ValueSpan, out var views) ? views : null,
                footer),
        };
        return new([article], []);
    }

    /// <summary>The title: the lines before the metadata line in its paragraph, and the paragraph before it, in line order.</summary>
    private static List<SourceLine> TitleLines(List<Paragraph> paragraphs, int metaIndex, SourceLine metaLine)
    {
        var lines = new List<SourceLine>();
        foreach (var line in paragraphs[metaIndex].Lines)
        {
            if (line.Number >= metaLine.Number) break;
            lines.Add(line);
        }
        if (metaIndex > 0) lines.AddRange(paragraphs[metaIndex - 1].Lines);
        InsertionSort.By(lines, static l => l.Number);
        return lines;
    }

    /// <summary>The footer's lines joined by "\n"; null when there is no footer.</summary>
    private static string? Footer(string raw, List<Paragraph> paragraphs, int footerStart)
    {
        if (footerStart >= paragraphs.Count) return null;
        var text = new StringBuilder();
        for (var i = footerStart; i < paragraphs.Count; i++)
            foreach (var line in paragraphs[i].Lines)
                (text.Length > 0 ? text.Append('\n') : text).Append(line.Text(raw));
        return text.ToString();
    }

    /// <summary>"2020-02-19 08:30:00" read digit by digit; anything else (other digits, an impossible date) goes to the
    /// culture's parser, which also raises its error.</summary>
    private static DateTime Timestamp(ReadOnlySpan<char> s)
    {
        if (s.Length == 19 && s[4] == '-' && s[7] == '-' && s[10] == ' ' && s[13] == ':' && s[16] == ':'
            && Number(s[..4]) is var year and > 0 && Number(s[5..7]) is var month and >= 1 and <= 12
            && Number(s[8..10]) is var day and >= 1 && day <= DateTime.DaysInMonth(year, month)
            && Number(s[11..13]) is var hour and >= 0 and < 24 && Number(s[14..16]) is var minute and >= 0 and < 60
            && Number(s[17..19]) is var second and >= 0 and < 60)
            return new DateTime(year, month, day, hour, minute, second);
        return DateTime.ParseExact(s, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>The value of ASCII digits; -1 when any character is not one.</summary>
    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c)) return -1;
            value = value * 10 + c - '0';
        }
        return value;
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
