namespace NewsCorpus.Analysis.Terms;

/// <summary>One occurrence of a keyword with the text around it and where it is (article, span, raw offset).</summary>
public sealed record KwicLine(string ArticleId, string Source, DateOnly? Published, string Left, string Keyword, string Right, Span Span, int RawOffset);

/// <summary>Keyword in context: every occurrence of a string in the articles' text, with a window on each side.</summary>
public static class Kwic
{
    /// <param name="width">Characters shown on each side; line breaks in the window become spaces.</param>
    public static IEnumerable<KwicLine> Find(IEnumerable<Article> articles, string keyword, int width = 15)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyword);
        foreach (var article in articles)
        {
            var text = article.Text;
            var mapped = article.Normalized ?? article.Body;
            for (var at = text.IndexOf(keyword, StringComparison.Ordinal); at >= 0; at = text.IndexOf(keyword, at + keyword.Length, StringComparison.Ordinal))
            {
                var span = new Span(at, at + keyword.Length);
                var left = text[Math.Max(0, at - width)..at];
                var right = text[span.End..Math.Min(text.Length, span.End + width)];
                yield return new KwicLine(article.Id, article.Source, article.Published, Flat(left), keyword, Flat(right), span, mapped.ToRaw(span).Start);
            }
        }
    }

    private static string Flat(string s) => s.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
}
