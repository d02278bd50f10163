using NewsCorpus.Analysis.Terms;

namespace NewsCorpus.Analysis.Tests.Terms;

public class CooccurrenceTests
{
    [Fact]
    public void Places_and_topics_are_counted_once_per_article_with_their_lift()
    {
        var articles = new[]
        {
            TermTestArticles.Make("a", "", places: ["天元区", "天元区"], topics: [("献血", 0.9)]),
            TermTestArticles.Make("b", "", places: ["天元区"], topics: [("献血", 0.8), ("复工复产", 0.1)]),
            TermTestArticles.Make("c", "", places: ["醴陵市"], topics: [("静默管控", 0.7)]),
            TermTestArticles.Make("d", "", places: ["醴陵市"], topics: [("献血", 0.5)]),
        };
        var rows = Cooccurrence.PlacesAndTopics(articles, minScore: 0.3);
        Assert.Equal(
            [("天元区", "献血", 2, 2, 3), ("醴陵市", "献血", 1, 2, 3), ("醴陵市", "静默管控", 1, 2, 1)],
            rows.Select(r => (r.Place, r.Topic, r.Articles, r.PlaceArticles, r.TopicArticles)));
        Assert.Equal(2 * 4.0 / (2 * 3), rows[0].Lift, 12);
    }
}
