using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsCorpus.Reading;
using NewsCorpus.Reading.Lexicon;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Tests.Reading;

/// <summary>
/// The one-pass detector scores every layout exactly as the straightforward measurement it replaced: every
/// line copied, sorted for the median, each feature a LINQ query or a regex over all lines.
/// </summary>
public sealed class LayoutDetectorReferenceTests
{
    private static readonly Regex MarkdownHeading = new(@"^#{1,6}\s+\S");
    private static readonly Regex WebTimestamp = new(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?\s");
    private static readonly Regex BracketDateline = new(@"讯\s*[（(][^（）()]{0,12}(记者|通讯员)");

    private static Dictionary<Layout, double> ReferenceScores(string text)
    {
        var lines = new List<string>();
        int isolated = 0, longLines = 0;
        bool blankBefore = true, pendingIsolated = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (pendingIsolated) isolated++;
                pendingIsolated = false;
                blankBefore = true;
                continue;
            }
            pendingIsolated = blankBefore;
            blankBefore = false;
            lines.Add(line);
            if (line.Length > 60) longLines++;
        }
        if (pendingIsolated) isolated++;
        var lengths = lines.Select(l => l.Length).Order().ToList();
        var median = lines.Count == 0 ? 0 : lengths[lengths.Count / 2];
        var mean = lines.Count == 0 ? 0 : lengths.Average();
        var longShare = lines.Count == 0 ? 0 : (double)longLines / lines.Count;
        var isolatedShare = lines.Count == 0 ? 0 : (double)isolated / lines.Count;
        var letters = text.Count(char.IsLetter);
        var cjkShare = lines.Count == 0 || letters == 0 ? 0 : (double)text.Count(c => c is >= '\u4e00' and <= '\u9fff') / letters;
        double Contains(params string[] keys) => keys.Count(k => text.Contains(k, StringComparison.Ordinal));
        var scores = new Dictionary<Layout, double> { [Layout.PrintOcr] = 0, [Layout.WebArticle] = 0, [Layout.EpaperText] = 0, [Layout.EpaperMarkdown] = 0 };
        scores[Layout.EpaperMarkdown] += 2 * Math.Min(4, lines.Count(l => MarkdownHeading.IsMatch(l)));
        scores[Layout.EpaperMarkdown] += 2 * (lines.Any(l => PageMarks.PageDate().IsMatch(l)) ? 1 : 0);
        scores[Layout.EpaperMarkdown] += 1 * (text.Contains("责编", StringComparison.Ordinal) && text.Contains("美编", StringComparison.Ordinal) ? 1 : 0);
        scores[Layout.WebArticle] += 3 * (lines.Take(5).Any(l => WebTimestamp.IsMatch(l)) ? 1 : 0);
        scores[Layout.WebArticle] += 1 * Contains("浏览量", "来源:", "来源：", "下载APP");
        scores[Layout.EpaperText] += 1.5 * Math.Min(3, BracketDateline.Matches(text).Count);
        scores[Layout.EpaperText] += 3 * (isolatedShare > 0.7 && mean >= 15 && lines.All(l => !MarkdownHeading.IsMatch(l)) ? 1 : 0);
        scores[Layout.EpaperText] += 0.5 * Contains("上接", "讲述人");
        scores[Layout.PrintOcr] += 4 * (lines.Count >= 10 && cjkShare > 0.5 && median <= 24 && longShare < 0.1 ? 1 : 0);
        scores[Layout.PrintOcr] += 0.5 * LayoutDetector.CountOcrSpacedDates(text, 4);
        return scores;
    }

    [Theory]
    [MemberData(nameof(SeedArticlesTests.SeedLayouts), MemberType = typeof(SeedArticlesTests))]
    public void Scores_each_seed_as_the_reference_does(string seed, Layout layout)
    {
        var text = File.ReadAllText(Seeds.File(seed));

        Assert.Equal(ReferenceScores(text), LayoutDetector.Scores(text));
        Assert.Equal(layout, LayoutDetector.Detect(text));
    }

    /// <summary>Lines of every shape a feature looks for, and of none.</summary>
    private static readonly string[] Lines =
    [
        "", " ", "# 坚决打赢疫情防控阻击战", "### 日志、信息,可手机直报", "#######  七级", "#标题", "2020年02月19日 星期三",
        "责编:邱峰 美编:郭金芳", "2019-03-07 13:30:17   来源:株洲日报 | 编辑:王珈 | 浏览量:7628", "下载APP",
        "本报讯(记者 戴凛 通讯员 雷江华)“在微信上就能快速直报社区、企业信息,非常便捷。”记者昨日了解到,为及时掌握全市机关下派干部",
        "◀上接01版", "讲述人:市委党校(行政学院)苏海新", "株洲日报讯 2 月 26 日", "疫情防控,既是大战,", "也是大考。关键时刻,",
        "各乡镇(街道)、村(社区)", "hello world", "\u3000\u3000党组织充分发挥", "12 月 3 日上午",
    ];

    public static Arbitrary<string> Pages() =>
        Gen.ListOf(Gen.Elements(Lines)).Select(lines => string.Join("\n", lines)).ToArbitrary();

    [Property(Arbitrary = [typeof(LayoutDetectorReferenceTests)], MaxTest = 300)]
    public bool Scores_any_page_as_the_reference_does(string page)
    {
        var expected = ReferenceScores(page);
        var actual = LayoutDetector.Scores(page);
        return expected.Count == actual.Count && expected.All(kv => actual[kv.Key] == kv.Value);
    }

    [Theory]
    [InlineData("# 标题", 2, 1)]
    [InlineData("###### 六", 7, 6)]
    [InlineData("####### 七", 0, 0)]
    [InlineData("#标题", 0, 0)]
    [InlineData("#\u3000\u3000标题", 3, 1)]
    [InlineData("# ", 0, 0)]
    public void Reads_the_markdown_heading_mark(string line, int mark, int level)
    {
        Assert.Equal(mark, PageMarks.MarkdownHeadingMark(line, out var actual));
        Assert.Equal(level, actual);
        Assert.Equal(MarkdownHeading.IsMatch(line), mark > 0);
    }
}
