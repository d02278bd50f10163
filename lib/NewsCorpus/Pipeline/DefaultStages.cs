using NewsCorpus.Extraction.Entities;
using NewsCorpus.Reading;
using NewsCorpus.Segmentation;
using NewsCorpus.Topics;

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
        var lexicons = LexiconSource.For(dataDirectory);
        yield return new EntityEnricher(new EntityExtractor(dataDirectory is null ? EntityLexicons.Embedded : EntityLexicons.Load(lexicons)));
        yield return new TopicEnricher(new TopicScorer(dataDirectory is null ? TopicLexicon.Embedded : TopicLexicon.Load(lexicons)));
    }
}
