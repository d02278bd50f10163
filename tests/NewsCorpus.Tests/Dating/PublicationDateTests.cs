using NewsCorpus.Dating;
using NewsCorpus.Pipeline;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Tests.Dating;

public class PublicationDateTests
{
    public static TheoryData<string, string?, PublishedFrom> WithoutManifest => new()
    {
        { "000", "2020-03-07", PublishedFrom.Inferred },
        { "001", "2020-02-01", PublishedFrom.Text },
        { "002", null, PublishedFrom.None },
        { "003", "2020-02-19", PublishedFrom.Text },
        { "004", "2022-01-08", PublishedFrom.Inferred },
    };

    [Theory]
    [MemberData(nameof(WithoutManifest))]
    public void Without_a_manifest_the_date_is_stated_or_honestly_inferred_for_every_article_of_the_page(string seed, string? date, PublishedFrom from)
    {
        var articles = NewsPipeline.Default.ParseFile(Seeds.File(seed)).Articles;
        Assert.All(articles, a => Assert.Equal((date, from), (a.Published?.ToString("yyyy-MM-dd"), a.PublishedFrom)));
        Assert.All(articles, a => Assert.NotNull(a.PublishedEvidence));
    }

    public static TheoryData<string, string, PublishedFrom> WithManifest => new()
    {
        { "000", "2020-03-07", PublishedFrom.Manifest },
        { "001", "2020-02-01", PublishedFrom.Text },
        { "002", "2022-11-11", PublishedFrom.Manifest },
        { "003", "2020-02-19", PublishedFrom.Text },
        { "004", "2022-01-08", PublishedFrom.Manifest },
    };

    [Theory]
    [MemberData(nameof(WithManifest))]
    public void With_the_data_directory_the_manifest_comes_before_inference_and_after_the_text(string seed, string date, PublishedFrom from)
    {
        var pipeline = NewsPipeline.CreateBuilder().UseDataDirectory(Seeds.DataDirectory).UseDefaults().Build();
        var articles = pipeline.ParseFile(Seeds.File(seed)).Articles;
        Assert.All(articles, a => Assert.Equal((date, from, "株洲日报"), (a.Published?.ToString("yyyy-MM-dd"), a.PublishedFrom, a.Paper)));
    }

    [Fact]
    public void Inference_evidence_names_the_lunar_date_and_the_latest_event()
    {
        var article = NewsPipeline.Default.ParseFile(Seeds.File("000")).Articles[0];
        Assert.Equal("not before 2020-03-07: latest dated event “3月7日”; year 2020: “1月28日，农历大年初四” (正月初四 on 1月28日) fits only 2020 among 2000–" + (DateTime.Today.Year + 1), article.PublishedEvidence);
    }

    [Theory]
    [InlineData("1月25日,农历正月初一,全家团圆。", 2000, 2030, "2020-01-25")]
    [InlineData("2月12日,农历正月初一。3月1日复工。", 2010, 2030, "2021-03-01")]
    [InlineData("2021年12月21日入院,今年1月7日脑死亡。", 2000, 2030, "2022-01-07")]
    public void Year_evidence_and_the_latest_event_give_the_date(string text, int first, int last, string expected)
    {
        var inferred = new DateInference(first..last).Infer(text);
        Assert.Equal(expected, inferred!.Date.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("11月11日,市委常委调研。")]
    [InlineData("1月28日,农历大年初四。")]
    public void Without_a_year_that_fits_exactly_nothing_is_inferred(string text) =>
        // 正月初四 fell on 1月28日 in 1982 and in 2020: two fits over 1950–2030, so no year.
        Assert.Null(new DateInference(1950..2030).Infer(text));

    [Fact]
    public void Precedence_is_text_then_manifest_then_file_name_then_inference()
    {
        var manifest = Manifest.Parse("file,published,published_source\n2021-05-06_page.txt,2021-05-07,archive\n");
        var stage = new PublicationDateStage(manifest);
        var article = new Article { Id = "x", Source = "raw/2021-05-06_page.txt", Layout = Layout.EpaperText, Lines = new(1, 1), Body = MappedText.Slice(Text, 0, Text.Length) };

        Assert.Equal((new DateOnly(2021, 5, 7), PublishedFrom.Manifest, "manifest.csv line 2 (archive)"), Resolve(stage, article));
        Assert.Equal(PublishedFrom.Text, stage.Enrich(article with { PageInfo = new PageInfo("p", new DateOnly(2021, 5, 8), "星期六", []) }).PublishedFrom);
        Assert.Equal((new DateOnly(2021, 5, 6), PublishedFrom.FileName, "file name “2021-05-06”"), Resolve(new PublicationDateStage(null), article));
        Assert.Equal(PublishedFrom.Inferred, new PublicationDateStage(null).Enrich(article with { Source = "page.txt" }).PublishedFrom);
    }

    private const string Text = "1月25日,农历正月初一";

    private static (DateOnly?, PublishedFrom, string?) Resolve(PublicationDateStage stage, Article article)
    {
        var a = stage.Enrich(article);
        return (a.Published, a.PublishedFrom, a.PublishedEvidence);
    }
}
