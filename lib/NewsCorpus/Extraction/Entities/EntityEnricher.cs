using NewsCorpus.Pipeline;

namespace NewsCorpus.Extraction.Entities;

/// <summary>Pipeline stage: fills Places, Organizations and People of an article from its Text.</summary>
public sealed class EntityEnricher(EntityExtractor extractor) : IArticleEnricher
{
    public Article Enrich(Article article)
    {
        var found = extractor.Extract(article.Text);
        return article with { Places = found.Places, Organizations = found.Organizations, People = found.People };
    }
}
