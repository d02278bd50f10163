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
    public Article Enrich(Article article) => Resolve(article, new Sources(this, null, article.Body.Text));

    /// <summary>All articles of a page: inference sees the whole page, once; the file name and the manifest are read once per source.</summary>
    public IReadOnlyList<Article> EnrichPage(SourceDocument document, IReadOnlyList<Article> articles)
    {
        var sources = new Sources(this, document.Text, null);
        var enriched = new Article[articles.Count];
        for (var i = 0; i < enriched.Length; i++) enriched[i] = Resolve(articles[i], sources);
        return enriched;
    }

    private static Article Resolve(Article article, Sources sources)
    {
        var (row, named) = sources.Of(article.Source);
        var (published, from, evidence) = Published(article, row, named, sources);
        return article with
        {
            Paper = article.Paper ?? row?.Paper,
            Page = article.Page ?? row?.Page,
            Published = published,
            PublishedFrom = from,
            PublishedEvidence = evidence,
        };
    }

    private static (DateOnly? Date, PublishedFrom From, string Evidence) Published(Article article, ManifestRow? row, (DateOnly Date, string Text)? named, Sources sources)
    {
        if (article.PageInfo?.Date is { } pageDate)
            return (pageDate, PublishedFrom.Text, sources.PageDateEvidence(pageDate, article.PageInfo.Weekday));
        if (article.Web?.Timestamp is { } ts)
            return (DateOnly.FromDateTime(ts), PublishedFrom.Text, $"web timestamp {ts.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}");
        if (row?.Published is { } listed)
            return (listed, PublishedFrom.Manifest, $"manifest.csv line {row.Line}" + (row.PublishedSource is { } s ? $" ({s})" : ""));
        if (named is var (date, text))
            return (date, PublishedFrom.FileName, $"file name “{text}”");
        if (sources.Inferred() is { } inferred)
            return (inferred.Date, PublishedFrom.Inferred, inferred.Evidence);
        return (article.Published, PublishedFrom.None, "no date stated, listed, named or inferable");
    }

    /// <summary>
    /// What the articles of one page share, each found once: the manifest row and the date in the file name
    /// of their source, the page's date line as evidence, and the date inferred from the page's content.
    /// </summary>
    private sealed class Sources(PublicationDateStage stage, string? page, string? body)
    {
        private string? _source;
        private (ManifestRow? Row, (DateOnly, string)? Named) _ofSource;
        private (DateOnly Date, string? Weekday, string Evidence)? _pageDate;
        private InferredDate? _inferred;
        private bool _inferredDone;

        public (ManifestRow? Row, (DateOnly, string)? Named) Of(string source)
        {
            if (source != _source) (_source, _ofSource) = (source, (stage.Manifest?.Find(source), FileNameDate(source)));
            return _ofSource;
        }

        public string PageDateEvidence(DateOnly date, string? weekday)
        {
            if (_pageDate is not { } known || known.Date != date || known.Weekday != weekday)
                _pageDate = known = (date, weekday, $"page date line {date:yyyy-MM-dd} {weekday}".TrimEnd());
            return known.Evidence;
        }

        public InferredDate? Inferred()
        {
            if (!_inferredDone) (_inferred, _inferredDone) = (stage._inference.Infer(page ?? body!), true);
            return _inferred;
        }
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
