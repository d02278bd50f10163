using System.Text.RegularExpressions;
using CollectionsMarshal = System.Runtime.InteropServices.CollectionsMarshal;
using NewsCorpus.Segmentation;

namespace NewsCorpus.Extraction.Entities;

/// <summary>
/// Finds organisation names: known organisations and their short forms (市卫健委), names ending in an
/// organisation word (…有限公司, …医院, …局) whose start is found by <see cref="NameBoundaries"/>, abbreviations
/// declared in the text (以下简称“城发集团”) and short forms of a company named in full earlier
/// (株洲大川电子技术有限公司 … 大川电子), each linked to the full name.
/// </summary>
public sealed partial class OrganizationExtractor(OrganizationLexicon lexicon, NameBoundaries boundaries)
{
    /// <summary>Characters a known organisation or an organisation ending starts with: the scan asks only there.</summary>
    internal CharSet StartChars { get; } = CharSet.Union(lexicon.Known.FirstChars, lexicon.Suffixes.FirstChars);

    private readonly CandidateStarts _starts = new(CharSet.Union(lexicon.Known.FirstChars, lexicon.Suffixes.FirstChars));

    /// <summary>Organisations in <paramref name="text"/>, in order; <paramref name="places"/> are the places found in it.</summary>
    public IReadOnlyList<OrganizationMention> Extract(string text, IReadOnlyList<PlaceMention> places) => Extract(text.AsSpan(), places);

    /// <summary>Organisations in <paramref name="s"/>, in order; <paramref name="places"/> are the places found in it.</summary>
    public IReadOnlyList<OrganizationMention> Extract(ReadOnlySpan<char> s, IReadOnlyList<PlaceMention> places) =>
        Extract(s, places, _starts.In(s).Of(0));

    /// <summary>Organisations in <paramref name="s"/>, given the positions where <see cref="StartChars"/> occur.</summary>
    internal IReadOnlyList<OrganizationMention> Extract(ReadOnlySpan<char> s, IReadOnlyList<PlaceMention> places, ReadOnlySpan<int> starts)
    {
        var scratch = t_scratch ??= new Scratch();
        var placeStarts = scratch.PlaceStarts.Reset(s.Length);
        for (var k = 0; k < places.Count; k++) placeStarts.Add(places[k].Span.Start);
        // Organisation names nest (…集团 + 有限公司, …公安局 + 交警大队): a name may run over an earlier candidate,
        // the longest is kept; only a known organisation's end stops it (市卫健委 | 党委).
        var anchors = scratch.Anchors.Reset(s.Length);
        var found = scratch.Candidates;
        found.Clear();
        foreach (var i in starts)
        {
            var known = lexicon.Known.LongestAt(s, i, out var fullName);
            // 市委常委 is a title, not 市委.
            if (known > 0 && lexicon.NotOrganizations.LongestAt(s, i) > known) known = 0;
            if (known > 0)
            {
                anchors.Add(i + known);
                found.Add(new Candidate(new Span(i, i + known), fullName, !s.Slice(i, known).SequenceEqual(fullName), found.Count));
            }
            var suffix = lexicon.Suffixes.LongestAt(s, i, out var ending);
            if (suffix > 0 && NameEndingAt(s, i, suffix, ending, anchors, placeStarts) is { } span)
                found.Add(new Candidate(span, null, false, found.Count));
        }
        if (found.Count == 0) return [];
        KeepLongest(found);
        MergeAdjacent(found);
        var kept = new List<OrganizationMention>(found.Count);
        foreach (var c in found) kept.Add(c.ToMention(s));
        return LinkShortForms(s, kept, places);
    }

    /// <summary>A name found before overlaps are settled: only the names kept become mentions.</summary>
    /// <param name="Known">The known organisation's full name, null for a name built on an ending.</param>
    /// <param name="IsAlias">The text is a short form of <paramref name="Known"/> (市卫健委 for 株洲市卫生健康委员会).</param>
    /// <param name="Order">Position in the order found, which settles ties as a stable sort would.</param>
    private readonly record struct Candidate(Span Span, string? Known, bool IsAlias, int Order)
    {
        /// <summary>A name is its text, except a short form, which names the full name and keeps its text as the alias.</summary>
        public OrganizationMention ToMention(ReadOnlySpan<char> text) =>
            IsAlias ? new OrganizationMention(Known!, text[Span.Start..Span.End].ToString(), Span)
                : new OrganizationMention(Known ?? text[Span.Start..Span.End].ToString(), null, Span);
    }

