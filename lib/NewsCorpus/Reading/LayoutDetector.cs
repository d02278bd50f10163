using System.Text.RegularExpressions;
using NewsCorpus.Reading.Lexicon;
using NewsCorpus.Text;

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

    /// <summary>Line statistics the features read, gathered in one pass over the file's lines without copying them.</summary>
    private sealed class Shape(string text)
    {
        /// <summary>A line this long or shorter is a narrow print column's.</summary>
        public const int NarrowLine = 24;

        public string Text { get; } = text;
        public int LineCount { get; set; }
        public int MarkdownHeadings { get; set; }
        public bool HasPageDate { get; set; }
        public bool HasTimestampNearTop { get; set; }
        public double MeanLength { get; set; }
        public double LongShare { get; set; }

        /// <summary>Share of text lines with a blank line (or the file's edge) on both sides: unwrapped paragraphs.</summary>
        public double IsolatedShare { get; set; }

        /// <summary>The median line length is at most <see cref="NarrowLine"/>: more than half the lines are that short.</summary>
        public bool NarrowMedian { get; set; }

        private double? _cjkShare;

        /// <summary>Counted on first use: only a page whose lines look like narrow columns asks.</summary>
        public double CjkShare => _cjkShare ??= CountCjkShare(Text);
    }

    private static readonly string[] WebMetadataKeys = ["浏览量", "来源:", "来源：", "下载APP"];
    private static readonly string[] EpaperTextKeys = ["上接", "讲述人"];

    private static readonly Feature[] Features =
    [
        new(Layout.EpaperMarkdown, "markdown headings", 2, s => Math.Min(4, s.MarkdownHeadings)),
        new(Layout.EpaperMarkdown, "page date line", 2, s => s.HasPageDate ? 1 : 0),
        new(Layout.EpaperMarkdown, "staff line", 1, s => s.Text.Contains("责编", StringComparison.Ordinal) && s.Text.Contains("美编", StringComparison.Ordinal) ? 1 : 0),
        new(Layout.WebArticle, "timestamp line", 3, s => s.HasTimestampNearTop ? 1 : 0),
        new(Layout.WebArticle, "web metadata", 1, s => CountContained(s.Text, WebMetadataKeys)),
        new(Layout.EpaperText, "bracketed datelines", 1.5, s => CountUpTo(BracketDateline(), s.Text, 3)),
        new(Layout.EpaperText, "one line per paragraph", 3, s => s.IsolatedShare > 0.7 && s.MeanLength >= 15 && s.MarkdownHeadings == 0 ? 1 : 0),
        new(Layout.EpaperText, "continuations and 讲述人", 0.5, s => CountContained(s.Text, EpaperTextKeys)),
        new(Layout.PrintOcr, "narrow columns of Chinese text", 4, s => s.LineCount >= 10 && s.NarrowMedian && s.LongShare < 0.1 && s.CjkShare > 0.5 ? 1 : 0),
        new(Layout.PrintOcr, "OCR spaces around digits", 0.5, s => CountOcrSpacedDates(s.Text, 4)),
    ];

    /// <summary>Layouts in the order ties are broken (the first of equal scores wins).</summary>
    private static readonly Layout[] Candidates = [Layout.PrintOcr, Layout.WebArticle, Layout.EpaperText, Layout.EpaperMarkdown];

    public static Layout Detect(string text)
    {
        Span<double> scores = stackalloc double[Candidates.Length];
        Score(text, scores);
        var best = 0;
        for (var k = 1; k < scores.Length; k++)
            if (scores[k] > scores[best]) best = k;
        return scores[best] >= MinimumScore ? Candidates[best] : Layout.Unknown;
    }

    /// <summary>The score of every layout, for diagnostics and notebooks.</summary>
    public static IReadOnlyDictionary<Layout, double> Scores(string text)
    {
        Span<double> values = stackalloc double[Candidates.Length];
        Score(text, values);
        var scores = new Dictionary<Layout, double>();
        for (var k = 0; k < Candidates.Length; k++) scores[Candidates[k]] = values[k];
        return scores;
    }

    private static void Score(string text, Span<double> scores)
    {
        var shape = Measure(text);
        foreach (var f in Features) scores[Array.IndexOf(Candidates, f.Layout)] += f.Weight * f.Strength(shape);
    }

    private static Shape Measure(string text)
    {
        var shape = new Shape(text);
        int lines = 0, isolated = 0, longLines = 0, narrowLines = 0, headings = 0;
        long totalLength = 0;
        bool blankBefore = true, pendingIsolated = false, pageDate = false, timestamp = false;
        foreach (var raw in text.AsSpan().Split('\n'))
        {
            var line = WhiteSpace.Trim(text.AsSpan(raw));
            if (line.Length == 0)
            {
                if (pendingIsolated) isolated++;
                pendingIsolated = false;
                blankBefore = true;
                continue;
            }
            pendingIsolated = blankBefore;
            blankBefore = false;
            lines++;
            totalLength += line.Length;
            if (line.Length > 60) longLines++;
            if (line.Length <= Shape.NarrowLine) narrowLines++;
            // Each pattern is anchored at the line start: it is tried only on lines that start as it does.
            if (line[0] == '#') { if (PageMarks.MarkdownHeadingMark(line, out _) > 0) headings++; }
            else if (char.IsDigit(line[0]))
            {
                pageDate = pageDate || PageMarks.PageDate().IsMatch(line);
                timestamp = timestamp || (lines <= 5 && WebTimestamp().IsMatch(line));
            }
        }
        if (pendingIsolated) isolated++;
        shape.LineCount = lines;
        shape.MarkdownHeadings = headings;
        shape.HasPageDate = pageDate;
        shape.HasTimestampNearTop = timestamp;
        if (lines == 0) return shape;
        shape.MeanLength = (double)totalLength / lines;
        shape.LongShare = (double)longLines / lines;
        shape.IsolatedShare = (double)isolated / lines;
        shape.NarrowMedian = narrowLines > lines / 2;
        return shape;
    }

    private static int CountContained(string text, string[] keys)
    {
        var count = 0;
        foreach (var key in keys)
            if (text.Contains(key, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>Share of the common CJK ideographs among the letters, without a Unicode lookup for the ideographs and ASCII.</summary>
    private static double CountCjkShare(string text)
    {
        int letters = 0, cjk = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4e00' and <= '\u9fff') { letters++; cjk++; }
            else if (c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c)) letters++;
        }
        return letters == 0 ? 0 : (double)cjk / letters;
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

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?\s")]
    private static partial Regex WebTimestamp();

    [GeneratedRegex(@"讯\s*[（(][^（）()]{0,12}(记者|通讯员)")]
    private static partial Regex BracketDateline();

}
