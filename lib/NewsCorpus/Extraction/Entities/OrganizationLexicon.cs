using NewsCorpus.Segmentation;

namespace NewsCorpus.Extraction.Entities;

/// <summary>An organisation ending (有限公司, 医院, 局 …) and how far a name may run before it.</summary>
/// <param name="NeedsPlace">Short, common endings (局, 委, 办) make a name only after a place or 市/省/区/县.</param>
public sealed record OrganizationSuffix(string Suffix, int MaxStem, bool NeedsPlace, int MinStem = 2);

/// <summary>
/// The organisation data of data/lexicons: known organisations with the short forms newspapers use
/// (organizations.tsv), name endings (org-suffixes.tsv), generic stems (not-orgs.txt) and the words
/// a short company name drops (name-core-endings.txt).
/// </summary>
public sealed class OrganizationLexicon
{
    public OrganizationLexicon(IEnumerable<string[]> known, IEnumerable<string[]> suffixes, IEnumerable<string> notOrganizations, IEnumerable<string> coreEndings)
    {
        foreach (var row in known)
        {
            Known.Add(row[0], row[0]);
            foreach (var alias in LexiconSource.List(row.ElementAtOrDefault(1)))
                Known.Add(alias, row[0]);
        }
        foreach (var row in suffixes)
            Suffixes.Add(row[0], new OrganizationSuffix(row[0], int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture), row.Length > 2 && row[2].Trim() == "yes",
                row.Length > 3 ? int.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture) : 2));
        foreach (var s in notOrganizations) NotOrganizations.Add(s, true);
        CoreEndings = [.. coreEndings.OrderByDescending(e => e.Length)];
    }

    public static OrganizationLexicon Load(LexiconSource source) => new(
        source.Rows("lexicons/organizations.tsv"),
        source.Rows("lexicons/org-suffixes.tsv"),
        source.Words("lexicons/not-orgs.txt"),
        source.Words("lexicons/name-core-endings.txt"));

    /// <summary>Full names and short forms, each mapped to the full name.</summary>
    public TermTrie<string> Known { get; } = new();

    public TermTrie<OrganizationSuffix> Suffixes { get; } = new();

    public TermTrie<bool> NotOrganizations { get; } = new();

    /// <summary>Trailing words a short form drops, longest first.</summary>
    public IReadOnlyList<string> CoreEndings { get; }
}
