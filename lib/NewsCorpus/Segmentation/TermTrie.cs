namespace NewsCorpus.Segmentation;

/// <summary>
/// A character trie over a dictionary of terms, each with a value: finds the terms that start (or end) at a
/// position of a text without allocating. Built once from a lexicon, then read concurrently.
/// </summary>
/// <remarks>
/// The extractors ask at almost every character of a text, and most characters start no term: the first
/// character is looked up in a direct table, deeper edges in one hash table keyed by node and character.
/// A second trie over the reversed terms answers <see cref="LongestEndingAt"/> in one walk to the left.
/// </remarks>
public sealed class TermTrie<T>
{
    private readonly Tree _forward = new();
    private readonly Tree _backward = new();
    private readonly List<T> _values = [default!];

    public int Count { get; private set; }

    public int MaxLength { get; private set; }

    /// <summary>Adds a term; a term added twice keeps the first value.</summary>
    public TermTrie<T> Add(string term, T value)
    {
        if (term.Length == 0) return this;
        var node = 0;
        foreach (var c in term) node = _forward.ChildOrAdd(node, c);
        if (_forward.Terminal(node) != 0) return this;
        _values.Add(value);
        var id = _values.Count - 1;
        _forward.SetTerminal(node, id);
        node = 0;
        for (var i = term.Length - 1; i >= 0; i--) node = _backward.ChildOrAdd(node, term[i]);
        _backward.SetTerminal(node, id);
        Count++;
        MaxLength = Math.Max(MaxLength, term.Length);
        return this;
    }

    public bool Contains(ReadOnlySpan<char> term) => TryGet(term, out _);

    public bool TryGet(ReadOnlySpan<char> term, out T value)
    {
        var node = 0;
        foreach (var c in term)
            if ((node = _forward.Child(node, c)) == 0) { value = default!; return false; }
        var id = _forward.Terminal(node);
        value = _values[id];
        return id != 0;
    }

    /// <summary>The longest term starting at <paramref name="start"/>; length 0 when none does.</summary>
    public int LongestAt(ReadOnlySpan<char> text, int start, out T value)
    {
        var best = 0;
        var bestId = 0;
        var node = 0;
        for (var i = start; i < text.Length; i++)
        {
            if ((node = _forward.Child(node, text[i])) == 0) break;
            var id = _forward.Terminal(node);
            if (id != 0) { best = i - start + 1; bestId = id; }
        }
        value = _values[bestId];
        return best;
    }

    /// <summary>Calls <paramref name="onMatch"/> with the length and value of every term starting at <paramref name="start"/>, shortest first.</summary>
    public void ForEachAt(ReadOnlySpan<char> text, int start, Action<int, T> onMatch)
    {
        var node = 0;
        for (var i = start; i < text.Length; i++)
        {
            if ((node = _forward.Child(node, text[i])) == 0) return;
            var id = _forward.Terminal(node);
            if (id != 0) onMatch(i - start + 1, _values[id]);
        }
    }

    /// <summary>The longest term ending exactly at <paramref name="end"/> (exclusive); length 0 when none does.</summary>
    public int LongestEndingAt(ReadOnlySpan<char> text, int end, out T value)
    {
        var best = 0;
        var bestId = 0;
        var node = 0;
        for (var i = end - 1; i >= 0; i--)
        {
            if ((node = _backward.Child(node, text[i])) == 0) break;
            var id = _backward.Terminal(node);
            if (id != 0) { best = end - i; bestId = id; }
        }
        value = _values[bestId];
        return best;
    }

    /// <summary>The nodes and edges of one direction; node 0 is the root, so child 0 means "no edge".</summary>
    private sealed class Tree
    {
        /// <summary>Children of the root by character: 256 pages of 256, a page allocated when first used.</summary>
        private readonly int[]?[] _root = new int[]?[256];
        private readonly Dictionary<long, int> _edges = [];
        /// <summary>Per node, the index of its term's value, 0 when no term ends there.</summary>
        private readonly List<int> _terminal = [0];

        public int Child(int node, char c)
        {
            if (node == 0) return _root[c >> 8] is { } page ? page[c & 0xFF] : 0;
            return _edges.TryGetValue(Key(node, c), out var child) ? child : 0;
        }

        public int ChildOrAdd(int node, char c)
        {
            var child = Child(node, c);
            if (child != 0) return child;
            child = _terminal.Count;
            _terminal.Add(0);
            if (node == 0) (_root[c >> 8] ??= new int[256])[c & 0xFF] = child;
            else _edges[Key(node, c)] = child;
            return child;
        }

        public int Terminal(int node) => _terminal[node];

        public void SetTerminal(int node, int id) => _terminal[node] = id;

        private static long Key(int node, char c) => ((long)node << 16) | c;
    }
}
