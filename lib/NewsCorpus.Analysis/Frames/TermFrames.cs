using Microsoft.Data.Analysis;
using NewsCorpus.Analysis.Terms;

namespace NewsCorpus.Analysis.Frames;

/// <summary>
/// The results of <see cref="NewsCorpus.Analysis.Terms"/> as DataFrames: topics and terms per period, keyword-in-context
/// lines with their provenance, keyness tables. Periods are a label and a period_start date (null when undated).
/// </summary>
public static class TermFrames
{
    /// <summary>One row per topic and period: articles scored on it, term hits, hits per 10,000 characters, mean score.</summary>
    public static DataFrame Topics(IEnumerable<TopicFrequencyRow> rows) =>
        new FrameBuilder<TopicFrequencyRow>()
            .Period(r => r.Period)
            .Text("topic", r => r.Topic)
            .Int("articles", r => r.Articles)
            .Int("hits", r => r.Hits)
            .Number("per_10k_chars", r => r.PerTenThousandChars)
            .Number("mean_score", r => r.MeanScore)
            .Build(rows);

    /// <summary>One row per term and period, most frequent first within a period; <paramref name="top"/> keeps that many terms of each period.</summary>
    public static DataFrame Terms(IEnumerable<TermFrequencyRow> rows, int? top = null) =>
        new FrameBuilder<TermFrequencyRow>()
            .Period(r => r.Period)
            .Text("term", r => r.Term)
            .Int("count", r => r.Count)
            .Int("articles", r => r.Articles)
            .Number("per_10k_chars", r => r.PerTenThousandChars)
            .Build(top is { } n ? rows.GroupBy(r => r.Period).SelectMany(g => g.Take(n)) : rows);

    /// <summary>One row per topic term found in the articles, topics with the most hits first; <paramref name="perTopic"/> keeps that many terms of each topic.</summary>
    public static DataFrame TopicTerms(IEnumerable<TopicTermHits> rows, int? perTopic = null) =>
        new FrameBuilder<TopicTermHits>()
            .Text("topic", r => r.Topic)
            .Text("term", r => r.Term)
            .Int("hits", r => r.Hits)
            .Build(perTopic is { } n ? rows.GroupBy(r => r.Topic).SelectMany(g => g.Take(n)) : rows);

    /// <summary>One row per keyword occurrence: article, the text either side, the span in the article's text and the raw offset in its file.</summary>
    public static DataFrame Kwic(IEnumerable<KwicLine> lines) =>
        new FrameBuilder<KwicLine>()
            .Text("article_id", l => l.ArticleId)
            .Date("published", l => l.Published)
            .Text("source", l => Path.GetFileName(l.Source))
            .Text("left", l => l.Left)
            .Text("keyword", l => l.Keyword)
            .Text("right", l => l.Right)
            .Int("span_start", l => l.Span.Start)
            .Int("span_end", l => l.Span.End)
            .Int("raw_offset", l => l.RawOffset)
            .Build(lines);

    /// <summary>
    /// A keyness table, most distinctive first: counts and rates per 10,000 terms on each side, G², log₂ ratio and
    /// whether G² is significant at p &lt; 0.05; <paramref name="target"/> and <paramref name="reference"/> name the sides.
    /// </summary>
    public static DataFrame Keyness(IEnumerable<KeynessRow> rows, string target = "target", string reference = "reference") =>
        new FrameBuilder<KeynessRow>()
            .Text("term", r => r.Term)
            .Text("favours", r => r.Positive ? target : reference)
            .Int($"{target}_count", r => r.TargetCount)
            .Int($"{reference}_count", r => r.ReferenceCount)
            .Number($"{target}_per_10k_terms", r => r.TargetPerTenThousand)
            .Number($"{reference}_per_10k_terms", r => r.ReferencePerTenThousand)
            .Number("g2", r => r.LogLikelihood)
            .Number("log_ratio", r => r.LogRatio)
            .Bool("significant", r => r.LogLikelihood >= NewsCorpus.Analysis.Terms.Keyness.Critical05)
            .Build(rows);

    /// <summary>The keyness of the later half against the earlier (<paramref name="top"/> terms, all when null); no rows when there is one period only.</summary>
    public static DataFrame Keyness(KeynessComparison comparison, int? top = null) =>
        Keyness(top is { } n ? comparison.Rows.Take(n) : comparison.Rows, "later", "earlier");

    /// <summary>A period as two columns: its label and its first day (null when undated).</summary>
    private static FrameBuilder<T> Period<T>(this FrameBuilder<T> builder, Func<T, Period> period) =>
        builder.Text("period", r => period(r).Label).Date("period_start", r => period(r).Start);
}
