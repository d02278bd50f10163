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

    /// <remarks>
    /// The lexicons and the unit table are built side by side: each is tens of milliseconds of a cold start,
    /// spent before the first file is read. A failure to load one is thrown as it is, not wrapped.
    /// </remarks>
    public static IReadOnlyList<IArticleEnricher> Enrichers(string? dataDirectory)
    {
        var lexicons = LexiconSource.For(dataDirectory);
        var entities = Task.Run(() => new EntityEnricher(new EntityExtractor(dataDirectory is null ? EntityLexicons.Embedded : EntityLexicons.Load(lexicons))));
        var topics = Task.Run(() => new TopicEnricher(new TopicScorer(dataDirectory is null ? TopicLexicon.Embedded : TopicLexicon.Load(lexicons))));
        IArticleEnricher[] first = [PublicationDateStage.ForDataDirectory(dataDirectory), new NormalizationStage(), new DateStage(), new QuantityStage()];
        return [.. first, entities.GetAwaiter().GetResult(), topics.GetAwaiter().GetResult()];
    }
}
