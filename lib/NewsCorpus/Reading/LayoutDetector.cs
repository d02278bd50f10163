using System.Text.RegularExpressions;
using NewsCorpus.Reading.Lexicon;

namespace NewsCorpus.Reading;

/// <summary>
/// Tells the layout of a decoded file from scored features of its shape (markdown headings, a web
/// metadata line, long one-line paragraphs with datelines, narrow hard-wrapped columns), so that one
/// stray substring cannot decide it. Below <see cref="MinimumScore"/> the layout is unknown.
/// </summary>
public static partial class LayoutDetector
{
    public const double MinimumScore = 3;

    /// <summary>A feature of a layout: how it is recognised and what it adds to that layout's score.</summary>
    private sealed record Feature(Layout Layout, string Name, double Weight, Func<Shape, double> Strength);

    /// <summary>Line statistics the features read, computed once per file.</summary>
    /// <param name="IsolatedShare">Share of text lines with a blank line (or the file's edge) on both sides: unwrapped paragraphs.</param>
    private sealed record Shape(string Text, string[] Lines, double MedianLength, double MeanLength, double LongShare, double CjkShare, double IsolatedShare);

    private static readonly Feature[] Features =
    [
        new(Layout.EpaperMarkdown, "markdown headings", 2, s => Math.Min(4, s.Lines.Count(l => MarkdownHeading().IsMatch(l)))),
        new(Layout.EpaperMarkdown, "page date line", 2, s => s.Lines.Any(l => PageMarks.PageDate().IsMatch(l)) ? 1 : 0),
        new(Layout.EpaperMarkdown, "staff line", 1, s => s.Text.Contains("责编", StringComparison.Ordinal) && s.Text.Contains("美编", StringComparison.Ordinal) ? 1 : 0),
        new(Layout.WebArticle, "timestamp line", 3, s => s.Lines.Take(5).Any(l => WebTimestamp().IsMatch(l)) ? 1 : 0),
        new(Layout.WebArticle, "web metadata", 1, s => new[] { "浏览量", "来源:", "来源：", "下载APP" }.Count(k => s.Text.Contains(k, StringComparison.Ordinal))),
        new(Layout.EpaperText, "bracketed datelines", 1.5, s => CountUpTo(BracketDateline(), s.Text, 3)),
        new(Layout.EpaperText, "one line per paragraph", 3, s => s.IsolatedShare > 0.7 && s.MeanLength >= 15 && s.Lines.All(l => !MarkdownHeading().IsMatch(l)) ? 1 : 0),
        new(Layout.EpaperText, "continuations and 讲述人", 0.5, s => new[] { "上接", "讲述人" }.Count(k => s.Text.Contains(k, StringComparison.Ordinal))),
        new(Layout.PrintOcr, "narrow columns of Chinese text", 4, s => s.Lines.Length >= 10 && s.CjkShare > 0.5 && s.MedianLength <= 24 && s.LongShare < 0.1 ? 1 : 0),
        new(Layout.PrintOcr, "OCR spaces around digits", 0.5, s => CountOcrSpacedDates(s.Text, 4)),
    ];

    public static Layout Detect(string text)
    {
        var (layout, score) = Scores(text).MaxBy(kv => kv.Value);
        return score >= MinimumScore ? layout : Layout.Unknown;
    }

    /// <summary>The score of every layout, for diagnostics and notebooks.</summary>
    public static IReadOnlyDictionary<Layout, double> Scores(string text)
    {
        var shape = Measure(text);
        var scores = new Dictionary<Layout, double> { [Layout.PrintOcr] = 0, [Layout.WebArticle] = 0, [Layout.EpaperText] = 0, [Layout.EpaperMarkdown] = 0 };
        foreach (var f in Features) scores[f.Layout] += f.Weight * f.Strength(shape);
        return scores;
    }

    private static Shape Measure(string text)
    {
        var lines = new List<string>();
        var lengths = new List<int>();
        int isolated = 0, longLines = 0;
        bool blankBefore = true, pendingIsolated = false;
        foreach (var raw in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(raw).Trim();
            if (line.Length == 0)
            {
                if (pendingIsolated) isolated++;
                pendingIsolated = false;
                blankBefore = true;
                continue;
            }
            pendingIsolated = blankBefore;
            blankBefore = false;
            lines.Add(line.ToString());
            lengths.Add(line.Length);
            if (line.Length > 60) longLines++;
        }
        if (pendingIsolated) isolated++;
        if (lines.Count == 0) return new(text, [], 0, 0, 0, 0, 0);
        lengths.Sort();
        var (letters, cjk) = CountLetters(text);
        return new(text, [.. lines], lengths[lengths.Count / 2], lengths.Average(), (double)longLines / lines.Count,
            letters == 0 ? 0 : (double)cjk / letters, (double)isolated / lines.Count);
    }

    /// <summary>Letters, and of them the common CJK ideographs, without a Unicode lookup for the ideographs and ASCII.</summary>
    private static (int Letters, int Cjk) CountLetters(string text)
    {
        int letters = 0, cjk = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4e00' and <= '\u9fff') { letters++; cjk++; }
            else if (c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c)) letters++;
        }
        return (letters, cjk);
    }

    /// <summary>Matches of a pattern, counted no further than the feature's cap: a long page need not be scanned to its end.</summary>
    private static int CountUpTo(Regex pattern, string text, int cap)
    {
        var count = 0;
        foreach (var _ in pattern.EnumerateMatches(text))
            if (++count == cap) break;
        return count;
    }

    /// <summary>
    /// Spaces an OCR put between a digit and 月/日 ("2 月 26 日"), counted up to cap as the pattern
    /// <c>\d\s+[月日]|[月日]\s+\d</c> would match them (leftmost, not overlapping). Written out because
    /// digits are everywhere: the pattern tried a match at each of them, the scan starts only at 月 and 日.
    /// </summary>
    internal static int CountOcrSpacedDates(string text, int cap)
    {
        int count = 0, from = 0;
        for (var k = text.AsSpan().IndexOfAny('月', '日'); k >= 0 && count < cap;)
        {
            var before = k - 1;
            while (before >= from && char.IsWhiteSpace(text[before])) before--;
            var after = k + 1;
            while (after < text.Length && char.IsWhiteSpace(text[after])) after++;
            if (before < k - 1 && before >= from && char.IsDigit(text[before])) { count++; from = k + 1; }
            else if (k >= from && after > k + 1 && after < text.Length && char.IsDigit(text[after])) { count++; from = after + 1; }
            var next = text.AsSpan(k + 1).IndexOfAny('月', '日');
            k = next < 0 ? -1 : k + 1 + next;
        }
        return count;
    }

    [GeneratedRegex(@"^#{1,6}\s+\S")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?\s")]
    private static partial Regex WebTimestamp();

    [GeneratedRegex(@"讯\s*[（(][^（）()]{0,12}(记者|通讯员)")]
    private static partial Regex BracketDateline();

}
