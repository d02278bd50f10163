using System.Runtime.CompilerServices;

namespace NewsCorpus.Segmentation;

/// <summary>
/// A character trie over a dictionary of terms, each with a value: finds the terms that start (or end) at a
/// position of a text without allocating. Built once from a lexicon, then read concurrently.
/// </summary>
/// <remarks>
/// The extractors ask at almost every character of a text, and most characters start no term. The walks are
/// done by a non-generic <see cref="TermIndex"/> (one trie over the terms, one over the reversed terms for
/// <see cref="LongestEndingAt"/>) that returns the index of the value, so they compile once, without the
/// generic lookups shared code over reference types needs.
/// </remarks>
public sealed class TermTrie<T>
{
    private readonly TermIndex _forward = new();
    private readonly TermIndex _backward = new();
    /// <summary>Values by term index; index 0 is "no term" and holds the default.</summary>
    private T[] _values = new T[8];

    public int Count { get; private set; }

    public int MaxLength { get; private set; }

    /// <summary>Adds a term; a term added twice keeps the first value.</summary>
    public TermTrie<T> Add(string term, T value)
    {
        if (term.Length == 0) return this;
        var id = Count + 1;
        if (!_forward.Add(term, id, reversed: false)) return this;
        _backward.Add(term, id, reversed: true);
        if (id == _values.Length) Array.Resize(ref _values, _values.Length * 2);
        _values[id] = value;
        Count = id;
        MaxLength = Math.Max(MaxLength, term.Length);
        return this;
    }

    public bool Contains(ReadOnlySpan<char> term) => _forward.Find(term) != 0;

    public bool TryGet(ReadOnlySpan<char> term, out T value)
    {
        var id = _forward.Find(term);
        value = _values[id];
        return id != 0;
    }

    /// <summary>The characters terms start with: where no term can start, a scan need not ask.</summary>
    public CharSet FirstChars => _forward.FirstChars;

    /// <summary>The first position at or after <paramref name="from"/> whose character starts a term; −1 when none does.</summary>
    public int NextPossibleStart(ReadOnlySpan<char> text, int from) => _forward.FirstChars.IndexIn(text, from);

    /// <summary>The longest term starting at <paramref name="start"/>; length 0 when none does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int LongestAt(ReadOnlySpan<char> text, int start, out T value)
    {
        // Most positions start no term: that answer costs the caller one bit, without a call.
        if ((uint)start >= (uint)text.Length || !_forward.FirstChars.Contains(text[start])) { value = default!; return 0; }
        var length = _forward.LongestAt(text, start, out var id);
        value = _values[id];
        return length;
    }

    /// <summary>Length of the longest term starting at <paramref name="start"/>, 0 when none does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int LongestAt(ReadOnlySpan<char> text, int start) =>
        (uint)start < (uint)text.Length && _forward.FirstChars.Contains(text[start]) ? _forward.LongestAt(text, start, out _) : 0;

    /// <summary>Calls <paramref name="onMatch"/> with the length and value of every term starting at <paramref name="start"/>, shortest first.</summary>
    public void ForEachAt(ReadOnlySpan<char> text, int start, Action<int, T> onMatch)
    {
        for (var length = _forward.ShortestAt(text, start, 0, out var id); length > 0; length = _forward.ShortestAt(text, start, length, out id))
            onMatch(length, _values[id]);
    }

    /// <summary>The longest term ending exactly at <paramref name="end"/> (exclusive); length 0 when none does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int LongestEndingAt(ReadOnlySpan<char> text, int end, out T value)
    {
        if ((uint)(end - 1) >= (uint)text.Length || !_backward.FirstChars.Contains(text[end - 1])) { value = default!; return 0; }
        var length = _backward.LongestEndingAt(text, end, out var id);
        value = _values[id];
        return length;
    }

    /// <summary>Length of the longest term ending exactly at <paramref name="end"/> (exclusive), 0 when none does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int LongestEndingAt(ReadOnlySpan<char> text, int end) =>
        (uint)(end - 1) < (uint)text.Length && _backward.FirstChars.Contains(text[end - 1]) ? _backward.LongestEndingAt(text, end, out _) : 0;
}
