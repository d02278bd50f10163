using NewsCorpus.Dating;
using NewsCorpus.Reading;
using NewsCorpus.Reading.Readers;

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
    }
}
