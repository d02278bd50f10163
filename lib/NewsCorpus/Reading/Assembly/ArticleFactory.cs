namespace NewsCorpus.Reading.Assembly;

/// <summary>Builds the final <see cref="Article"/> from a draft: body text with raw offsets, line ranges, ids.</summary>
internal static class ArticleFactory
{
    public static Article Build(SourceDocument document, Layout layout, ArticleDraft draft)
    {
        var body = Body(draft.Segments);
        var own = draft.Own.Count > 0 ? draft.Own : [new LineRange(1, 1)];
        var (first, last) = (int.MaxValue, int.MinValue);
        foreach (var r in own) (first, last) = (Math.Min(first, r.First), Math.Max(last, r.Last));
        var parts = MergeRanges(document, own, draft.Elsewhere);
        var bylines = Distinct(draft.Bylines, draft.Credits);
        return new Article
        {
            Id = ArticleIds.For(document.ContentHash, $"{first}:{draft.Title}", body.Text),
            Source = document.Path,
            Layout = layout,
            Lines = new LineRange(first, last),
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

    /// <summary>Bylines then credits, each once, in first-seen order: a handful per article, so a list scan beats a set.</summary>
    private static List<Byline> Distinct(List<Byline> bylines, List<Byline> credits)
    {
        var result = new List<Byline>(bylines.Count + credits.Count);
        foreach (var b in bylines)
            if (!result.Contains(b)) result.Add(b);
        foreach (var b in credits)
            if (!result.Contains(b)) result.Add(b);
        return result;
    }

    /// <summary>The segments joined by "\n" (mapped to the start of the segment it opens), sized exactly.</summary>
    private static MappedText Body(List<Segment> segments)
    {
        var length = 0;
        foreach (var segment in segments)
            length += (length > 0 ? 1 : 0) + segment.Text.Length;
        var builder = new MappedTextBuilder(length);
        foreach (var segment in segments)
        {
            if (builder.Length > 0) builder.AppendSynthetic("\n", segment.Text.OffsetAt(0));
            builder.Append(segment.Text);
        }
        return builder.Build(segments.Count > 0 ? segments[^1].Text.OffsetAt(segments[^1].Text.Length) : 0);
    }

    /// <summary>Sorted ranges, merged where only blank lines separate them.</summary>
    private static List<LineRange> MergeRanges(SourceDocument document, List<LineRange> own, List<LineRange> elsewhere)
    {
        var ranges = new List<LineRange>(own.Count + elsewhere.Count);
        ranges.AddRange(own);
        ranges.AddRange(elsewhere);
        InsertionSort.By(ranges, static r => r.First);
        var merged = new List<LineRange>(ranges.Count);
        foreach (var r in ranges)
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
