using NewsCorpus.Reading.Assembly;

namespace NewsCorpus.Reading.Readers;

/// <summary>Shared last step of the block-based readers: drafts to articles, with a diagnostic for each article without a headline.</summary>
internal static class DraftsToArticles
{
    public static PageReadResult Build(SourceDocument document, Layout layout, IEnumerable<ArticleDraft> drafts, List<Diagnostic> diagnostics)
    {
        var articles = new List<Article>();
        foreach (var draft in drafts.Where(d => d.Own.Count > 0).OrderBy(d => d.FirstLine))
        {
            var article = ArticleFactory.Build(document, layout, draft);
            if (article.Title is null && article.Continuations.Count == 0)
                diagnostics.Add(new(document.Path, article.Lines.First, Severity.Warning, "untitled-article",
                    $"article at lines {article.Lines} has no headline that could be attached to it"));
            articles.Add(article);
        }
        return new(articles, diagnostics);
    }
}
