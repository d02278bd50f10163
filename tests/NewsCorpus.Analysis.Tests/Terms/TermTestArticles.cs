namespace NewsCorpus.Analysis.Tests.Terms;

/// <summary>Small articles built in the test, with dates, places and topics set by hand.</summary>
internal static class TermTestArticles
{
    public static Article Make(string id, string text, DateOnly? published = null, string[]? places = null, (string, double)[]? topics = null) => new()
    {
        Id = id,
        Source = id + ".txt",
        Layout = Layout.Unknown,
        Lines = new LineRange(1, 1),
        Body = MappedText.Slice(text, 0, text.Length),
        Published = published,
        Places = [.. (places ?? []).Select(p => new PlaceMention(p, null, null, new Span(0, 0)))],
        Topics = [.. (topics ?? []).Select(t => new TopicScore(t.Item1, t.Item2))],
    };
}