    /// <summary>Buffers reused from one text to the next on the same thread.</summary>
    private sealed class Scratch
    {
        public readonly PositionSet PlaceStarts = new(0);
        public readonly PositionSet Anchors = new(0);
        public readonly List<Candidate> Candidates = [];
    }

    [ThreadStatic] private static Scratch? t_scratch;

    private Span? NameEndingAt(ReadOnlySpan<char> s, int suffixStart, int suffixLength, OrganizationSuffix ending, PositionSet anchors, PositionSet placeStarts)
    {
        var end = suffixStart + suffixLength;
        // 部署, 局面: a longer word starts at the ending.
        if (lexicon.NotOrganizations.LongestAt(s, suffixStart) > suffixLength) return null;
        var start = StartWithBrackets(s, suffixStart, ending.MaxStem, anchors);
        if (start < 0) return null;
        if (ending.NeedsPlace && !placeStarts.Contains(start) && !IsLocalPrefix(s[start]))
        {
            // 经株洲市渌口区人民政府: the name starts at the place inside the run.
            for (var p = start + 1; p < suffixStart; p++)
                if (placeStarts.Contains(p)) { start = p; break; }
        }
        var stem = s[start..suffixStart];
        // 区红十字会: a long ending after the level of government alone is a name.
        var localBody = stem.Length == 1 && IsLocalPrefix(stem[0]) && ending.Suffix.Length >= 3;
        if ((stem.Length < ending.MinStem && !localBody) || lexicon.NotOrganizations.Contains(stem)) return null;
        // 辖区内定点医院: a stem ending in a generic two-character modifier is no name.
        if (stem.Length > 2 && lexicon.NotOrganizations.Contains(stem[^2..])) return null;
        if (ending.NeedsPlace && !placeStarts.Contains(start) && !IsLocalPrefix(stem[0])) return null;
        return new Span(start, end);
    }

    /// <summary>市, 省, 区, 县 standing for the local government level: 市卫健委, 区红十字会.</summary>
    private static bool IsLocalPrefix(char c) => c is '市' or '省' or '区' or '县';

    /// <summary>Name start, letting a bracketed place stand inside a company name: 众普森科技(株洲)有限公司.</summary>
    private int StartWithBrackets(ReadOnlySpan<char> s, int end, int maxStem, PositionSet anchors)
    {
        var start = boundaries.StartOf(s, end, maxStem, anchors, out _);
        if (start >= 2 && s[start - 1] is ')' or '）')
        {
            var open = s[..(start - 1)].LastIndexOfAny('(', '（');
            if (open > 0 && start - 1 - open <= 5 && CjkText.AllHan(s[(open + 1)..(start - 1)]))
            {
                var outer = boundaries.StartOf(s, open, maxStem, anchors, out _);
                if (outer >= 0 && outer < open) return outer;
            }
        }
        return start;
    }

    /// <summary>Length of the place the name starts with (株洲 of 株洲大川电子…), 0 when it starts with none.</summary>
    private static int PlacePrefix(Span name, IReadOnlyList<PlaceMention> places)
    {
        for (var k = 0; k < places.Count; k++)
            if (places[k] is var place && place.Span.Start == name.Start) return place.Span.End < name.End ? place.Span.End - name.Start : 0;
        return 0;
    }

