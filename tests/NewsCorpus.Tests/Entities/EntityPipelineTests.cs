using NewsCorpus.Pipeline;
using NewsCorpus.Serialization;
using System.Text.Json;

namespace NewsCorpus.Tests.Entities;

public class EntityPipelineTests
{
    [Fact]
    public void The_default_pipeline_fills_places_organisations_people_and_topics_with_spans_into_the_text()
    {
        var result = NewsPipeline.Default.ParseFile(Shared.Seeds.File("002"));
        var articles = result.Articles;
        var people = articles.SelectMany(a => a.People.Select(p => (a, p))).ToList();
        var (article, wang) = people.First(x => x.p.Name == "王卫安");
        Assert.Equal("市委常委、常务副市长", wang.Title);
        Assert.Equal("王卫安", article.Text[wang.Span.Start..wang.Span.End]);
        var place = articles.SelectMany(a => a.Places).First(p => p.Name == "天元区");
        Assert.Equal("株洲市", place.Parent);
        Assert.Contains(articles.SelectMany(a => a.Organizations), o => o is { Name: "株洲市卫生健康委员会", Alias: "市卫健委" });
        Assert.Contains(articles.SelectMany(a => a.Topics), t => t.Name == "静默管控");
    }

    [Fact]
    public void The_json_has_every_mention_with_its_span()
    {
        var article = NewsPipeline.Default.ParseFile(Shared.Seeds.File("001")).Articles.First(a => a.Places.Count > 0);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, ArticleJsonWriter.Options)) ArticleJsonWriter.Write(w, article);
        using var json = JsonDocument.Parse(stream.ToArray());
        var places = json.RootElement.GetProperty("places");
        Assert.Equal(article.Places.Count, places.GetArrayLength());
        var first = places[0];
        Assert.Equal(article.Places[0].Name, first.GetProperty("name").GetString());
        Assert.Equal(article.Places[0].Span.Start, first.GetProperty("span")[0].GetInt32());
        Assert.Equal(article.People.Count, json.RootElement.GetProperty("people").GetArrayLength());
    }
}
