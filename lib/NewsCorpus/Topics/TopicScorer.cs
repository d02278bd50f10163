using NewsCorpus.Segmentation;
using NewsCorpus.Text;

namespace NewsCorpus.Topics;

/// <summary>A term of a topic found in a text.</summary>
public sealed record TopicHit(TopicTerm Term, Span Span);

/// <summary>
/// Scores a text against each topic lexicon: the weighted occurrences of its terms (longest match, no overlaps)
/// per 1,000 characters, mapped to 0..1 by score = 1 − e^(−density / Scale). A topic needs at least
/// <see cref="MinimumHits"/> occurrences to be reported; topics are returned best first.
/// </summary>
public sealed class TopicScorer
{
    /// <summary>Per term, the topics it counts for (indexes into <see cref="TopicLexicon.Topics"/>) with its weight.</summary>
    private readonly TermTrie<TopicWeight[]> _weights = new();
    private readonly Dictionary<string, int> _topicIndex = new(StringComparer.Ordinal);

    public TopicScorer(TopicLexicon? lexicon = null)
    {
        Lexicon = lexicon ?? TopicLexicon.Embedded;
        foreach (var topic in Lexicon.Topics) _topicIndex.TryAdd(topic, _topicIndex.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in Lexicon.Terms)
            if (seen.Add(term.Term) && Lexicon.Trie.TryGet(term.Term, out var all))
                _weights.Add(term.Term, [.. all.Select(t => new TopicWeight(_topicIndex[t.Topic], t.Weight))]);
    }

    public TopicLexicon Lexicon { get; }

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
        for (var i = Lexicon.Trie.NextPossibleStart(s, 0); i >= 0; i = Lexicon.Trie.NextPossibleStart(s, i))
        {
            var length = Lexicon.Trie.LongestAt(s, i, out var terms);
            if (length == 0) { i++; continue; }
            foreach (var term in terms) hits.Add(new TopicHit(term, new Span(i, i + length)));
            i += length;
        }
        return hits;
    }

    public IReadOnlyList<TopicScore> Score(string text) => Score([text]);

    /// <summary>
    /// Scores the parts of one text (title, subtitle, body) as if joined by newlines: no term spans two parts and
    /// the newlines are not counted; null and empty parts are skipped.
    /// </summary>
    public IReadOnlyList<TopicScore> Score(params ReadOnlySpan<string?> parts)
    {
        var length = 0;
        foreach (var part in parts) length += NonWhiteSpaceLength(part);
        if (length == 0) return [];
        var topics = Lexicon.Topics.Count;
        Span<int> hits = topics <= 256 ? stackalloc int[topics] : new int[topics];
        Span<double> weights = topics <= 256 ? stackalloc double[topics] : new double[topics];
        foreach (var part in parts) AddHits(part, hits, weights);
        List<TopicScore>? scores = null;
        for (var t = 0; t < topics; t++)
        {
            if (hits[t] == 0 || hits[t] < MinimumHits) continue;
            var score = 1 - Math.Exp(-weights[t] * 1000.0 / length / Scale);
            if (score >= MinimumScore) (scores ??= []).Add(new TopicScore(Lexicon.Topics[t], score));
        }
        if (scores is null) return [];
        scores.Sort(static (a, b) => b.Score.CompareTo(a.Score) is var byScore and not 0 ? byScore : string.CompareOrdinal(a.Name, b.Name));
        return scores;
    }

    /// <summary>Counts and sums, per topic, the weights of the longest non-overlapping term matches in <paramref name="text"/>, left to right.</summary>
    private void AddHits(string? text, Span<int> hits, Span<double> weights)
    {
        var s = text.AsSpan();
        for (var i = _weights.NextPossibleStart(s, 0); i >= 0; i = _weights.NextPossibleStart(s, i))
        {
            var length = _weights.LongestAt(s, i, out var terms);
            if (length == 0) { i++; continue; }
            foreach (var term in terms)
            {
                hits[term.Topic]++;
                weights[term.Topic] += term.Weight;
            }
            i += length;
        }
    }

    private static int NonWhiteSpaceLength(string? text) => text is null ? 0 : text.Length - WhiteSpace.Count(text);

    private readonly record struct TopicWeight(int Topic, double Weight);
}
