using NewsCorpus.Dating;
using NewsCorpus.Extraction.Dates;
using NewsCorpus.Extraction.Numbers;
using NewsCorpus.Reading;
using NewsCorpus.Reading.Readers;
using NewsCorpus.Text;

namespace NewsCorpus.Pipeline;

/// <summary>The readers and enrichment stages a default pipeline runs, in order.</summary>
internal static class DefaultStages
{
    public static IEnumerable<IPageReader> Readers()
    {
        yield return new WholeFileReader();
        yield return new PrintOcrReader();
        yield return new WebArticleReader();
        yield return new EpaperTextReader();
        yield return new EpaperMarkdownReader();
    }

    public static IEnumerable<IArticleEnricher> Enrichers(string? dataDirectory)
    {
        yield return PublicationDateStage.ForDataDirectory(dataDirectory);
        yield return new NormalizationStage();
        yield return new DateStage();
        yield return new QuantityStage();
    }
}
