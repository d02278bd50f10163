using NewsCorpus.Topics;

namespace NewsCorpus.Analysis.Terms;

/// <summary>How often a term occurs in the articles of a period, also per 10,000 characters of their text.</summary>
public sealed record TermFrequencyRow(Period Period, string Term, int Count, int Articles, double PerTenThousandChars);

/// <summary>How present a topic is in a period: articles scored on it, its term hits, hits per 10,000 characters, mean score.</summary>
public sealed record TopicFrequencyRow(Period Period, string Topic, int Articles, int Hits, double PerTenThousandChars, double MeanScore);

/// <summary>How often a term occurs over all periods, and in how many articles.</summary>
public sealed record TermTotal(string Term, int Count, int Articles);

/// <summary>Term and topic frequencies per period over articles (pure functions: no state, no display).</summary>
public static class TermFrequency
{
    /// <summary>
    /// Every term of every period, with its count normalised by the period's characters (per 10,000);
    /// <paramref name="terms"/> restricts the result to those terms (counted whole, as the segmenter cuts them).
    /// </summary>
    public static IReadOnlyList<TermFrequencyRow> PerPeriod(IEnumerable<Article> articles, TermCounter counter, PeriodGrain grain = PeriodGrain.Month, IEnumerable<string>? terms = null)
    {
        var only = terms?.ToHashSet();
        var rows = new List<TermFrequencyRow>();
        foreach (var period in articles.GroupBy(a => Period.Of(a.Published, grain)).OrderBy(g => g.Key))
        {
            var chars = 0;
            var counts = new Dictionary<string, (int Count, int Articles)>();
            foreach (var article in period)
            {
                chars += TermCounter.Length(article.Text);
                foreach (var (term, n) in counter.Count(article))
                {
                    if (only is not null && !only.Contains(term)) continue;
                    var c = counts.GetValueOrDefault(term);
                    counts[term] = (c.Count + n, c.Articles + 1);
                }
            }
            rows.AddRange(counts
                .OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new TermFrequencyRow(period.Key, kv.Key, kv.Value.Count, kv.Value.Articles, PerTenThousand(kv.Value.Count, chars))));
        }
        return rows;
    }

    /// <summary>Topics per period from the articles' TopicScores and the topic lexicon's term hits in their text.</summary>
    public static IReadOnlyList<TopicFrequencyRow> TopicsPerPeriod(IEnumerable<Article> articles, TopicScorer scorer, PeriodGrain grain = PeriodGrain.Month)
    {
        var rows = new List<TopicFrequencyRow>();
        foreach (var period in articles.GroupBy(a => Period.Of(a.Published, grain)).OrderBy(g => g.Key))
        {
            var chars = period.Sum(a => TermCounter.Length(a.Text));
            var hits = period.SelectMany(a => scorer.Hits(a.Text)).GroupBy(h => h.Term.Topic).ToDictionary(g => g.Key, g => g.Count());
            var scores = period.SelectMany(a => a.Topics).GroupBy(t => t.Name).ToDictionary(g => g.Key, g => (Articles: g.Count(), Mean: g.Average(t => t.Score)));
            foreach (var topic in scorer.Lexicon.Topics)
            {
                var s = scores.GetValueOrDefault(topic);
                var h = hits.GetValueOrDefault(topic);
                if (s.Articles == 0 && h == 0) continue;
                rows.Add(new TopicFrequencyRow(period.Key, topic, s.Articles, h, PerTenThousand(h, chars), s.Mean));
            }
        }
        return rows;
    }

    /// <summary>The <paramref name="top"/> terms with the most occurrences over all the periods of <paramref name="rows"/> (ties by term).</summary>
    public static IReadOnlyList<TermTotal> Totals(IEnumerable<TermFrequencyRow> rows, int top = 20) =>
        [.. rows.GroupBy(r => r.Term)
            .Select(g => new TermTotal(g.Key, g.Sum(r => r.Count), g.Sum(r => r.Articles)))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(top)];

    internal static double PerTenThousand(int count, int chars) => chars == 0 ? 0 : count * 10_000.0 / chars;
}
