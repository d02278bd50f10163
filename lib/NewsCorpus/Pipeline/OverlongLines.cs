using System.Text;

namespace NewsCorpus.Pipeline;

/// <summary>
/// Keeps lines longer than the pipeline's limit away from the page readers, whose regexes must
/// not run over megabytes: readers see the document with those lines emptied (line numbers
/// unchanged), each withheld line becomes an article of its own, and offsets in the readers'
/// articles are mapped back to the real text.
/// </summary>
internal sealed class OverlongLines
{
    private readonly SourceDocument _original;
    private readonly List<(int Line, int Start, int Length)> _withheld;
    /// <summary>Per withheld line: its position in the reader's text and the characters removed up to and including it.</summary>
    private readonly List<(int ViewOffset, int Removed)> _shifts = [];

    private OverlongLines(SourceDocument original, List<(int Line, int Start, int Length)> withheld)
    {
        _original = original;
        _withheld = withheld;
        if (withheld.Count == 0)
        {
            ReaderDocument = original;
            return;
        }
        var text = original.Text;
        var builder = new StringBuilder(text.Length);
        var position = 0;
        var removed = 0;
        foreach (var (_, start, length) in withheld)
        {
            builder.Append(text, position, start - position);
            position = start + length;
            removed += length;
            _shifts.Add((builder.Length, removed));
        }
        builder.Append(text, position, text.Length - position);
        ReaderDocument = new SourceDocument(original.Path, builder.ToString(), original.Encoding, original.ContentHash);
    }

    public SourceDocument ReaderDocument { get; }

    public static OverlongLines Find(SourceDocument document, int maxLineLength)
    {
        var withheld = new List<(int, int, int)>();
        if (document.Text.Length > maxLineLength)
            for (var line = 1; line <= document.LineCount; line++)
            {
                var length = document.Line(line).Length;
                if (length > maxLineLength) withheld.Add((line, document.LineStart(line), length));
            }
        return new OverlongLines(document, withheld);
    }

    public IEnumerable<Diagnostic> Diagnostics(int maxLineLength) =>
        _withheld.Select(w => new Diagnostic(_original.Path, w.Line, Severity.Warning, "line-too-long",
            $"line of {w.Length:N0} characters (limit {maxLineLength:N0}) kept whole as an article of its own, not given to the page reader"));

    public IEnumerable<Article> Articles() =>
        _withheld.Select(w => new Article
        {
            Id = ArticleIds.For(_original.ContentHash, null, _original.Text.Substring(w.Start, w.Length)),
            Source = _original.Path,
            Layout = Layout.Unknown,
            Lines = new LineRange(w.Line, w.Line),
            Body = MappedText.Slice(_original.Text, w.Start, w.Length),
        });

    /// <summary>An article read from <see cref="ReaderDocument"/> with its offsets pointing into the original text.</summary>
    public Article Restore(Article article) => _shifts.Count == 0
        ? article
        : article with { Body = Remap(article.Body), Normalized = article.Normalized is { } n ? Remap(n) : null };

    private MappedText Remap(MappedText mapped)
    {
        var offsets = new int[mapped.Offsets.Length];
        for (var i = 0; i < offsets.Length; i++) offsets[i] = ToOriginal(mapped.Offsets[i]);
        return new MappedText(mapped.Text, offsets);
    }

    private int ToOriginal(int viewOffset)
    {
        var removed = 0;
        foreach (var (offset, total) in _shifts)
        {
            if (offset > viewOffset) break;
            removed = total;
        }
        return viewOffset + removed;
    }
}
