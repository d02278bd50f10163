using NewsCorpus.Extraction.Entities;
using NewsCorpus.Topics;

namespace NewsCorpus.Segmentation;

/// <summary>
/// The words segmentation keeps whole: data/lexicons/domain-words.txt plus the gazetteer's place names,
/// the known organisations and the topic terms, so a term an analyst counts is one token.
/// </summary>
public sealed class DomainDictionary
{
    public DomainDictionary(IEnumerable<string> words)
    {
        foreach (var w in words)
            if (w.Length >= 2) Words.Add(w, true);
    }

    public TermTrie<bool> Words { get; } = new();

    public static DomainDictionary Load(LexiconSource source)
    {
        var gazetteer = Gazetteer.Load(source);
        var organizations = source.Rows("lexicons/organizations.tsv").SelectMany(r => r.Take(1).Concat(LexiconSource.List(r.ElementAtOrDefault(1))));
        return new DomainDictionary(
            source.Words("lexicons/domain-words.txt")
                .Concat(gazetteer.Places.Select(p => p.Name))
                .Concat(source.Rows("gazetteer/places.tsv").SelectMany(r => LexiconSource.List(r.ElementAtOrDefault(3))))
                .Concat(organizations)
                .Concat(TopicLexicon.Load(source).Terms.Select(t => t.Term)));
    }

    private static readonly Lazy<DomainDictionary> EmbeddedCopy = new(() => Load(LexiconSource.Embedded));

    public static DomainDictionary Embedded => EmbeddedCopy.Value;
}
