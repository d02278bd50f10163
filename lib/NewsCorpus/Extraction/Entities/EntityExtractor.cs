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
    }

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
        var view = UnwrappedText.Of(text);
        var places = _places.Extract(view.Text);
        var organizations = _organizations.Extract(view.Text, places);
        var taken = new List<Span>(places.Count + organizations.Count);
        for (var k = 0; k < places.Count; k++) taken.Add(places[k].Span);
        for (var k = 0; k < organizations.Count; k++) taken.Add(organizations[k].Span);
        var people = _people.Extract(view.Text, taken);
        if (view.IsSource) return new Entities(places, organizations, people);
        return new Entities(
            [.. places.Select(p => p with { Span = view.ToSource(p.Span.Start, p.Span.End) })],
            [.. organizations.Select(o => o with { Span = view.ToSource(o.Span.Start, o.Span.End) })],
            [.. people.Select(p => p with { Span = view.ToSource(p.Span.Start, p.Span.End) })]);
    }
}
