namespace NewsCorpus.Reading.Assembly;

/// <summary>Builds the final <see cref="Article"/> from a draft: body text with raw offsets, line ranges, ids.</summary>
internal static class ArticleFactory
{
    public static Article Build(SourceDocument document, Layout layout, ArticleDraft draft)
    {
        var builder = new MappedTextBuilder(draft.Segments.Sum(s => s.Text.Text.Length + 1));
        var rawEnd = 0;
        foreach (var segment in draft.Segments)
        {
            if (builder.Length > 0) builder.AppendSynthetic("\n", segment.Text.Offsets[0]);
            builder.Append(segment.Text);
            rawEnd = segment.Text.Offsets[^1];
        }
        var body = builder.Build(rawEnd);
        var own = draft.Own.Count > 0 ? draft.Own : [new LineRange(1, 1)];
        var parts = MergeRanges(document, own.Concat(draft.Elsewhere));
        var bylines = draft.Bylines.Concat(draft.Credits).Distinct().ToList();
        return new Article
        {
            Id = ArticleIds.For(document.ContentHash, $"{own.Min(r => r.First)}:{draft.Title}", body.Text),
            Source = document.Path,
            Layout = layout,
            Lines = new LineRange(own.Min(r => r.First), own.Max(r => r.Last)),
            Parts = parts.Count > 1 ? parts : [],
            Body = body,
            Section = draft.Section,
            Title = draft.Title,
            Subtitle = draft.Subtitle,
            Dateline = draft.Dateline,
            Bylines = bylines,
            Captions = draft.Captions,
            Continuations = draft.Continuations,
            Tables = draft.Tables,
            PageInfo = draft.Page,
            PageTitle = draft.Page?.Title,
        };
    }

    /// <summary>Sorted ranges, merged where only blank lines separate them.</summary>
    private static List<LineRange> MergeRanges(SourceDocument document, IEnumerable<LineRange> ranges)
    {
        var merged = new List<LineRange>();
        foreach (var r in ranges.OrderBy(r => r.First))
        {
            if (merged.Count > 0 && OnlyBlankBetween(document, merged[^1].Last, r.First))
            {
                merged[^1] = new(merged[^1].First, Math.Max(merged[^1].Last, r.Last));
                continue;
            }
            merged.Add(r);
        }
        return merged;
    }

    private static bool OnlyBlankBetween(SourceDocument document, int last, int first)
    {
        for (var n = last + 1; n < first; n++)
            if (!document.Line(n).IsWhiteSpace()) return false;
        return true;
    }
}
