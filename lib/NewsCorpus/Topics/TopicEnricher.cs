using NewsCorpus.Pipeline;

namespace NewsCorpus.Topics;

/// <summary>Pipeline stage: fills Topics of an article from its Text.</summary>
public sealed class TopicEnricher(TopicScorer scorer) : IArticleEnricher
{
    public Article Enrich(Article article) => article with { Topics = scorer.Score(article.Text) };
}
