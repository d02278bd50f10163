using NewsCorpus.Topics;

namespace NewsCorpus.Analysis.Terms;

/// <summary>How often a topic's lexicon term occurs in the articles.</summary>
public sealed record TopicTermHits(string Topic, string Term, int Hits);

/// <summary>Which topic terms the articles use most: to pick keywords from the data rather than by hand.</summary>
public static class TopicTerms
{
    /// <summary>Every topic term found in the articles, topics by their total hits and terms by theirs (ties by name).</summary>
    public static IReadOnlyList<TopicTermHits> Ranked(IEnumerable<Article> articles, TopicScorer scorer)
    {
        var hits = articles.SelectMany(a => scorer.Hits(a.Text))
            .GroupBy(h => (h.Term.Topic, h.Term.Term))
            .Select(g => new TopicTermHits(g.Key.Topic, g.Key.Term, g.Count()))
            .ToList();
        var topicHits = hits.GroupBy(h => h.Topic).ToDictionary(g => g.Key, g => g.Sum(h => h.Hits));
        return [.. hits
            .OrderByDescending(h => topicHits[h.Topic]).ThenBy(h => h.Topic, StringComparer.Ordinal)
            .ThenByDescending(h => h.Hits).ThenBy(h => h.Term, StringComparer.Ordinal)];
    }

    /// <summary>The most used term of each of the <paramref name="topics"/> topics with the most hits (empty when no topic term occurs).</summary>
    public static IReadOnlyList<string> Strongest(IEnumerable<Article> articles, TopicScorer scorer, int topics = 1) =>
        [.. Ranked(articles, scorer).GroupBy(h => h.Topic).Take(topics).Select(g => g.First().Term).Distinct()];
}
