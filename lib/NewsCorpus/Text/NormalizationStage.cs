using NewsCorpus.Pipeline;

namespace NewsCorpus.Text;

/// <summary>Pipeline stage: sets <see cref="Article.Normalized"/> from the body, offsets still pointing into the raw file.</summary>
public sealed class NormalizationStage : IArticleEnricher
{
    public Article Enrich(Article article) => article with { Normalized = TextNormalizer.Normalize(article.Body) };
}
