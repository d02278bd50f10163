using NewsCorpus.Reading;

namespace NewsCorpus.Pipeline;

/// <summary>Fluent configuration of a <see cref="NewsPipeline"/>: readers per layout and enricher stages.</summary>
public sealed class NewsPipelineBuilder
{
    private readonly Dictionary<Layout, IPageReader> _readers = [];
    private readonly List<IArticleEnricher> _enrichers = [];
    private bool _useDefaults;
    private int _maxLineLength = NewsPipeline.DefaultMaxLineLength;

    /// <summary>Data folder with manifest.csv, lexicons/ and gazetteer/; null uses the built-in copies.</summary>
    public string? DataDirectory { get; private set; }

    public NewsPipelineBuilder UseDataDirectory(string? dataDirectory)
    {
        DataDirectory = dataDirectory;
        return this;
    }

    /// <summary>Longest line a page reader is given; longer lines are kept whole as articles of their own.</summary>
    public NewsPipelineBuilder UseMaxLineLength(int characters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(characters, 1);
        _maxLineLength = characters;
        return this;
    }

    public NewsPipelineBuilder UseReader(IPageReader reader)
    {
        _readers[reader.Layout] = reader;
        return this;
    }

    public NewsPipelineBuilder Use(IArticleEnricher enricher)
    {
        _enrichers.Add(enricher);
        return this;
    }

    /// <summary>The built-in readers for every layout and the standard enrichment stages.</summary>
    /// <remarks>Resolved at <see cref="Build"/>, so the data directory may be set before or after.</remarks>
    public NewsPipelineBuilder UseDefaults()
    {
        _useDefaults = true;
        return this;
    }

    public NewsPipeline Build()
    {
        var readers = new Dictionary<Layout, IPageReader>();
        var enrichers = new List<IArticleEnricher>();
        if (_useDefaults)
        {
            foreach (var reader in DefaultStages.Readers()) readers[reader.Layout] = reader;
            enrichers.AddRange(DefaultStages.Enrichers(DataDirectory));
        }
        foreach (var (layout, reader) in _readers) readers[layout] = reader;
        enrichers.AddRange(_enrichers);
        return new NewsPipeline(readers, enrichers, DataDirectory, _maxLineLength);
    }
}
