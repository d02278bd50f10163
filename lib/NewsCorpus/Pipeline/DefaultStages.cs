using NewsCorpus.Dating;
using NewsCorpus.Extraction.Dates;
using NewsCorpus.Extraction.Entities;
using NewsCorpus.Extraction.Numbers;
using NewsCorpus.Reading;
using NewsCorpus.Reading.Readers;
using NewsCorpus.Segmentation;
using NewsCorpus.Text;
using NewsCorpus.Topics;

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
        var lexicons = LexiconSource.For(dataDirectory);
        yield return new EntityEnricher(new EntityExtractor(dataDirectory is null ? EntityLexicons.Embedded : EntityLexicons.Load(lexicons)));
        yield return new TopicEnricher(new TopicScorer(dataDirectory is null ? TopicLexicon.Embedded : TopicLexicon.Load(lexicons)));
    }
}
