using NewsCorpus.Segmentation;

namespace NewsCorpus.Extraction.Entities;

/// <summary>
/// Finds place names: known places of the gazetteer (longest match, short forms resolved to the canonical
/// name) and names built on a generic ending (…街道, …社区, …村), whose parent is the place just before them
/// ("茶陵县高陇镇星锋村": 星锋村 → 高陇镇 → 茶陵县 → 株洲市).
/// </summary>
public sealed class PlaceExtractor(Gazetteer gazetteer, NameBoundaries boundaries)
{
    /// <summary>Places in <paramref name="text"/>, in order, spans into that text.</summary>
    public IReadOnlyList<PlaceMention> Extract(string text) => Extract(text.AsSpan());

    /// <summary>Places in <paramref name="s"/>, in order, spans into it.</summary>
    public IReadOnlyList<PlaceMention> Extract(ReadOnlySpan<char> s)
    {
        var starts = _starts.In(s);
        return Extract(s, starts.Of(0), starts.Of(1));
    }

    /// <summary>Where known names (kind 0) and name endings (kind 1) may start.</summary>
    private readonly CandidateStarts _starts = new(gazetteer.Names.FirstChars, gazetteer.Suffixes.FirstChars);

    /// <summary>The characters known names start with, then those name endings start with.</summary>
    internal CharSet NameChars => gazetteer.Names.FirstChars;

    internal CharSet EndingChars => gazetteer.Suffixes.FirstChars;

    /// <summary>Places in <paramref name="s"/>, given where its known names and name endings may start.</summary>
    internal IReadOnlyList<PlaceMention> Extract(ReadOnlySpan<char> s, ReadOnlySpan<int> nameStarts, ReadOnlySpan<int> endingStarts)
    {
        // Found in a buffer this thread reuses; the text keeps an array of exactly its places.
        var mentions = t_mentions ??= [];
        mentions.Clear();
        var anchors = (t_anchors ??= new PositionSet(0)).Reset(s.Length);
        var endings = Endings.Of(gazetteer.Suffixes, s, endingStarts);
        var nextName = 0;
        var i = 0;
        while (i < s.Length)
        {
            var known = gazetteer.Names.LongestAt(s, i, out var place);
            var generic = GenericAt(s, i, anchors, endings, out var suffix) ?? KnownWithEnding(s, i, known, out suffix);
            if (known == 0 && generic is null) { i = NextCandidate(s, i + 1, endings, nameStarts, ref nextName); continue; }
            PlaceMention mention;
            // A generic name may grow a known place by an ending (清水塘 + 大桥) but not swallow it (炎陵县 + 中村…).
            if (generic is { } g && g.End > i + known && (known == 0 || g.End - suffix!.Suffix.Length == i + known))
            {
                var name = s[g.Start..g.End].ToString();
                var parent = ParentBefore(mentions, g.Start, suffix!.Level) ?? gazetteer.Find(s[g.Start..(g.End - suffix.Suffix.Length)])?.Name;
                mention = new PlaceMention(name, parent, suffix.Level, g);
            }
            else
            {
                var parent = place.Parent ?? ParentBefore(mentions, i, place.Level);
                mention = new PlaceMention(place.Name, parent, place.Level, new Span(i, i + known));
            }
            mentions.Add(mention);
            anchors.Add(mention.Span.End);
            // 龙泉路、泰亨路: an enumeration continues after the comma.
            if (mention.Span.End < s.Length && s[mention.Span.End] == '、') anchors.Add(mention.Span.End + 1);
            i = mention.Span.End;
        }
        return mentions.Count == 0 ? [] : mentions.ToArray();
    }

    /// <summary>A generic place whose name starts at <paramref name="start"/>: the nearest ending after it that accepts this start.</summary>
    /// <remarks>Called with increasing <paramref name="start"/>: most starts have no ending within reach, which is asked first.</remarks>
    private Span? GenericAt(ReadOnlySpan<char> s, int start, PositionSet anchors, Endings endings, out PlaceSuffix? suffix)
    {
        suffix = null;
        var first = endings.FirstFrom(start + 2);
        if (first == endings.Count || endings.Position(first) - start > MaxStem) return null;
        if (!CjkText.IsHan(s[start])) return null;
        if (start > 0 && CjkText.IsHan(s[start - 1]) && !anchors.Contains(start) && !boundaries.IsBoundaryWordEndingAt(s, start))
            return null;
        // The stem runs over Han characters only.
        var hanEnd = start + 1;
        while (hanEnd < s.Length && hanEnd - start < MaxStem && CjkText.IsHan(s[hanEnd])) hanEnd++;
        for (var k = first; k < endings.Count; k++)
        {
            var stemEnd = endings.Position(k);
            if (stemEnd - start > MaxStem || stemEnd > hanEnd) return null;
            var candidate = endings.Suffix(k);
            var len = candidate.Suffix.Length;
            if (stemEnd - start > candidate.MaxStem) continue;
            var nameStart = boundaries.StartOf(s, stemEnd, candidate.MaxStem, anchors, out var stop);
            if (nameStart != start) continue;
            if (candidate.NeedsAnchor && stop != NameBoundaries.Stop.Anchor && !(candidate.AfterWord && stop == NameBoundaries.Stop.Word)) continue;
            if (IsExcluded(s[start..stemEnd], s[start..(stemEnd + len)])) continue;
            // 村民, 镇上, 路段: a longer word starts at the ending.
            if (gazetteer.NotPlaces.LongestAt(s, stemEnd) > len) continue;
            // “万企兴万村”: a quoted slogan, not a place.
            if (start > 0 && s[start - 1] == '“' && stemEnd + len < s.Length && s[stemEnd + len] == '”') continue;
            suffix = candidate;
            return new Span(start, stemEnd + len);
        }
        return null;
    }

