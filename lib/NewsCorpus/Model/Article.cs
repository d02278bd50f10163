namespace NewsCorpus;

/// <summary>
/// One article read from a page, with its metadata, its provenance in the raw file and, once the
/// pipeline has run, its normalised text and extracted mentions.
/// </summary>
public sealed record Article
{
    /// <summary>Stable id derived from the source content and position (see <see cref="ArticleIds"/>).</summary>
    public required string Id { get; init; }

    /// <summary>Source file path as given to the parser (relative paths stay relative).</summary>
    public required string Source { get; init; }

    public required Layout Layout { get; init; }

    /// <summary>1-based inclusive line range of the whole article (headings included) in the raw file.</summary>
    public required LineRange Lines { get; init; }

    /// <summary>
    /// The line ranges the article is made of when it is not one contiguous block (a headline printed
    /// apart from its body, a piece interleaved with another by the column order); empty otherwise.
    /// </summary>
    public IReadOnlyList<LineRange> Parts { get; init; } = [];

    /// <summary>Body text as read by the page reader (columns joined, headings removed), mapped to raw offsets.</summary>
    public required MappedText Body { get; init; }

    public DateOnly? Published { get; init; }
    public PublishedFrom PublishedFrom { get; init; }
    /// <summary>Why the publication date is what it is, e.g. "农历正月十五 fits only 2020" or "manifest row 3".</summary>
    public string? PublishedEvidence { get; init; }

    public string? Paper { get; init; }
    /// <summary>Page number or label, e.g. "01" or "A3".</summary>
    public string? Page { get; init; }
    public string? PageTitle { get; init; }
    /// <summary>Column label or kicker: “疫”线面孔, 抗疫故事, 时代先锋 …</summary>
    public string? Section { get; init; }
    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    /// <summary>Dateline such as 株洲日报讯 or 本报讯, without the bracketed byline.</summary>
    public string? Dateline { get; init; }
    public IReadOnlyList<Byline> Bylines { get; init; } = [];
    /// <summary>Photo captions (▲ …), kept apart from the body.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];
    /// <summary>Continuation markers such as ◀上接01版 / 下转02版▶.</summary>
    public IReadOnlyList<string> Continuations { get; init; } = [];
    public PageInfo? PageInfo { get; init; }
    public WebInfo? Web { get; init; }
    public IReadOnlyList<PageTable> Tables { get; init; } = [];

    /// <summary>Normalised body text; its offsets point into the raw file like <see cref="Body"/>'s.</summary>
    public MappedText? Normalized { get; init; }

    /// <summary>The normalised text when the pipeline has run, otherwise the body as read.</summary>
    public string Text => (Normalized ?? Body).Text;

    public IReadOnlyList<DateMention> Dates { get; init; } = [];
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];
    public IReadOnlyList<PlaceMention> Places { get; init; } = [];
    public IReadOnlyList<OrganizationMention> Organizations { get; init; } = [];
    public IReadOnlyList<PersonMention> People { get; init; } = [];
    public IReadOnlyList<TopicScore> Topics { get; init; } = [];
}

/// <summary>Page metadata of an e-paper page: title, printed date and weekday, staff (责编, 美编, 校对 …).</summary>
public sealed record PageInfo(string? Title, DateOnly? Date, string? Weekday, IReadOnlyList<KeyValuePair<string, string>> Staff);

/// <summary>Metadata of a web article: timestamp line, 来源, 编辑, 浏览量 and footer.</summary>
public sealed record WebInfo(DateTime? Timestamp, string? Origin, string? Editor, int? Views, string? Footer);

/// <summary>A table printed on a page (markdown or TSV), with its cells as read.</summary>
public sealed record PageTable(string? Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, LineRange Lines);
