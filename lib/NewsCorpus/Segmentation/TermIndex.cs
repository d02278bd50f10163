using System.Runtime.CompilerServices;

namespace NewsCorpus.Segmentation;

/// <summary>
/// The character trie behind <see cref="TermTrie{T}"/>: terms map to integer ids (0 means none). Terms are added
/// to a growable form; the first query after an addition freezes the trie into flat arrays that are read
/// concurrently without locks.
/// </summary>
/// <remarks>
/// Frozen layout: the root's children in a table by character (256 pages of 256, pages without children
/// shared), a bit per character that starts a term, and for every other node its children as one contiguous
/// range of (character, node) edges sorted by character, so a step down is a short scan of adjacent memory.
/// </remarks>
internal sealed class TermIndex
{
    /// <summary>Edges while adding, keyed by parent node and character; node 0 is the root.</summary>
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<int> _ids = [0];
    private readonly int[]?[] _rootPages = new int[]?[256];
    private readonly CharSet _firstChars = new([]);
    private volatile Frozen? _frozen;
    private readonly Lock _freezing = new();

    /// <summary>Adds <paramref name="term"/> (its characters right to left when <paramref name="reversed"/>) with id <paramref name="id"/>; false when it is there already.</summary>
    public bool Add(string term, int id, bool reversed)
    {
        var node = 0;
        for (var k = 0; k < term.Length; k++) node = ChildOrAdd(node, term[reversed ? term.Length - 1 - k : k]);
        if (_ids[node] != 0) return false;
        _ids[node] = id;
        _frozen = null;
        return true;
    }

    private int ChildOrAdd(int node, char c)
    {
        if (node == 0)
        {
            var page = _rootPages[c >> 8] ??= new int[256];
            if (page[c & 0xFF] != 0) return page[c & 0xFF];
            _firstChars.Add(c);
            return page[c & 0xFF] = NewNode();
        }
        var key = ((long)node << 16) | c;
        if (_edges.TryGetValue(key, out var child)) return child;
        return _edges[key] = NewNode();
    }

    private int NewNode()
    {
        _ids.Add(0);
        return _ids.Count - 1;
    }

    /// <summary>The characters terms start with (end with, for reversed terms).</summary>
    public CharSet FirstChars => _firstChars;

    /// <summary>The id of exactly <paramref name="term"/>, 0 when it is not a term.</summary>
    public int Find(ReadOnlySpan<char> term)
    {
        if (term.IsEmpty) return 0;
        // While terms are being added (a lexicon asking whether it has a term already), walk the growable form.
        if (_frozen is not { } f) return FindUnfrozen(term);
        var node = f.Root(term[0]);
        for (var i = 1; i < term.Length && node != 0; i++) node = f.Child(node, term[i]);
        return f.Nodes[node].Id;
    }

    private int FindUnfrozen(ReadOnlySpan<char> term)
    {
        var node = _rootPages[term[0] >> 8] is { } page ? page[term[0] & 0xFF] : 0;
        for (var i = 1; i < term.Length && node != 0; i++)
            node = _edges.TryGetValue(((long)node << 16) | term[i], out var child) ? child : 0;
        return _ids[node];
    }

    /// <summary>Length of the longest term starting at <paramref name="start"/> and its id; 0 and id 0 when none does.</summary>
    public int LongestAt(ReadOnlySpan<char> text, int start, out int id)
    {
        id = 0;
        if ((uint)start >= (uint)text.Length) return 0;
        var c = text[start];
        if (!_firstChars.Contains(c)) return 0;
        var f = Current;
        var nodes = f.Nodes;
        var node = f.Root(c);
        var best = 0;
        if (nodes[node].Id != 0) { best = 1; id = nodes[node].Id; }
        // Most starts continue with a character no term continues with: one bit says so, before any search of edges.
        if (start + 1 >= text.Length || !f.MayContinue(c, text[start + 1])) return best;
        for (var i = start + 1; ;)
        {
            if ((node = f.Child(node, text[i])) == 0) return best;
            if (nodes[node].Id != 0) { best = i - start + 1; id = nodes[node].Id; }
            if (++i >= text.Length) return best;
        }
    }

    /// <summary>Length of the shortest term starting at <paramref name="start"/> that is longer than <paramref name="after"/>; 0 when none is.</summary>
    public int ShortestAt(ReadOnlySpan<char> text, int start, int after, out int id)
    {
        id = 0;
        if ((uint)start >= (uint)text.Length) return 0;
        var f = Current;
        var node = f.Root(text[start]);
        for (var i = start; node != 0;)
        {
            if (i - start + 1 > after && f.Nodes[node].Id != 0) { id = f.Nodes[node].Id; return i - start + 1; }
            if (++i >= text.Length) break;
            node = f.Child(node, text[i]);
        }
        return 0;
    }

