using System.Buffers;

namespace NewsCorpus.Text;

/// <summary>Stepping from one hit of a vectorised IndexOfAny to the next.</summary>
internal static class SpanSearch
{
    /// <summary>The index of the first of <paramref name="values"/> after position <paramref name="i"/>, or −1.</summary>
    public static int IndexOfAnyAfter(ReadOnlySpan<char> text, int i, SearchValues<char> values)
    {
        var k = text[(i + 1)..].IndexOfAny(values);
        return k < 0 ? -1 : i + 1 + k;
    }
}
