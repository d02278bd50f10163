using NewsCorpus.Segmentation;

namespace NewsCorpus.Extraction.Entities;

/// <summary>A place of the gazetteer: its canonical name, level and parent.</summary>
public sealed record GazetteerPlace(string Name, string Level, string? Parent);

/// <summary>A generic place-name ending (街道, 社区, 村 …) and how a name before it is recognised.</summary>
/// <param name="MaxStem">Most characters the name may have before the ending.</param>
/// <param name="NeedsAnchor">The name must follow a known place …</param>
/// <param name="AfterWord">… or, when true, a boundary word (在, 的), not just punctuation.</param>
public sealed record PlaceSuffix(string Suffix, string Level, int MaxStem, bool NeedsAnchor, bool AfterWord);

/// <summary>
/// The place names of data/gazetteer: Zhuzhou's divisions, zones and towns, China's provinces and major
/// cities (places.tsv, with short forms), the generic endings of place names (place-suffixes.tsv) and
/// stems that are never names (not-places.txt).
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, GazetteerPlace> _byName = [];

    public Gazetteer(IEnumerable<string[]> places, IEnumerable<string[]> suffixes, IEnumerable<string> notPlaces, IEnumerable<string> notPlaceStarts)
    {
        foreach (var row in places)
        {
            var place = new GazetteerPlace(row[0], Cell(row, 1) ?? "place", Cell(row, 2));
            if (!_byName.TryAdd(place.Name, place)) continue;
            Names.Add(place.Name, place);
            foreach (var alias in LexiconSource.List(Cell(row, 3)))
                Names.Add(alias, place);
        }
        foreach (var row in suffixes)
            Suffixes.Add(row[0], new PlaceSuffix(row[0], row[1], int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture), Cell(row, 3) is "yes" or "word", Cell(row, 3) == "word"));
        foreach (var stem in notPlaces) NotPlaces.Add(stem, true);
        foreach (var start in notPlaceStarts) NotPlaceStarts.UnionWith(start);
    }

    public static Gazetteer Load(LexiconSource source) => new(
        source.Rows("gazetteer/places.tsv"),
        source.Rows("gazetteer/place-suffixes.tsv"),
        source.Words("gazetteer/not-places.txt"),
        source.Words("gazetteer/not-place-starts.txt"));

    /// <summary>Canonical names and short forms of known places.</summary>
    public TermTrie<GazetteerPlace> Names { get; } = new();

    public TermTrie<PlaceSuffix> Suffixes { get; } = new();

    public TermTrie<bool> NotPlaces { get; } = new();

    /// <summary>Characters a generic place name never starts with (这, 某, 每 …).</summary>
    public HashSet<char> NotPlaceStarts { get; } = [];

    public IEnumerable<GazetteerPlace> Places => _byName.Values;

    public GazetteerPlace? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The known place named by a span of a text, without making a string of it.</summary>
    public GazetteerPlace? Find(ReadOnlySpan<char> name) => _byName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var place) ? place : null;

    /// <summary>The chain of parents of a known place, nearest first (天元区 → 株洲市 → 湖南省 → 中国).</summary>
    public IEnumerable<GazetteerPlace> Ancestors(string name)
    {
        var seen = new HashSet<string>();
        for (var p = Find(name)?.Parent; p is not null && seen.Add(p) && Find(p) is { } parent; p = parent.Parent)
            yield return parent;
    }

    private static string? Cell(string[] row, int i) => i < row.Length && row[i].Trim().Length > 0 ? row[i].Trim() : null;
}
