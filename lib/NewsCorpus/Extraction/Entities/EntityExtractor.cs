namespace NewsCorpus.Extraction.Entities;

/// <summary>The places, organisations and people of one text, spans into that text.</summary>
public sealed record Entities(IReadOnlyList<PlaceMention> Places, IReadOnlyList<OrganizationMention> Organizations, IReadOnlyList<PersonMention> People);

/// <summary>
/// Places, then organisations (which may contain places), then people (who may not overlap either), found on
/// the text with hard line wraps removed and reported with spans into the text as given.
/// <c>new EntityExtractor().Extract("市委常委、常务副市长王卫安赴天元区调研")</c>.
/// </summary>
public sealed class EntityExtractor
{
    private readonly PlaceExtractor _places;
    private readonly OrganizationExtractor _organizations;
    private readonly PersonExtractor _people;

    public EntityExtractor(EntityLexicons? lexicons = null)
    {
        Lexicons = lexicons ?? EntityLexicons.Embedded;
        _places = new PlaceExtractor(Lexicons.Gazetteer, Lexicons.Boundaries);
        _organizations = new OrganizationExtractor(Lexicons.Organizations, Lexicons.Boundaries);
        _people = new PersonExtractor(Lexicons.People, Lexicons.Boundaries);
        _starts = new CandidateStarts(_places.NameChars, _places.EndingChars, _organizations.StartChars, _people.StartChars);
    }

    /// <summary>Where each extractor may start a match, found in one pass over a text: kinds 0 to 3 as passed here.</summary>
    private readonly CandidateStarts _starts;

    public EntityLexicons Lexicons { get; }

    /// <summary>
    /// The entities of a table a reader took out of the article's text, found on the table written as
    /// tab-separated lines (caption, header, rows); spans are into <see cref="TableText"/> of the same table.
    /// </summary>
    public Entities Extract(PageTable table) => Extract(TableText(table));

    /// <summary>A table as tab-separated lines: caption (if any), header, then each row.</summary>
    public static string TableText(PageTable table) =>
        string.Join('\n', new[] { table.Caption }.Where(c => !string.IsNullOrEmpty(c))
            .Concat([string.Join('\t', table.Header)])
            .Concat(table.Rows.Select(r => string.Join('\t', r))));

    public Entities Extract(string text)
    {
        using var view = UnwrappedText.Of(text);
        var s = view.Chars;
        var starts = _starts.In(s);
        var places = _places.Extract(s, starts.Of(0), starts.Of(1));
        var organizations = _organizations.Extract(s, places, starts.Of(2));
        var taken = t_taken ??= [];
        taken.Clear();
        for (var k = 0; k < places.Count; k++) taken.Add(places[k].Span);
        for (var k = 0; k < organizations.Count; k++) taken.Add(organizations[k].Span);
        var people = _people.Extract(s, taken, starts.Of(3));
        if (view.IsSource) return new Entities(places, organizations, people);
        return new Entities(
            ToSource(places, view, static p => p.Span, static (p, span) => p with { Span = span }),
            ToSource(organizations, view, static o => o.Span, static (o, span) => o with { Span = span }),
            ToSource(people, view, static p => p.Span, static (p, span) => p with { Span = span }));
    }

    /// <summary>Spans of places and organisations, reused from one text to the next on the same thread.</summary>
    [ThreadStatic] private static List<Span>? t_taken;

    /// <summary>The mentions with their spans in the view mapped back to the source text.</summary>
    private static T[] ToSource<T>(IReadOnlyList<T> mentions, UnwrappedText view, Func<T, Span> spanOf, Func<T, Span, T> withSpan)
    {
        if (mentions.Count == 0) return [];
        var mapped = new T[mentions.Count];
        for (var k = 0; k < mapped.Length; k++)
        {
            var span = spanOf(mentions[k]);
            mapped[k] = withSpan(mentions[k], view.ToSource(span.Start, span.End));
        }
        return mapped;
    }
}
