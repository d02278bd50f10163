using NewsCorpus.Pipeline;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Tests.Text;

public class NormalizationStageTests
{
    [Fact]
    public void Every_article_of_every_seed_gets_a_normalised_text_that_maps_into_the_raw_file()
    {
        var pipeline = NewsPipeline.CreateBuilder().UseDataDirectory(Seeds.DataDirectory).UseDefaults().Build();
        foreach (var file in Directory.EnumerateFiles(Seeds.RawDirectory))
        {
            var raw = File.ReadAllText(file);
            foreach (var article in pipeline.ParseFile(file).Articles)
            {
                var n = Assert.IsType<MappedText>(article.Normalized);
                Assert.Equal(n.Text, article.Text);
                for (var i = 0; i < n.Text.Length; i++)
                    Assert.True(TextNormalizerTests.SameAfterFolding(raw[n.Offsets[i]], n.Text[i]) || n.Text[i] is '\n' or ' ', // paragraph breaks the readers insert
                        $"{Path.GetFileName(file)} {article.Title}: char {i} '{n.Text[i]}' maps to raw '{raw[n.Offsets[i]]}'");
            }
        }
    }

    [Fact]
    public void Mentions_span_the_text_they_quote()
    {
        var pipeline = NewsPipeline.CreateBuilder().UseDataDirectory(Seeds.DataDirectory).UseDefaults().Build();
        var articles = pipeline.ParseFile(Seeds.File("004")).Articles;
        var all = articles.SelectMany(a => a.Dates.Select(d => (a.Text, d.Text, d.Span)).Concat(a.Quantities.Select(q => (a.Text, q.Text, q.Span)))).ToList();
        Assert.NotEmpty(all);
        Assert.All(all, m => Assert.Equal(m.Item2, m.Item1[m.Span.Start..m.Span.End]));
        var blood = articles.Single(a => a.Title == "无偿献血事业逆势突围的背后");
        Assert.Contains(blood.Quantities, q => q is { Text: "3576170毫升", Value: 3576170m, Unit: "mL" });
        Assert.Contains(blood.Dates, d => d is { Text: "去年", Start: "2021-01-01", End: "2021-12-31" });
    }
}
