using NewsCorpus.Segmentation;

namespace NewsCorpus.Extraction.Entities;

/// <summary>
/// Finds where a name that ends at a position may start: it runs left over Han characters and stops at
/// punctuation, a digit, a space, the end of an earlier mention (an anchor) or a boundary word (在, 的, 深入 …).
/// </summary>
public sealed class NameBoundaries
{
    private readonly TermTrie<bool> _words = new();

    public NameBoundaries(IEnumerable<string> boundaryWords)
    {
        foreach (var w in boundaryWords) _words.Add(w, true);
    }

    /// <summary>How a left walk ended.</summary>
    public enum Stop { None, Text, Word, Anchor }

    /// <summary>
    /// The start of a name ending at <paramref name="end"/> with at most <paramref name="maxLength"/> characters;
    /// <paramref name="anchors"/> holds the end offsets of mentions already found. Returns -1 when the walk
    /// reaches the maximum without a stop.
    /// </summary>
    public int StartOf(ReadOnlySpan<char> text, int end, int maxLength, PositionSet anchors, out Stop stop)
    {
        for (var start = end; start >= 0 && end - start <= maxLength; start--)
        {
            if (start == 0 || !CjkText.IsHan(text[start - 1])) { stop = Stop.Text; return start; }
            if (anchors.Contains(start)) { stop = Stop.Anchor; return start; }
            if (_words.LongestEndingAt(text, start) > 0)
            {
                // A one-character stem cut by a boundary character (和平村: 和) defers to an earlier anchor.
                if (end - start == 1 && EarlierAnchor(end, maxLength, anchors) is var anchor and >= 0) { stop = Stop.Anchor; return anchor; }
                stop = Stop.Word;
                return start;
            }
        }
        stop = Stop.None;
        return -1;
    }

    /// <summary>The nearest anchor at least two characters before <paramref name="end"/> within <paramref name="maxLength"/>; −1 when none.</summary>
    private static int EarlierAnchor(int end, int maxLength, PositionSet anchors)
    {
        for (var start = end - 2; start >= 0 && end - start <= maxLength; start--)
            if (anchors.Contains(start)) return start;
        return -1;
    }

    public bool IsBoundaryWordEndingAt(ReadOnlySpan<char> text, int end) => _words.LongestEndingAt(text, end) > 0;
}
