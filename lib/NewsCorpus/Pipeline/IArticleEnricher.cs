namespace NewsCorpus.Pipeline;

/// <summary>
/// One stage after page reading: takes an article and returns it with more filled in
/// (publication date, normalised text, mentions). Stages run in the order they were added.
/// </summary>
public interface IArticleEnricher
{
    Article Enrich(Article article);

    /// <summary>
    /// All articles of one page at once, for stages that need the whole page (a publication date
    /// inferred from any of its articles); by default each article on its own.
    /// </summary>
    IReadOnlyList<Article> EnrichPage(SourceDocument document, IReadOnlyList<Article> articles) => articles.Select(Enrich).ToList();
}
