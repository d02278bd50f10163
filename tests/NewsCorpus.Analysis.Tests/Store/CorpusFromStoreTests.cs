using NewsCorpus.Analysis.Store;

namespace NewsCorpus.Analysis.Tests.Store;

public sealed class CorpusFromStoreTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private void Ingest()
    {
        using var store = CorpusStore.OpenFor(_corpus.DataDirectory);
        store.Sync(_corpus.DataDirectory);
    }

    private static int Mentions(Article a) =>
        a.Dates.Count + a.Quantities.Count + a.Places.Count + a.Organizations.Count + a.People.Count + a.Topics.Count;

    [Fact]
    public void Without_a_store_the_files_are_parsed_and_no_store_is_made()
    {
        var corpus = Corpus.Load(_corpus.DataDirectory);

        Assert.Equal(LoadedFrom.Files, corpus.Report.From);
        Assert.Null(corpus.Report.Sync);
        Assert.Equal("parsed", corpus.Report.Origin);
        Assert.Equal(37, corpus.Articles.Count);
        Assert.False(File.Exists(_corpus.StorePath));
    }

    [Fact]
    public void A_corpus_loaded_through_the_store_equals_one_parsed_directly()
    {
        var parsed = Corpus.Load(_corpus.DataDirectory);
        Ingest();

        var stored = Corpus.Load(_corpus.DataDirectory);

        Assert.Equal(LoadedFrom.Store, stored.Report.From);
        Assert.Equal(_corpus.StorePath, stored.Report.StorePath);
        Assert.Equal((5, 0, 0, 0, false), (stored.Report.Sync!.Unchanged, stored.Report.Sync.Added, stored.Report.Sync.Changed, stored.Report.Sync.Removed, stored.Report.Sync.Rebuilt));
        Assert.Equal("from the store (0 added, 0 changed, 0 removed, 5 unchanged)", stored.Report.Origin);
        Assert.Equal(
            [("000", 5), ("001", 1), ("002", 13), ("003", 7), ("004", 11)],
            stored.Articles.GroupBy(a => Path.GetFileName(a.Source)[..3]).Select(g => (g.Key, g.Count())));
        Assert.Equal("战“疫”的堡垒 防控的屏障", stored.Articles.Single(a => a.Source.EndsWith("001_2ce852fb66e9e90e.txt", StringComparison.Ordinal)).Title);
        Assert.Equal(parsed.Articles.Select(a => a.Id), stored.Articles.Select(a => a.Id));
        Assert.Equal(parsed.Articles.Select(a => a.Title), stored.Articles.Select(a => a.Title));
        Assert.Equal(parsed.Articles.Select(Mentions), stored.Articles.Select(Mentions));
        for (var i = 0; i < parsed.Articles.Count; i++) ArticleAssert.Equivalent(parsed.Articles[i], stored.Articles[i]);
        Assert.Equal(parsed.Files, stored.Files, (x, y) => x with { Diagnostics = [] } == y with { Diagnostics = [] } && x.Diagnostics.SequenceEqual(y.Diagnostics));
        // The temp folder has no manifest.csv: 13 articles of the seeds that do not state their date stay undated.
        Assert.Equal((37, 24, 8), (stored.Report.Articles, stored.Report.DatedArticles, stored.Report.Diagnostics));
        Assert.Equal((parsed.Report.FirstPublished, parsed.Report.LastPublished), (stored.Report.FirstPublished, stored.Report.LastPublished));
        Assert.Equal(parsed.Report.FilesByLayout, stored.Report.FilesByLayout);
        Assert.Equal(parsed.Report.FilesByStatus, stored.Report.FilesByStatus);
    }

    [Fact]
    public void A_changed_file_is_parsed_again_and_a_removed_one_disappears()
    {
        Ingest();
        File.AppendAllText(_corpus.File("001"), "\n追加的一段。\n");
        File.Delete(_corpus.File("002"));

        var stored = Corpus.Load(_corpus.DataDirectory);
        var parsed = Corpus.Load(_corpus.DataDirectory, NewsCorpus.Pipeline.NewsPipeline.CreateBuilder().UseDataDirectory(_corpus.DataDirectory).UseDefaults().Build());

        Assert.Equal((3, 0, 1, 1), (stored.Report.Sync!.Unchanged, stored.Report.Sync.Added, stored.Report.Sync.Changed, stored.Report.Sync.Removed));
        Assert.Equal(24, stored.Articles.Count);
        Assert.Equal(4, stored.Files.Count);
        Assert.DoesNotContain(stored.Articles, a => a.Source.Contains("002_", StringComparison.Ordinal));
        Assert.Contains("追加的一段。", stored.Articles.Single(a => a.Source.EndsWith("001_2ce852fb66e9e90e.txt", StringComparison.Ordinal)).Body.Text);
        Assert.Equal(parsed.Articles.Select(a => a.Id), stored.Articles.Select(a => a.Id));
        Assert.Equal(parsed.Articles.Select(Mentions), stored.Articles.Select(Mentions));
    }

    [Fact]
    public void FromStore_makes_the_store_when_there_is_none()
    {
        var corpus = Corpus.FromStore(_corpus.DataDirectory);

        Assert.Equal(LoadedFrom.Store, corpus.Report.From);
        Assert.Equal((5, 0, true), (corpus.Report.Sync!.Added, corpus.Report.Sync.Unchanged, corpus.Report.Sync.Rebuilt));
        Assert.Equal(37, corpus.Articles.Count);
        Assert.True(File.Exists(_corpus.StorePath));
    }

    [Fact]
    public void The_store_is_closed_once_the_corpus_is_loaded()
    {
        Ingest();

        Corpus.Load(_corpus.DataDirectory);

        // A store left open would hold its file (and DuckDB's lock on it) in this process's descriptors.
        var open = Directory.EnumerateFileSystemEntries("/proc/self/fd").Select(fd => new FileInfo(fd).LinkTarget).ToList();
        Assert.DoesNotContain(Path.GetFullPath(_corpus.StorePath), open);
        Assert.NotEmpty(open);
    }

    [Fact]
    public void A_store_that_cannot_be_opened_is_reported_and_the_files_are_parsed()
    {
        File.WriteAllText(_corpus.StorePath, "not a DuckDB database");

        var corpus = Corpus.Load(_corpus.DataDirectory);

        Assert.Equal(LoadedFrom.Files, corpus.Report.From);
        Assert.Equal(37, corpus.Articles.Count);
        Assert.Equal(_corpus.StorePath, corpus.Report.StorePath);
        Assert.StartsWith("parsed: store not usable (", corpus.Report.Origin);
        Assert.Contains("store not usable", corpus.ToString());
    }
}
