using NewsCorpus.Pipeline;

namespace NewsCorpus.Extraction.Dates;

/// <summary>Pipeline stage: dates and times of the normalised text, relative ones resolved against <see cref="Article.Published"/>.</summary>
public sealed class DateStage : IArticleEnricher
{
    public Article Enrich(Article article) => article with { Dates = DateExtractor.Extract(article.Text, article.Published) };
}