    /// <summary>For a trie of reversed terms: length of the longest term ending at <paramref name="end"/> (exclusive) and its id.</summary>
    public int LongestEndingAt(ReadOnlySpan<char> text, int end, out int id)
    {
        id = 0;
        if (end <= 0 || end > text.Length) return 0;
        var c = text[end - 1];
        if (!_firstChars.Contains(c)) return 0;
        var f = Current;
        var nodes = f.Nodes;
        var node = f.Root(c);
        var best = 0;
        if (nodes[node].Id != 0) { best = 1; id = nodes[node].Id; }
        if (end < 2 || !f.MayContinue(c, text[end - 2])) return best;
        for (var i = end - 2; ;)
        {
            if ((node = f.Child(node, text[i])) == 0) return best;
            if (nodes[node].Id != 0) { best = end - i; id = nodes[node].Id; }
            if (--i < 0) return best;
        }
    }

    private Frozen Current => _frozen ?? Freeze();

    private Frozen Freeze()
    {
        lock (_freezing)
            return _frozen ??= new Frozen(_rootPages, _edges, _ids);
    }

    private struct Node
    {
        /// <summary>The node's edges are Edges[First..End).</summary>
        public int First;
        public int End;
        /// <summary>Id of the term ending at this node, 0 when none does.</summary>
        public int Id;
    }

    private readonly struct Edge(char c, int target)
    {
        public readonly char Char = c;
        public readonly int Target = target;
    }

    private sealed class Frozen
    {
        private static readonly int[] NoChildren = new int[256];
        private readonly int[][] _root = new int[256][];
        public readonly Node[] Nodes;
        private readonly Edge[] _edges;
        /// <summary>A bit per hashed pair of a term's first two characters: clear means no term starts with that pair.</summary>
        private readonly ulong[] _pairs = new ulong[PairBits / 64];
        private const int PairBits = 1 << 16;

        public Frozen(int[]?[] rootPages, Dictionary<long, int> edges, List<int> ids)
        {
            for (var p = 0; p < 256; p++) _root[p] = rootPages[p] is { } page ? (int[])page.Clone() : NoChildren;
            Nodes = new Node[ids.Count];
            for (var n = 0; n < ids.Count; n++) Nodes[n].Id = ids[n];
            // Keys are parent << 16 | character: sorted, they group each node's edges in character order.
            var keys = edges.Keys.ToArray();
            Array.Sort(keys);
            _edges = new Edge[keys.Length];
            for (var e = 0; e < keys.Length; e++)
            {
                var parent = (int)(keys[e] >> 16);
                if (e == 0 || (int)(keys[e - 1] >> 16) != parent) Nodes[parent].First = e;
                Nodes[parent].End = e + 1;
                _edges[e] = new Edge((char)(keys[e] & 0xFFFF), edges[keys[e]]);
            }
            for (var p = 0; p < 256; p++)
                for (var k = 0; k < 256 && rootPages[p] is { } page; k++)
                    if (page[k] is var child and not 0)
                        for (var e = Nodes[child].First; e < Nodes[child].End; e++)
                        {
                            var bit = Pair((char)(p << 8 | k), _edges[e].Char);
                            _pairs[bit >> 6] |= 1UL << bit;
                        }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Pair(char first, char second) => (int)((first * 0x9E3779B1u ^ second * 0x85EBCA77u) >> 16);

        /// <summary>False when no term starts with <paramref name="first"/> then <paramref name="second"/>; true may be a false alarm.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayContinue(char first, char second)
        {
            var bit = Pair(first, second);
            return (_pairs[bit >> 6] & (1UL << bit)) != 0;
        }

        public int Root(char c) => _root[c >> 8][c & 0xFF];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Child(int node, char c)
        {
            ref readonly var n = ref Nodes[node];
            var edges = _edges;
            var lo = n.First;
            var hi = n.End;
            // Most nodes have one or two children; a node with many is searched by halves.
            while (hi - lo > 8)
            {
                var mid = (lo + hi) >>> 1;
                if (edges[mid].Char == c) return edges[mid].Target;
                if (edges[mid].Char < c) lo = mid + 1;
                else hi = mid;
            }
            for (; lo < hi; lo++)
            {
                var e = edges[lo];
                if (e.Char >= c) return e.Char == c ? e.Target : 0;
            }
            return 0;
        }
    }
}
