using NewsCorpus.Extraction.Dates;
using NewsCorpus.Extraction.Numbers;
using NewsCorpus.Reading;
using NewsCorpus.Text;

namespace NewsCorpus.Pipeline;

/// <summary>The readers and enrichment stages a default pipeline runs, in order.</summary>
internal static class DefaultStages
{
    public static IEnumerable<IPageReader> Readers()
    {
        yield return new WholeFileReader();
    }

    public static IEnumerable<IArticleEnricher> Enrichers(string? dataDirectory)
    {
        yield return new NormalizationStage();
        yield return new DateStage();
        yield return new QuantityStage();
    }
}