    /// <summary>Overlapping candidates: the one starting first wins, then the longer; a later one running past it extends it.</summary>
    private static void KeepLongest(List<Candidate> found)
    {
        var items = CollectionsMarshal.AsSpan(found);
        items.Sort(static (a, b) =>
            a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start)
            : a.Span.Length != b.Span.Length ? b.Span.Length.CompareTo(a.Span.Length)
            : a.Order.CompareTo(b.Order));
        var kept = 0;
        foreach (var m in items)
        {
            if (kept > 0 && m.Span.Start < items[kept - 1].Span.End)
            {
                ref var last = ref items[kept - 1];
                if (m.Span.End <= last.Span.End) continue;
                // The extended name is its text: no longer a known name or its short form.
                if (m.Span.Start > last.Span.Start) { last = new Candidate(new Span(last.Span.Start, m.Span.End), null, false, last.Order); continue; }
            }
            items[kept++] = m;
        }
        found.RemoveRange(kept, found.Count - kept);
    }

    /// <summary>A unit right after its parent body is one name, as printed: 醴陵市公安局 + 交警大队, 致公党 + 芦淞区工委.</summary>
    private static void MergeAdjacent(List<Candidate> kept)
    {
        var items = CollectionsMarshal.AsSpan(kept);
        var merged = 0;
        foreach (var m in items)
        {
            if (merged > 0 && items[merged - 1].Span.End == m.Span.Start && !m.IsAlias)
            {
                ref var last = ref items[merged - 1];
                last = new Candidate(new Span(last.Span.Start, m.Span.End), null, false, last.Order);
                continue;
            }
            items[merged++] = m;
        }
        kept.RemoveRange(merged, kept.Count - merged);
    }

    /// <summary>Declared abbreviations and short forms of full company names, linked to the full name, everywhere they occur.</summary>
    private List<OrganizationMention> LinkShortForms(ReadOnlySpan<char> text, List<OrganizationMention> found, IReadOnlyList<PlaceMention> places)
    {
        // Most texts declare no short form and name no company: they keep the mentions as found.
        Dictionary<string, string>? shortForms = null;
        foreach (var m in found)
        {
            if (DeclaredShortForm(text, m.Span.End) is { } declared) (shortForms ??= []).TryAdd(declared, m.Name);
            if (!IsCompanyName(m.Name)) continue;
            var prefix = -1;
            foreach (var core in CoreNames(m.Name))
            {
                if (prefix < 0) prefix = PlacePrefix(m.Span, places);
                if (core.Length >= 3 && !lexicon.NotOrganizations.Contains(core)) (shortForms ??= []).TryAdd(core, m.Name);
                if (prefix > 0 && core.Length - prefix >= 3 && !lexicon.NotOrganizations.Contains(core.AsSpan(prefix))) (shortForms ??= []).TryAdd(core[prefix..], m.Name);
            }
        }
        if (shortForms is null) return found;
        // A full name that is itself a short form of another is counted under that one.
        var result = new MentionsByPosition(text.Length);
        foreach (var m in found)
            if (m.Alias is not null || !shortForms.ContainsKey(m.Name)) result.Add(m);
        var forms = new List<string>(shortForms.Keys);
        var occurrences = Occurrences.Of(text, forms);
        for (var f = 0; f < forms.Count; f++)
        {
            var full = shortForms[forms[f]];
            foreach (var at in occurrences[f])
            {
                var span = new Span(at, at + forms[f].Length);
                var inside = result.FirstContaining(span);
                if (inside >= 0 && result[inside].Name == full) continue;
                if (inside >= 0)
                {
                    // A heading's own name such as 新芦淞集团 is the short form as printed.
                    var container = result[inside];
                    result.RemoveAt(inside);
                    if (container.Span.Start == span.Start) span = container.Span;
                }
                result.Add(new OrganizationMention(full, text[span.Start..span.End].ToString(), span));
            }
        }
        return result.ByStart();
    }

    /// <summary>
    /// Mentions in the order they were added, indexed by the characters they cover, so that finding the first one
    /// containing a span costs the mentions at one position, not all of them (a long text has thousands).
    /// </summary>
    private sealed class MentionsByPosition(int textLength)
    {
        private readonly List<OrganizationMention?> _added = [];
        /// <summary>
        /// Per position, the first and last of its chain of covering mentions (entry + 1, 0 for none); each entry holds
        /// a mention id and the next entry + 1, in the order added. Built on the first query (most texts declare no short form).
        /// </summary>
        private int[]? _first;
        private int[]? _last;
        private readonly List<int> _entryId = [];
        private readonly List<int> _entryNext = [];

        /// <summary>Up to this many mentions, asking each costs less than indexing the text's positions.</summary>
        private const int FewMentions = 64;

        public void Add(OrganizationMention mention)
        {
            _added.Add(mention);
            if (_first is not null) Index(_added.Count - 1);
        }

        private void Index(int id)
        {
            var span = _added[id]!.Span;
            for (var p = span.Start; p < span.End; p++)
            {
                _entryId.Add(id);
                _entryNext.Add(0);
                var entry = _entryId.Count;
                if (_first![p] == 0) _first[p] = entry;
                else _entryNext[_last![p] - 1] = entry;
                _last![p] = entry;
            }
        }

        /// <summary>The earliest added mention still kept whose span contains the non-empty <paramref name="span"/>; −1 when none does.</summary>
        public int FirstContaining(Span span)
        {
            if (_first is null && _added.Count <= FewMentions)
            {
                for (var id = 0; id < _added.Count; id++)
                    if (_added[id] is { } m && m.Span.Start <= span.Start && span.End <= m.Span.End) return id;
                return -1;
            }
            if (_first is null)
            {
                _first = new int[textLength];
                _last = new int[textLength];
                for (var id = 0; id < _added.Count; id++)
                    if (_added[id] is not null) Index(id);
            }
            for (var entry = _first[span.Start]; entry != 0; entry = _entryNext[entry - 1])
                if (_added[_entryId[entry - 1]] is { } m && m.Span.Start <= span.Start && span.End <= m.Span.End) return _entryId[entry - 1];
            return -1;
        }

        public OrganizationMention this[int id] => _added[id]!;

        public void RemoveAt(int id) => _added[id] = null;

        /// <summary>The mentions still kept, by start; those with the same start in the order added.</summary>
        public List<OrganizationMention> ByStart()
        {
            var order = new List<(int Start, int Id)>(_added.Count);
            for (var id = 0; id < _added.Count; id++)
                if (_added[id] is { } m) order.Add((m.Span.Start, id));
            CollectionsMarshal.AsSpan(order).Sort();
            var kept = new List<OrganizationMention>(order.Count);
            foreach (var (_, id) in order) kept.Add(_added[id]!);
            return kept;
        }
    }

    /// <summary>A company or group (…公司, …集团): only those are named by a short form of their own.</summary>
    private static bool IsCompanyName(string name) =>
        name.EndsWith("公司", StringComparison.Ordinal) || name.EndsWith("集团", StringComparison.Ordinal);

    /// <summary>The company name <paramref name="name"/> without trailing legal and trade words: 株洲大川电子技术有限公司 → 株洲大川电子.</summary>
    private IEnumerable<string> CoreNames(string name)
    {
        var core = name;
        for (var changed = true; changed;)
        {
            changed = false;
            for (var k = 0; k < lexicon.CoreEndings.Count; k++)
                if (lexicon.CoreEndings[k] is var ending && core.Length > ending.Length + 2 && core.EndsWith(ending, StringComparison.Ordinal))
                {
                    core = core[..^ending.Length];
                    changed = true;
                    yield return core;
                    break;
                }
        }
    }

    /// <summary>The short form declared right at <paramref name="at"/>: （以下简称“城发集团”）; null when none is.</summary>
    private static string? DeclaredShortForm(ReadOnlySpan<char> text, int at)
    {
        // Most mentions are followed by no bracket, asked first; the pattern is matched on the few characters it can span.
        if (at >= text.Length || text[at] is not ('（' or '(')) return null;
        var declared = AbbreviationDeclaration().Match(text.Slice(at, Math.Min(MaxDeclaration, text.Length - at)).ToString());
        return declared.Success ? declared.Groups["short"].Value : null;
    }

    /// <summary>The longest text <see cref="AbbreviationDeclaration"/> matches: brackets, 以下简称, quotes and 12 characters.</summary>
    private const int MaxDeclaration = 20;

    [GeneratedRegex(@"\G[（(]以下简称[“""「]?(?<short>[^”""」）)]{2,12})[”""」]?[)）]")]
    private static partial Regex AbbreviationDeclaration();
}
