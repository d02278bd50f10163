namespace NewsCorpus.Extraction.Entities;

/// <summary>
/// The characters of a text covered by a set of non-empty spans: whether a span overlaps any of them costs
/// the span's length, not the number of spans (a long text has thousands of mentions).
/// </summary>
internal sealed class SpanCover(int length)
{
    private readonly bool[] _covered = new bool[length];

    public static SpanCover Of(int length, IEnumerable<Span> spans)
    {
        var cover = new SpanCover(length);
        foreach (var span in spans) cover.Add(span);
        return cover;
    }

    public void Add(Span span) => _covered.AsSpan(span.Start, span.Length).Fill(true);

    /// <summary>True when <paramref name="span"/> shares a character with a span added.</summary>
    public bool Overlaps(Span span) => _covered.AsSpan(span.Start, span.Length).Contains(true);
}
