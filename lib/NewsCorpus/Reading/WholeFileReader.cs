namespace NewsCorpus.Reading;

/// <summary>Fallback for a file of unknown layout: the whole file is one article, with a diagnostic.</summary>
public sealed class WholeFileReader : IPageReader
{
    public Layout Layout => Layout.Unknown;

    public PageReadResult Read(SourceDocument document)
    {
        var text = document.Text;
        var article = new Article
        {
            Id = ArticleIds.For(document.ContentHash, null, text),
            Source = document.Path,
            Layout = Layout.Unknown,
            Lines = new LineRange(1, document.LineCount),
            Body = MappedText.Slice(text, 0, text.Length),
        };
        return new([article], [new Diagnostic(document.Path, null, Severity.Warning, "unknown-layout", "layout not recognised; the whole file is kept as one article")]);
    }
}
