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
