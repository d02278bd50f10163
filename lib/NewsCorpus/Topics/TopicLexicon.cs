using System.Globalization;
using NewsCorpus.Segmentation;

namespace NewsCorpus.Topics;

/// <summary>A term of a topic lexicon and how much one occurrence counts for the topic.</summary>
public sealed record TopicTerm(string Topic, string Term, double Weight);

/// <summary>
/// The topic lexicons of data/lexicons/topics: one file per topic (献血.txt, 复工复产.txt …), one term per line
/// with an optional weight. Analysts add a topic by adding a file.
/// </summary>
public sealed class TopicLexicon
{
    public TopicLexicon(IEnumerable<TopicTerm> terms)
    {
        var all = terms.ToList();
        Terms = all;
        Topics = [.. all.Select(t => t.Topic).Distinct()];
        foreach (var group in all.GroupBy(t => t.Term))
            Trie.Add(group.Key, [.. group]);
    }

    public static TopicLexicon Load(LexiconSource source)
    {
        var terms = new List<TopicTerm>();
        foreach (var file in source.Files("lexicons/topics", ".txt"))
        {
            var topic = Path.GetFileNameWithoutExtension(file);
            foreach (var row in source.Lines(file).Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
                terms.Add(new TopicTerm(topic, row[0], row.Length > 1 ? double.Parse(row[1], CultureInfo.InvariantCulture) : 1.0));
        }
        return new TopicLexicon(terms);
    }

    private static readonly Lazy<TopicLexicon> EmbeddedCopy = new(() => Load(LexiconSource.Embedded));

    public static TopicLexicon Embedded => EmbeddedCopy.Value;

    public IReadOnlyList<string> Topics { get; }

    public IReadOnlyList<TopicTerm> Terms { get; }

    /// <summary>Every term, with the topics it belongs to.</summary>
    public TermTrie<TopicTerm[]> Trie { get; } = new();
}
