using System.Buffers;
using System.Numerics;
using System.Text.RegularExpressions;
using NewsCorpus.Text;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Extraction.Dates;

/// <summary>
/// A pattern tried only where a match can start, instead of at every character: every match contains
/// one of <see cref="Anchors"/> (年 or 月 for a calendar date, 点 or 时 for a time) at most
/// <see cref="Lead"/> characters after its start, and starts with one of <see cref="Starts"/>.
/// The pattern begins with \G, so each try is anchored; <see cref="Matches"/> returns exactly what
/// Regex.Matches of the same pattern without \G would (lookbehinds still see the text before a try).
/// </summary>
internal sealed class AnchoredPattern
{
    private readonly SearchValues<char> _starts;

    public AnchoredPattern(Regex pattern, string anchors, int lead, string starts)
    {
        if (!pattern.ToString().StartsWith(@"\G", StringComparison.Ordinal))
            throw new ArgumentException(@"the pattern must begin with \G", nameof(pattern));
        (Pattern, Anchors, Lead, Starts) = (pattern, anchors, lead, starts);
        _starts = SearchValues.Create(starts);
    }

    public Regex Pattern { get; }

    public string Anchors { get; }

    /// <summary>The most characters a match can have before its first anchor.</summary>
    public int Lead { get; }

    public string Starts { get; }

    /// <summary>The number of a named group, for access by number: by name, every access is a hashtable lookup.</summary>
    public int Group(string name) =>
        Pattern.GroupNumberFromName(name) is var n and >= 0 ? n : throw new ArgumentException($"no group {name} in {Pattern}", nameof(name));

    /// <summary>The matches, left to right and not overlapping, as an unanchored scan finds them.</summary>
    public List<Match> Matches(string text) => new AnchoredPatternSet([this]).Matches(text)[this];

    /// <summary>The match at the first start in [first, last] where there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal Match? FirstAt(string text, int first, int last)
    {
        for (var start = first; start <= last; start++)
        {
            if (!_starts.Contains(text[start])) continue;
            var match = Pattern.Match(text, start);
            if (match.Success) return match;
        }
        return null;
    }
}

/// <summary>
/// Several anchored patterns run in one pass over the text: each anchor is found once, by one search
/// for all the patterns' anchors, and tried for the patterns it belongs to. Each pattern keeps its own
/// position, so its matches are those it finds alone.
/// </summary>
internal sealed class AnchoredPatternSet
{
    private readonly AnchoredPattern[] _patterns;
    /// <summary>Per anchor character, one bit for each pattern it anchors.</summary>
    private readonly Dictionary<char, int> _patternsOf = [];
    private readonly SearchValues<char> _anchors;

    public AnchoredPatternSet(IReadOnlyList<AnchoredPattern> patterns)
    {
        if (patterns.Count > 32) throw new ArgumentException("at most 32 patterns", nameof(patterns));
        _patterns = [.. patterns];
        for (var p = 0; p < _patterns.Length; p++)
            foreach (var c in _patterns[p].Anchors)
                _patternsOf[c] = _patternsOf.GetValueOrDefault(c) | 1 << p;
        _anchors = SearchValues.Create([.. _patternsOf.Keys]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Found Matches(string text)
    {
        var found = new List<Match>[_patterns.Length];
        // No match of pattern p starts before from[p]: each anchor is visited once, each start tried at most once.
        Span<int> from = stackalloc int[_patterns.Length];
        for (var p = 0; p < _patterns.Length; p++) found[p] = [];
        for (var anchor = text.AsSpan().IndexOfAny(_anchors); anchor >= 0; anchor = SpanSearch.IndexOfAnyAfter(text, anchor, _anchors))
        {
            for (var mask = _patternsOf[text[anchor]]; mask != 0; mask &= mask - 1)
            {
                var p = BitOperations.TrailingZeroCount(mask);
                if (anchor < from[p]) continue;
                var pattern = _patterns[p];
                if (pattern.FirstAt(text, Math.Max(from[p], anchor - pattern.Lead), anchor) is not { } match)
                {
                    from[p] = anchor + 1;
                    continue;
                }
                found[p].Add(match);
                from[p] = match.Index + match.Length; // never empty: a match holds an anchor
            }
        }
        return new Found(this, found);
    }

    /// <summary>The matches of each pattern of the set.</summary>
    public readonly struct Found(AnchoredPatternSet set, List<Match>[] matches)
    {
        public List<Match> this[AnchoredPattern pattern] => matches[Array.IndexOf(set._patterns, pattern)];
    }
}
