namespace NewsCorpus.Reading;

/// <summary>Reads the articles out of a decoded file of one layout.</summary>
public interface IPageReader
{
    Layout Layout { get; }

    PageReadResult Read(SourceDocument document);
}

public sealed record PageReadResult(IReadOnlyList<Article> Articles, IReadOnlyList<Diagnostic> Diagnostics);
