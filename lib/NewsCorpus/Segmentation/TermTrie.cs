namespace NewsCorpus.Segmentation;

/// <summary>
/// A character trie over a dictionary of terms, each with a value: finds the terms that start at a position
/// of a text without allocating. Built once from a lexicon, then read concurrently.
/// </summary>
public sealed class TermTrie<T>
{
    private readonly Dictionary<(int Node, char C), int> _edges = [];
    private readonly List<(bool Terminal, T Value)> _nodes = [(false, default!)];
    private int _maxLength;

    public int Count { get; private set; }

    public int MaxLength => _maxLength;

    /// <summary>Adds a term; a term added twice keeps the first value.</summary>
    public TermTrie<T> Add(string term, T value)
    {
        if (term.Length == 0) return this;
        var node = 0;
        foreach (var c in term)
        {
            if (!_edges.TryGetValue((node, c), out var next))
            {
                next = _nodes.Count;
                _nodes.Add((false, default!));
                _edges[(node, c)] = next;
            }
            node = next;
        }
        if (!_nodes[node].Terminal)
        {
            _nodes[node] = (true, value);
            Count++;
            _maxLength = Math.Max(_maxLength, term.Length);
        }
        return this;
    }

    public bool Contains(ReadOnlySpan<char> term) => TryGet(term, out _);

    public bool TryGet(ReadOnlySpan<char> term, out T value)
    {
        var node = 0;
        foreach (var c in term)
            if (!_edges.TryGetValue((node, c), out node)) { value = default!; return false; }
        (var terminal, value) = _nodes[node];
        return terminal;
    }

    /// <summary>The longest term starting at <paramref name="start"/>; length 0 when none does.</summary>
    public int LongestAt(ReadOnlySpan<char> text, int start, out T value)
    {
        value = default!;
        var best = 0;
        var node = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (!_edges.TryGetValue((node, text[i]), out node)) break;
            if (_nodes[node].Terminal) { best = i - start + 1; value = _nodes[node].Value; }
        }
        return best;
    }

    /// <summary>Calls <paramref name="onMatch"/> with the length and value of every term starting at <paramref name="start"/>, shortest first.</summary>
    public void ForEachAt(ReadOnlySpan<char> text, int start, Action<int, T> onMatch)
    {
        var node = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (!_edges.TryGetValue((node, text[i]), out node)) return;
            if (_nodes[node].Terminal) onMatch(i - start + 1, _nodes[node].Value);
        }
    }

    /// <summary>The longest term ending exactly at <paramref name="end"/> (exclusive), searching back at most MaxLength chars.</summary>
    public int LongestEndingAt(ReadOnlySpan<char> text, int end, out T value)
    {
        value = default!;
        for (var len = Math.Min(_maxLength, end); len > 0; len--)
            if (TryGet(text.Slice(end - len, len), out value)) return len;
        return 0;
    }
}
