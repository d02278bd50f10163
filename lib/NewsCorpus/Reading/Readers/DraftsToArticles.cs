using NewsCorpus.Reading.Assembly;

namespace NewsCorpus.Reading.Readers;

/// <summary>Shared last step of the block-based readers: drafts to articles, with a diagnostic for each article without a headline.</summary>
internal static class DraftsToArticles
{
    public static PageReadResult Build(SourceDocument document, Layout layout, IEnumerable<ArticleDraft> drafts, List<Diagnostic> diagnostics)
    {
        var articles = new List<Article>();
        foreach (var draft in InPageOrder(drafts))
        {
            var article = ArticleFactory.Build(document, layout, draft);
            if (article.Title is null && article.Continuations.Count == 0)
                diagnostics.Add(new(document.Path, article.Lines.First, Severity.Warning, "untitled-article",
                    $"article at lines {article.Lines} has no headline that could be attached to it"));
            articles.Add(article);
        }
        return new(articles, diagnostics);
    }

    /// <summary>Drafts that own lines, by their first line; drafts that start on one line keep their order.</summary>
    private static List<ArticleDraft> InPageOrder(IEnumerable<ArticleDraft> drafts)
    {
        var ordered = new List<(int First, ArticleDraft Draft)>();
        foreach (var d in drafts)
            if (d.Own.Count > 0) ordered.Add((d.FirstLine, d));
        InsertionSort.By(ordered, static x => x.First);
        var result = new List<ArticleDraft>(ordered.Count);
        foreach (var (_, d) in ordered) result.Add(d);
        return result;
    }
}
