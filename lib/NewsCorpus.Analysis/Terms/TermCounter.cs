using NewsCorpus.Segmentation;

namespace NewsCorpus.Analysis.Terms;

/// <summary>
/// Turns article text into the terms analysts count: segmented words of two or more Han characters
/// (or any domain word), without the stopwords of data/lexicons/stopwords.txt.
/// </summary>
public sealed class TermCounter
{
    private readonly HashSet<string> _stopwords;

    public TermCounter(Segmenter? segmenter = null, IEnumerable<string>? stopwords = null)
    {
        Segmenter = segmenter ?? new Segmenter();
        _stopwords = [.. stopwords ?? LexiconSource.Embedded.Words("lexicons/stopwords.txt")];
    }

    /// <summary>Segmenter and stopwords read from a data folder (null: the embedded copies).</summary>
    public static TermCounter For(string? dataDirectory)
    {
        var source = LexiconSource.For(dataDirectory);
        return new TermCounter(new Segmenter(dataDirectory is null ? null : DomainDictionary.Load(source)), source.Words("lexicons/stopwords.txt"));
    }

    public Segmenter Segmenter { get; }

    public bool IsTerm(Token token) =>
        token.Kind is TokenKind.DomainWord or TokenKind.Entity || (token.Kind is TokenKind.Word && token.Text.Length >= 2)
            ? !_stopwords.Contains(token.Text)
            : false;

    /// <summary>The terms of a text, in order.</summary>
    public IEnumerable<Token> Terms(string text) => Segmenter.Segment(text).Where(IsTerm);

    /// <summary>The terms of an article, in order; the people found in it stay whole (ICU's dictionary cuts names: 周|骥).</summary>
    public IEnumerable<Token> Terms(Article article) =>
        Segmenter.Segment(article.Text, article.People.Select(p => p.Span)).Where(IsTerm);

    /// <summary>How often each term occurs in a text.</summary>
    public Dictionary<string, int> Count(string text) => Tally(Terms(text));

    /// <summary>How often each term occurs in an article, people's names counted whole.</summary>
    public Dictionary<string, int> Count(Article article) => Tally(Terms(article));

    private static Dictionary<string, int> Tally(IEnumerable<Token> terms)
    {
        var counts = new Dictionary<string, int>();
        foreach (var t in terms) counts[t.Text] = counts.GetValueOrDefault(t.Text) + 1;
        return counts;
    }

    /// <summary>Characters that count for normalisation: everything but whitespace.</summary>
    public static int Length(string text)
    {
        var n = 0;
        foreach (var c in text) if (!char.IsWhiteSpace(c)) n++;
        return n;
    }
}
