namespace NewsCorpus.Analysis.Terms;

/// <summary>Articles that mention a place and are about a topic, with the margins to compare against.</summary>
/// <param name="Lift">Observed articles over those expected if place and topic were independent (above 1: they go together).</param>
public sealed record PlaceTopicRow(string Place, string Topic, int Articles, int PlaceArticles, int TopicArticles, double Lift);

public static class Cooccurrence
{
    /// <summary>
    /// Place × topic pairs over the articles' Places and Topics (a topic counts when its score is at least
    /// <paramref name="minScore"/>), most frequent first. Places are counted by canonical name, once per article.
    /// </summary>
    public static IReadOnlyList<PlaceTopicRow> PlacesAndTopics(IEnumerable<Article> articles, double minScore = 0.3)
    {
        var list = articles.ToList();
        var placeSets = list.Select(a => a.Places.Select(p => p.Name).ToHashSet()).ToList();
        var topicSets = list.Select(a => a.Topics.Where(t => t.Score >= minScore).Select(t => t.Name).ToHashSet()).ToList();
        var placeArticles = placeSets.SelectMany(s => s).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var topicArticles = topicSets.SelectMany(s => s).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var pairs = new Dictionary<(string Place, string Topic), int>();
        for (var i = 0; i < list.Count; i++)
            foreach (var place in placeSets[i])
                foreach (var topic in topicSets[i])
                    pairs[(place, topic)] = pairs.GetValueOrDefault((place, topic)) + 1;
        return [.. pairs
            .Select(kv => new PlaceTopicRow(kv.Key.Place, kv.Key.Topic, kv.Value, placeArticles[kv.Key.Place], topicArticles[kv.Key.Topic],
                kv.Value * (double)list.Count / (placeArticles[kv.Key.Place] * (double)topicArticles[kv.Key.Topic])))
            .OrderByDescending(r => r.Articles).ThenBy(r => r.Place, StringComparer.Ordinal).ThenBy(r => r.Topic, StringComparer.Ordinal)];
    }
}
