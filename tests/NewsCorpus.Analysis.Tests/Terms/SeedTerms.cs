using NewsCorpus.Analysis.Terms;
using NewsCorpus.Segmentation;
using NewsCorpus.Tests.Shared;
using NewsCorpus.Topics;

namespace NewsCorpus.Analysis.Tests.Terms;

/// <summary>The seed corpus's topics, terms and keyness, computed once with the data folder's lexicons as notebook 02 does.</summary>
internal static class SeedTerms
{
    public static TermCounter Counter { get; } = TermCounter.For(Seeds.DataDirectory);

    public static TopicScorer Scorer { get; } = new(TopicLexicon.Load(LexiconSource.For(Seeds.DataDirectory)));

    public static IReadOnlyList<Article> Articles => SeedCorpus.Value.Articles;

    /// <summary>The articles of seed 002 alone: one file, one publication date (2022-11-11).</summary>
    public static IReadOnlyList<Article> OneFile { get; } = [.. Articles.Where(a => Path.GetFileName(a.Source).StartsWith("002_", StringComparison.Ordinal))];

    private static readonly Lazy<IReadOnlyList<TopicFrequencyRow>> TopicRows = new(() => TermFrequency.TopicsPerPeriod(Articles, Scorer, PeriodGrain.Month));
    private static readonly Lazy<IReadOnlyList<TermFrequencyRow>> TermRows = new(() => TermFrequency.PerPeriod(Articles, Counter, PeriodGrain.Month));
    private static readonly Lazy<KeynessComparison> Halves = new(() => KeynessComparison.BetweenHalves(Articles, Counter));

    public static IReadOnlyList<TopicFrequencyRow> Topics => TopicRows.Value;

    public static IReadOnlyList<TermFrequencyRow> Terms => TermRows.Value;

    public static KeynessComparison Comparison => Halves.Value;
}
