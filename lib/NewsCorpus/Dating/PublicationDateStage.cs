using System.Globalization;
using System.Text.RegularExpressions;
using NewsCorpus.Pipeline;

namespace NewsCorpus.Dating;

/// <summary>
/// Resolves each article's publication date by precedence: stated in the text (page date line, web
/// timestamp) &gt; data/manifest.csv &gt; a date in the file name &gt; inferred from the page's content
/// (<see cref="DateInference"/>). Records which one it used and why; fills Paper and Page from the
/// manifest when the page does not state them.
/// </summary>
public sealed partial class PublicationDateStage(Manifest? manifest, DateInference? inference = null) : IArticleEnricher
{
    private readonly DateInference _inference = inference ?? new DateInference();

    public Manifest? Manifest { get; } = manifest;

    /// <summary>The stage with dataDirectory/manifest.csv when there is one.</summary>
    public static PublicationDateStage ForDataDirectory(string? dataDirectory) =>
        new(dataDirectory is null ? null : Manifest.LoadIfExists(System.IO.Path.Combine(dataDirectory, "manifest.csv")));

    /// <summary>One article on its own: inference sees only its body.</summary>
    public Article Enrich(Article article) => Resolve(article, () => _inference.Infer(article.Body.Text));

    /// <summary>All articles of a page: inference sees the whole page, once.</summary>
    public IReadOnlyList<Article> EnrichPage(SourceDocument document, IReadOnlyList<Article> articles)
    {
        var page = new Lazy<InferredDate?>(() => _inference.Infer(document.Text));
        return articles.Select(a => Resolve(a, () => page.Value)).ToList();
    }

    private Article Resolve(Article article, Func<InferredDate?> infer)
    {
        var row = Manifest?.Find(article.Source);
        article = article with
        {
            Paper = article.Paper ?? row?.Paper,
            Page = article.Page ?? row?.Page,
        };
        if (article.PageInfo?.Date is { } pageDate)
            return article with { Published = pageDate, PublishedFrom = PublishedFrom.Text, PublishedEvidence = $"page date line {pageDate:yyyy-MM-dd} {article.PageInfo.Weekday}".TrimEnd() };
        if (article.Web?.Timestamp is { } ts)
            return article with { Published = DateOnly.FromDateTime(ts), PublishedFrom = PublishedFrom.Text, PublishedEvidence = $"web timestamp {ts.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}" };
        if (row?.Published is { } listed)
            return article with
            {
                Published = listed, PublishedFrom = PublishedFrom.Manifest,
                PublishedEvidence = $"manifest.csv line {row.Line}" + (row.PublishedSource is { } s ? $" ({s})" : ""),
            };
        if (FileNameDate(article.Source) is var (named, text))
            return article with { Published = named, PublishedFrom = PublishedFrom.FileName, PublishedEvidence = $"file name “{text}”" };
        if (infer() is { } inferred)
            return article with { Published = inferred.Date, PublishedFrom = PublishedFrom.Inferred, PublishedEvidence = inferred.Evidence };
        return article with { PublishedFrom = PublishedFrom.None, PublishedEvidence = "no date stated, listed, named or inferable" };
    }

    private static (DateOnly, string)? FileNameDate(string source)
    {
        var m = FileDate().Match(System.IO.Path.GetFileNameWithoutExtension(source));
        if (!m.Success) return null;
        return DateOnly.TryParseExact($"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? (d, m.Value) : null;
    }

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")]
    private static partial Regex FileDate();
}