    private const int MaxStem = 8;

    [ThreadStatic] private static PositionSet? t_anchors;
    [ThreadStatic] private static List<PlaceMention>? t_mentions;

    /// <summary>
    /// The first start at or after <paramref name="from"/> where a place may begin: a character that starts a known
    /// name, or a position with an ending within <see cref="MaxStem"/> characters after it.
    /// </summary>
    /// <remarks><paramref name="nextName"/> is a cursor into <paramref name="nameStarts"/>: the starts asked never decrease.</remarks>
    private static int NextCandidate(ReadOnlySpan<char> s, int from, Endings endings, ReadOnlySpan<int> nameStarts, ref int nextName)
    {
        var ending = endings.FirstFrom(from + 2);
        var genericFrom = ending < endings.Count ? Math.Max(from, endings.Position(ending) - MaxStem) : s.Length;
        while (nextName < nameStarts.Length && nameStarts[nextName] < from) nextName++;
        return nextName < nameStarts.Length && nameStarts[nextName] < genericFrom ? nameStarts[nextName] : genericFrom;
    }

    /// <summary>A known place directly followed by a street or landmark ending: 清水塘 + 大道.</summary>
    private Span? KnownWithEnding(ReadOnlySpan<char> s, int start, int known, out PlaceSuffix? suffix)
    {
        suffix = null;
        if (known == 0) return null;
        var len = gazetteer.Suffixes.LongestAt(s, start + known, out var ending);
        if (len == 0 || ending.Level is not ("road" or "bridge" or "estate" or "zone")) return null;
        if (gazetteer.NotPlaces.LongestAt(s, start + known) > len) return null;
        suffix = ending;
        return new Span(start, start + known + len);
    }

    /// <summary>
    /// The positions of a text where a place-name ending starts (the longest one there), found in one pass: a
    /// name is tried at every start and every ending within <see cref="MaxStem"/> characters after it, and most
    /// texts have few endings. Read forward with a cursor, as the starts increase.
    /// </summary>
    private sealed class Endings
    {
        private int[] _positions = new int[16];
        private PlaceSuffix[] _suffixes = new PlaceSuffix[16];
        private int _cursor;

        /// <summary>The endings of <paramref name="s"/>, in buffers this thread reuses for its next text.</summary>
        public static Endings Of(TermTrie<PlaceSuffix> suffixes, ReadOnlySpan<char> s, ReadOnlySpan<int> starts)
        {
            var endings = t_endings ??= new Endings();
            endings.Count = 0;
            endings._cursor = 0;
            foreach (var i in starts)
                if (suffixes.LongestAt(s, i, out var suffix) > 0) endings.Add(i, suffix);
            return endings;
        }

        [ThreadStatic] private static Endings? t_endings;

        private void Add(int position, PlaceSuffix suffix)
        {
            if (Count == _positions.Length)
            {
                Array.Resize(ref _positions, 2 * Count);
                Array.Resize(ref _suffixes, 2 * Count);
            }
            _positions[Count] = position;
            _suffixes[Count++] = suffix;
        }

        public int Count { get; private set; }

        public int Position(int k) => _positions[k];

        public PlaceSuffix Suffix(int k) => _suffixes[k];

        /// <summary>The first ending at or after <paramref name="position"/>, <see cref="Count"/> when none; positions asked never decrease.</summary>
        public int FirstFrom(int position)
        {
            while (_cursor < Count && _positions[_cursor] < position) _cursor++;
            return _cursor;
        }
    }

    /// <summary>A listed stem, or a name ending in a listed word (返乡, 城乡): not a place.</summary>
    private bool IsExcluded(ReadOnlySpan<char> stem, ReadOnlySpan<char> name)
    {
        if (gazetteer.NotPlaces.Contains(stem) || gazetteer.NotPlaceStarts.Contains(stem[0])) return true;
        for (var k = 2; k <= name.Length; k++)
            if (gazetteer.NotPlaces.Contains(name[^k..])) return true;
        return false;
    }

    /// <summary>The place right before <paramref name="start"/> (adjacent, so "石峰区井龙街道" chains), if it is a larger unit.</summary>
    private static string? ParentBefore(List<PlaceMention> mentions, int start, string level) =>
        mentions.Count > 0 && mentions[^1].Span.End == start && Rank(mentions[^1].Level) < Rank(level)
            ? mentions[^1].Name
            : null;

    private static int Rank(string? level) => level switch
    {
        "country" => 0,
        "province" => 1,
        "city" => 2,
        "county-city" or "district" or "county" or "zone" => 3,
        "town" or "township" or "street" => 4,
        "community" or "village" or "estate" or "road" or "bridge" => 5,
        _ => 6,
    };
}
