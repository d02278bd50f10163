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

    /// <summary>
    /// The segments joined by "\n" (mapped to the start of the segment it opens). The string is written in place
    /// from the segments' raw pieces and the offsets straight into the exact-size map: every character of every
    /// article passes here, so it is copied once.
    /// </summary>
    private static MappedText Body(List<Segment> segments)
    {
        var length = 0;
        foreach (var segment in segments)
            length += (length > 0 ? 1 : 0) + segment.Text.Length;
        var text = string.Create(length, segments, static (chars, segments) =>
        {
            var at = 0;
            foreach (var segment in segments)
            {
                if (at > 0) chars[at++] = '\n';
                segment.Text.CopyTo(chars[at..]);
                at += segment.Text.Length;
            }
        });
        var offsets = new int[length + 1];
        var mapped = 0;
        foreach (var segment in segments)
        {
            if (mapped > 0) offsets[mapped++] = segment.Text.OffsetAt(0);
            segment.Text.CopyOffsets(0, offsets.AsSpan(mapped, segment.Text.Length));
            mapped += segment.Text.Length;
        }
        offsets[length] = segments.Count > 0 ? segments[^1].Text.OffsetAt(segments[^1].Text.Length) : 0;
        return new MappedText(text, offsets);
    }

    /// <summary>Sorted ranges, merged where only blank lines separate them.</summary>
    private static List<LineRange> MergeRanges(SourceDocument document, List<LineRange> own, List<LineRange> elsewhere)
    {
        var ranges = new List<LineRange>(own.Count + elsewhere.Count);
        ranges.AddRange(own);
        ranges.AddRange(elsewhere);
        InsertionSort.By(ranges, static r => r.First);
        // Merged in place: ranges[..count] are the merged ones so far.
        var count = 0;
        for (var k = 0; k < ranges.Count; k++)
        {
            var r = ranges[k];
            if (count > 0 && OnlyBlankBetween(document, ranges[count - 1].Last, r.First))
            {
                ranges[count - 1] = new(ranges[count - 1].First, Math.Max(ranges[count - 1].Last, r.Last));
                continue;
            }
            ranges[count++] = r;
        }
        ranges.RemoveRange(count, ranges.Count - count);
        return ranges;
    }

    private static bool OnlyBlankBetween(SourceDocument document, int last, int first)
    {
        for (var n = last + 1; n < first; n++)
            if (!document.Line(n).IsWhiteSpace()) return false;
        return true;
    }
}
