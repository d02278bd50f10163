using NewsCorpus.Pipeline;

namespace NewsCorpus.Topics;

/// <summary>Pipeline stage: fills Topics of an article from its title, subtitle and Text (a headline says what a piece is about).</summary>
public sealed class TopicEnricher(TopicScorer scorer) : IArticleEnricher
{
    public Article Enrich(Article article) =>
        article with { Topics = scorer.Score(article.Title, article.Subtitle, article.Text) };
}
