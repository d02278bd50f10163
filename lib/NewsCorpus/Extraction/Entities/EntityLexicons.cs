using NewsCorpus.Segmentation;

namespace NewsCorpus.Extraction.Entities;

/// <summary>All the data the entity extractors read, loaded once from a data directory or the embedded copies.</summary>
public sealed record EntityLexicons(Gazetteer Gazetteer, OrganizationLexicon Organizations, PersonLexicon People, NameBoundaries Boundaries)
{
    public static EntityLexicons Load(LexiconSource source) => new(
        Gazetteer.Load(source),
        OrganizationLexicon.Load(source),
        PersonLexicon.Load(source),
        new NameBoundaries(source.Words("lexicons/boundary-words.txt")));

    private static readonly Lazy<EntityLexicons> EmbeddedCopy = new(() => Load(LexiconSource.Embedded));

    /// <summary>The lexicons embedded in the library.</summary>
    public static EntityLexicons Embedded => EmbeddedCopy.Value;
}
