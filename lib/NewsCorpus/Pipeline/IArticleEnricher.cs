namespace NewsCorpus.Pipeline;

/// <summary>
/// One stage after page reading: takes an article and returns it with more filled in
/// (publication date, normalised text, mentions). Stages run in the order they were added.
/// </summary>
public interface IArticleEnricher
{
    Article Enrich(Article article);
}
