using System.Buffers;

namespace NewsCorpus.Extraction.Entities;

/// <summary>
/// Where each of several words occurs in a text, in one pass over the text instead of one search per word:
/// for each word, the same non-overlapping left-to-right matches as repeated ordinal IndexOf.
/// </summary>
internal static class Occurrences
{
    /// <summary>Per word (same order), the start offsets of its occurrences, ascending.</summary>
    public static List<int>[] Of(ReadOnlySpan<char> text, IReadOnlyList<string> words) =>
        words.Count <= FewWords ? EachWord(text, words) : OnePass(text, words);

    /// <summary>Up to this many words, a vectorised search per word is cheaper than setting up the one pass.</summary>
    internal const int FewWords = 8;

    private static List<int>[] EachWord(ReadOnlySpan<char> s, IReadOnlyList<string> words)
    {
        var result = new List<int>[words.Count];
        for (var w = 0; w < words.Count; w++)
        {
            result[w] = [];
            var word = words[w];
            if (word.Length == 0) continue;
            for (var at = s.IndexOf(word, StringComparison.Ordinal); at >= 0;)
            {
                result[w].Add(at);
                var from = at + word.Length;
                at = s[from..].IndexOf(word, StringComparison.Ordinal) is var next and >= 0 ? from + next : -1;
            }
        }
        return result;
    }

    private static List<int>[] OnePass(ReadOnlySpan<char> s, IReadOnlyList<string> words)
    {
        var result = new List<int>[words.Count];
        var byFirst = new Dictionary<char, List<int>>();
        for (var w = 0; w < words.Count; w++)
        {
            result[w] = [];
            if (words[w].Length == 0) continue;
            if (!byFirst.TryGetValue(words[w][0], out var list)) byFirst[words[w][0]] = list = [];
            list.Add(w);
        }
        if (byFirst.Count == 0) return result;
        // Jump from one possible first character to the next: most of a text starts no word.
        var firsts = SearchValues.Create([.. byFirst.Keys]);
        var next = new int[words.Count];
        for (var p = s.IndexOfAny(firsts); p >= 0; p = s[(p + 1)..].IndexOfAny(firsts) is var k and >= 0 ? p + 1 + k : -1)
            foreach (var w in byFirst[s[p]])
                if (p >= next[w] && s[p..].StartsWith(words[w], StringComparison.Ordinal))
                {
                    result[w].Add(p);
                    next[w] = p + words[w].Length;
                }
        return result;
    }
}
