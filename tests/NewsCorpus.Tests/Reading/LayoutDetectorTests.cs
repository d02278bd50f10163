using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsCorpus.Reading;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Tests.Reading;

public class LayoutDetectorTests
{
    [Theory]
    [MemberData(nameof(SeedArticlesTests.SeedLayouts), MemberType = typeof(SeedArticlesTests))]
    public void Each_seed_is_recognised_with_a_clear_margin(string seed, Layout layout)
    {
        var scores = LayoutDetector.Scores(File.ReadAllText(Seeds.File(seed)));
        var best = scores.MaxBy(kv => kv.Value);
        Assert.Equal(layout, best.Key);
        Assert.True(scores.Where(kv => kv.Key != layout).All(kv => best.Value - kv.Value >= 2), string.Join(", ", scores));
    }

    [Theory]
    [InlineData("hello world\nthis is not a newspaper page at all\n")]
    [InlineData("")]
    public void Text_of_no_known_shape_is_unknown(string text) => Assert.Equal(Layout.Unknown, LayoutDetector.Detect(text));

    [Fact]
    public void One_stray_marker_does_not_decide_the_layout()
    {
        // A print OCR page that happens to quote "浏览量" and "日报讯" is still print OCR.
        var text = File.ReadAllText(Seeds.File("000")) + "\n浏览量\n株洲日报讯\n";
        Assert.Equal(Layout.PrintOcr, LayoutDetector.Detect(text));
    }

    [Fact]
    public void An_unknown_file_becomes_one_article_with_a_diagnostic()
    {
        var result = NewsCorpus.Pipeline.NewsPipeline.Default.ParseBytes("hello world\nsecond line\n"u8, "x.txt");
        var article = Assert.Single(result.Articles);
        Assert.Equal(Layout.Unknown, article.Layout);
        Assert.Equal(new LineRange(1, 2), article.Lines);
        Assert.Contains(result.Report.Diagnostics, d => d.Code == "unknown-layout");
    }
}

public class OcrSpacedDateCountTests
{
    [Theory]
    [InlineData("000", 24)]
    [InlineData("001", 0)]
    [InlineData("004", 0)]
    public void Counts_the_spaced_dates_of_a_seed(string seed, int expected) =>
        Assert.Equal(expected, LayoutDetector.CountOcrSpacedDates(File.ReadAllText(Seeds.File(seed)), int.MaxValue));

    [Theory]
    [InlineData("2 月 26 日", 2)]
    [InlineData("月 5 日", 1)]
    [InlineData("5 月 6", 1)]
    [InlineData("2 月26日，3 日", 2)]
    [InlineData("2月26日", 0)]
    public void Counts_like_the_pattern_it_replaces(string text, int expected) =>
        Assert.Equal(expected, LayoutDetector.CountOcrSpacedDates(text, int.MaxValue));

    private static readonly string[] Pieces = ["月", "日", "2", "０", " ", "　", "\n", "年", "a"];

    public static Arbitrary<string> Texts() => Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary();

    /// <summary>The hand-written scan counts what the regular expression it replaced counts, with and without a cap.</summary>
    [Property(Arbitrary = [typeof(OcrSpacedDateCountTests)], MaxTest = 500)]
    public bool Agrees_with_the_regular_expression(string text)
    {
        var expected = Regex.Matches(text, @"\d\s+[月日]|[月日]\s+\d").Count;
        return LayoutDetector.CountOcrSpacedDates(text, int.MaxValue) == expected
            && LayoutDetector.CountOcrSpacedDates(text, 2) == Math.Min(2, expected);
    }
}
