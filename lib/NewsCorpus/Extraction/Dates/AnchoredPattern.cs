using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsCorpus.Extraction.Dates;

/// <summary>
/// A pattern tried only where a match can start, instead of at every character: every match contains
/// one of <see cref="Anchors"/> (年 and 月 for a calendar date, 点 and 时 for a time) at most
/// <see cref="Lead"/> characters after its start, and starts with one of <see cref="Starts"/>.
/// The pattern begins with \G, so each try is anchored; <see cref="Matches"/> returns exactly what
/// Regex.Matches of the same pattern without \G would (lookbehinds still see the text before a try).
/// </summary>
internal sealed class AnchoredPattern(Regex pattern, SearchValues<char> anchors, int lead, SearchValues<char> starts)
{
    public Regex Pattern { get; } = pattern.ToString().StartsWith(@"\G", StringComparison.Ordinal)
        ? pattern
        : throw new ArgumentException(@"the pattern must begin with \G", nameof(pattern));

    public SearchValues<char> Anchors { get; } = anchors;

    public int Lead { get; } = lead;

    public SearchValues<char> Starts { get; } = starts;

    /// <summary>The matches, left to right and not overlapping, as an unanchored scan finds them.</summary>
    public List<Match> Matches(string text)
    {
        var found = new List<Match>();
        // No match starts before `from`; each anchor is visited once, each start tried at most once.
        var from = 0;
        while (from < text.Length)
        {
            var next = text.AsSpan(from).IndexOfAny(Anchors);
            if (next < 0) break;
            var anchor = from + next;
            var match = FirstAt(text, Math.Max(from, anchor - Lead), anchor);
            if (match is null)
            {
                from = anchor + 1;
                continue;
            }
            found.Add(match);
            from = match.Index + match.Length; // never empty: a match holds an anchor
        }
        return found;
    }

    /// <summary>The match at the first start in [first, last] where there is one.</summary>
    private Match? FirstAt(string text, int first, int last)
    {
        for (var start = first; start <= last; start++)
        {
            if (!Starts.Contains(text[start])) continue;
            var match = Pattern.Match(text, start);
            if (match.Success) return match;
        }
        return null;
    }
}
