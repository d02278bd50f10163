namespace NewsCorpus.Extraction.Entities;

/// <summary>
/// The characters of a text covered by a set of non-empty spans: whether a span overlaps any of them costs
/// the span's length, not the number of spans (a long text has thousands of mentions).
/// </summary>
internal sealed class SpanCover(int length)
{
    private readonly PositionSet _covered = new(length);

    public static SpanCover Of(int length, IEnumerable<Span> spans)
    {
        var cover = new SpanCover(length);
        foreach (var span in spans) cover.Add(span);
        return cover;
    }

    public void Add(Span span)
    {
        for (var p = span.Start; p < span.End; p++) _covered.Add(p);
    }

    /// <summary>True when <paramref name="span"/> shares a character with a span added.</summary>
    public bool Overlaps(Span span)
    {
        for (var p = span.Start; p < span.End; p++)
            if (_covered.Contains(p)) return true;
        return false;
    }
}
