namespace NewsCorpus.Extraction.Entities;

/// <summary>
/// The characters of a text covered by a set of non-empty spans: whether a span overlaps any of them costs
/// the span's length, not the number of spans (a long text has thousands of mentions).
/// </summary>
internal sealed class SpanCover(int length)
{
    private readonly PositionSet _covered = new(length);

    /// <summary>Empties the cover, sizes it for a text of <paramref name="length"/> and adds <paramref name="spans"/>: one cover serves text after text.</summary>
    public SpanCover Reset(int length, IReadOnlyList<Span> spans)
    {
        _covered.Reset(length);
        for (var k = 0; k < spans.Count; k++) Add(spans[k]);
        return this;
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
