using NewsCorpus.Pipeline;
using NewsCorpus.Tests.Shared;
using Xunit.Abstractions;

namespace NewsCorpus.Tests.Reading;

/// <summary>The readers against the independent reading of every seed (expected-articles.json).</summary>
public class SeedArticlesTests(ITestOutputHelper output)
{
    public static TheoryData<string, Layout> SeedLayouts => new()
    {
        { "000", Layout.PrintOcr }, { "001", Layout.WebArticle }, { "002", Layout.EpaperText }, { "003", Layout.EpaperMarkdown }, { "004", Layout.EpaperMarkdown },
    };

    [Theory]
    [MemberData(nameof(SeedLayouts))]
    public void Every_article_of_a_seed_is_read_with_its_lines_title_and_bylines(string seed, Layout layout)
    {
        var read = NewsPipeline.Default.ParseFile(Seeds.File(seed)).Articles;
        var expected = ExpectedArticles.Of(seed).ToList();

        Assert.All(read, a => Assert.Equal(layout, a.Layout));
        Assert.Equal(expected.Select(e => e.Lines), read.Select(a => a.Lines));
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], read[i]);
            Assert.Equal((e.Section, e.Title, e.Subtitle, e.Dateline), (a.Section, a.Title, a.Subtitle, a.Dateline));
            Assert.Equal(e.Bylines, a.Bylines);
            Assert.Equal(e.Parts, a.Parts);
            Assert.Equal(e.Continuation is null ? [] : [e.Continuation], a.Continuations);
        }
    }

    [Fact]
    public void At_least_90_percent_of_the_seed_articles_are_found_whole_with_title_and_bylines()
    {
        var read = NewsPipeline.Default.ParseFiles(Directory.EnumerateFiles(Seeds.RawDirectory).Order()).SelectMany(r => r.Articles).ToList();
        var missed = ExpectedArticles.All.Where(e => !ExpectedArticles.IsFound(e, read.Where(a => a.Source.Contains($"{Path.DirectorySeparatorChar}{e.Seed}_")))).ToList();
        var share = 1.0 - (double)missed.Count / ExpectedArticles.All.Count;
        output.WriteLine($"found {ExpectedArticles.All.Count - missed.Count} of {ExpectedArticles.All.Count} ({share:P1}); missed: {string.Join("; ", missed)}");

        Assert.Equal(37, ExpectedArticles.All.Count);
        Assert.Equal(37, read.Count);
        Assert.True(share >= 0.9, $"only {share:P1} found");
        Assert.Empty(missed);
    }
}
