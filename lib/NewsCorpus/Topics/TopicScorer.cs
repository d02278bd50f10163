namespace NewsCorpus.Topics;

/// <summary>A term of a topic found in a text.</summary>
public sealed record TopicHit(TopicTerm Term, Span Span);

/// <summary>
/// Scores a text against each topic lexicon: the weighted occurrences of its terms (longest match, no overlaps)
/// per 1,000 characters, mapped to 0..1 by score = 1 − e^(−density / Scale). A topic needs at least
/// <see cref="MinimumHits"/> occurrences to be reported; topics are returned best first.
/// </summary>
public sealed class TopicScorer(TopicLexicon? lexicon = null)
{
    public TopicLexicon Lexicon { get; } = lexicon ?? TopicLexicon.Embedded;

    /// <summary>Weighted hits per 1,000 characters that give a score of 1 − 1/e ≈ 0.63.</summary>
    public double Scale { get; init; } = 4.0;

    public int MinimumHits { get; init; } = 2;

    /// <summary>Scores below this are not reported.</summary>
    public double MinimumScore { get; init; } = 0.05;

    /// <summary>Every occurrence of a topic term, in text order.</summary>
    public IReadOnlyList<TopicHit> Hits(string text)
    {
        var hits = new List<TopicHit>();
        var s = text.AsSpan();
        for (var i = 0; i < s.Length;)
        {
            var length = Lexicon.Trie.LongestAt(s, i, out var terms);
            if (length == 0) { i++; continue; }
            foreach (var term in terms) hits.Add(new TopicHit(term, new Span(i, i + length)));
            i += length;
        }
        return hits;
    }

    public IReadOnlyList<TopicScore> Score(string text)
    {
        var length = 0;
        foreach (var c in text) if (!char.IsWhiteSpace(c)) length++;
        if (length == 0) return [];
        return [.. Hits(text)
            .GroupBy(h => h.Term.Topic)
            .Where(g => g.Count() >= MinimumHits)
            .Select(g => new TopicScore(g.Key, 1 - Math.Exp(-g.Sum(h => h.Term.Weight) * 1000.0 / length / Scale)))
            .Where(t => t.Score >= MinimumScore)
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.Name, StringComparer.Ordinal)];
    }
}
