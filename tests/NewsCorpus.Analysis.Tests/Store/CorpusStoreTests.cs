using NewsCorpus.Analysis.Store;
using NewsCorpus.Pipeline;

namespace NewsCorpus.Analysis.Tests.Store;

public sealed class CorpusStoreTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    /// <summary>The test corpus's store, opened and brought up to date with <paramref name="pipeline"/>.</summary>
    private CorpusStore OpenSynced(NewsPipeline pipeline)
    {
        var store = CorpusStore.Open(_corpus.StorePath);
        store.Sync(_corpus.DataDirectory, pipeline);
        return store;
    }

    private NewsPipeline Pipeline() => NewsPipeline.CreateBuilder().UseDataDirectory(_corpus.DataDirectory).UseDefaults().Build();

    private List<FileResult> ParseFresh(NewsPipeline pipeline) =>
        pipeline.ParseFiles(Directory.EnumerateFiles(_corpus.RawDirectory).Order(StringComparer.Ordinal)).ToList();

    [Fact]
    public void Seeds_round_trip_through_the_store_as_the_pipeline_parses_them()
    {
        var pipeline = Pipeline();
        using var store = CorpusStore.Open(_corpus.StorePath);
        var summary = store.Sync(_corpus.DataDirectory, pipeline);

        var expected = ParseFresh(pipeline).SelectMany(r => r.Articles).ToList();
        var loaded = store.LoadArticles(_corpus.DataDirectory);
        Assert.Equal(5, summary.Files);
        Assert.Equal(5, summary.Added);
        Assert.True(summary.Rebuilt);
        Assert.Equal(expected.Count, summary.ArticlesParsed);
        Assert.Equal(expected.Count, loaded.Count);
        for (var i = 0; i < expected.Count; i++) ArticleAssert.Equivalent(expected[i], loaded[i]);
    }

    [Fact]
    public void Every_field_of_an_article_round_trips()
    {
        var pipeline = NewsPipeline.CreateBuilder().UseDataDirectory(_corpus.DataDirectory).UseDefaults().Use(new FullArticleEnricher()).Build();
        using var store = OpenSynced(pipeline);

        var expected = ParseFresh(pipeline).SelectMany(r => r.Articles).ToList();
        var loaded = store.LoadArticles(_corpus.DataDirectory);
        Assert.Equal(expected.Count, loaded.Count);
        for (var i = 0; i < expected.Count; i++) ArticleAssert.Equivalent(expected[i], loaded[i]);
        Assert.Equal(expected.Count * 13, store.Counts().Mentions);
    }

    [Fact]
    public void Mentions_keep_their_span_in_the_raw_text()
    {
        var pipeline = NewsPipeline.CreateBuilder().UseDataDirectory(_corpus.DataDirectory).UseDefaults().Use(new FullArticleEnricher()).Build();
        using var store = OpenSynced(pipeline);

        // FullArticleEnricher drops the body's first character: normalised span [5, 8) is body [6, 9).
        var body = store.LoadArticles(_corpus.DataDirectory).First(a => a.Source.EndsWith("001_2ce852fb66e9e90e.txt", StringComparison.Ordinal)).Body;
        var (text, rawStart, rawEnd) = Row<string, int, int>(store,
            "SELECT text, raw_start, raw_end FROM mentions WHERE kind = 'place' AND ord = 0 AND path = 'raw/001_2ce852fb66e9e90e.txt' ORDER BY article_key LIMIT 1");
        Assert.Equal((body.Offsets[6], body.Offsets[8] + 1), (rawStart, rawEnd));
        Assert.Equal(body.Text[6..9], text);
    }

    [Fact]
    public void Mentions_stored_apart_and_out_of_order_are_read_in_their_order()
    {
        var pipeline = Pipeline();
        using var store = OpenSynced(pipeline);
        // Move the places of the article with the most of them to the end of the table, last first.
        Sql.Execute(store.Connection, """
            CREATE TEMP TABLE moved AS SELECT * FROM mentions WHERE kind = 'place' AND article_key =
                (SELECT article_key FROM mentions WHERE kind = 'place' GROUP BY article_key ORDER BY count(*) DESC, article_key LIMIT 1);
            DELETE FROM mentions WHERE kind = 'place' AND article_key = (SELECT any_value(article_key) FROM moved);
            INSERT INTO mentions SELECT * FROM moved ORDER BY ord DESC;
            """);

        var expected = ParseFresh(pipeline).SelectMany(r => r.Articles).ToList();
        var loaded = store.LoadArticles(_corpus.DataDirectory);
        Assert.True(Sql.Scalar<long>(store.Connection, "SELECT count(*) FROM moved") > 1);
        Assert.Equal(expected.Count, loaded.Count);
        for (var i = 0; i < expected.Count; i++) ArticleAssert.Equivalent(expected[i], loaded[i]);
    }

    [Fact]
    public void An_articles_mentions_are_read_only_lists_of_equal_records()
    {
        var pipeline = Pipeline();
        using var store = OpenSynced(pipeline);
        var expected = ParseFresh(pipeline).SelectMany(r => r.Articles).MaxBy(a => a.Places.Count)!;
        var places = store.LoadArticles(_corpus.DataDirectory).Single(a => a.Id == expected.Id).Places;

        Assert.Equal(expected.Places.Count, places.Count);
        Assert.Equal(expected.Places[^1], places[places.Count - 1]);
        Assert.Equal(places[0], places[0]);
        Assert.Equal(expected.Places, places.ToList());
        Assert.Throws<ArgumentOutOfRangeException>(() => places[places.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => places[-1]);
    }

    [Fact]
    public void Bodies_read_after_the_store_is_closed_and_deleted_are_the_parsed_ones()
    {
        // FullArticleEnricher normalises every body into another text, so Body is not the Text.
        var pipeline = NewsPipeline.CreateBuilder().UseDataDirectory(_corpus.DataDirectory).UseDefaults().Use(new FullArticleEnricher()).Build();
        IReadOnlyList<Article> loaded;
        using (var store = CorpusStore.Open(_corpus.StorePath))
        {
            store.Sync(_corpus.DataDirectory, pipeline);
            loaded = store.LoadArticles(_corpus.DataDirectory);
        }
        File.Delete(_corpus.StorePath);

        var expected = ParseFresh(pipeline).SelectMany(r => r.Articles).ToList();
        Assert.Equal(expected.Select(a => a.Body.Text), loaded.Select(a => a.Body.Text));
        Assert.Equal(expected.Select(a => a.Body.Offsets), loaded.Select(a => a.Body.Offsets));
        Assert.All(loaded, a => Assert.NotEqual(a.Body.Text, a.Text));
    }

    [Fact]
    public void Reports_round_trip_with_their_diagnostics()
    {
        var pipeline = Pipeline();
        using var store = OpenSynced(pipeline);

        var expected = ParseFresh(pipeline).Select(r => r.Report).ToList();
        var loaded = store.LoadFileReports(_corpus.DataDirectory);
        Assert.Equal(expected.Count, loaded.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i] with { Diagnostics = [] }, loaded[i] with { Diagnostics = [] });
            Assert.Equal(expected[i].Diagnostics, loaded[i].Diagnostics);
        }
    }

    [Fact]
    public void Diagnostics_stored_out_of_order_are_read_in_their_order()
    {
        var pipeline = Pipeline();
        using var store = OpenSynced(pipeline);
        Sql.Execute(store.Connection, """
            CREATE TEMP TABLE reversed AS SELECT * FROM diagnostics;
            DELETE FROM diagnostics;
            INSERT INTO diagnostics SELECT * FROM reversed ORDER BY path DESC, ord DESC;
            """);

        var expected = ParseFresh(pipeline).Select(r => r.Report).ToList();
        var loaded = store.LoadFileReports(_corpus.DataDirectory);
        Assert.Contains(expected, r => r.Diagnostics.Count > 1);
        Assert.Equal(expected.Select(r => r.Diagnostics), loaded.Select(r => r.Diagnostics));
    }

    [Fact]
    public void A_warm_sync_parses_nothing_and_keeps_the_articles()
    {
        using var store = CorpusStore.Open(_corpus.StorePath);
        var cold = store.Sync(_corpus.DataDirectory);
        var warm = store.Sync(_corpus.DataDirectory);

        Assert.Equal((5, 0, 0, 0, 0, false, 0L), (warm.Unchanged, warm.Added, warm.Changed, warm.Removed, warm.ArticlesParsed, warm.Rebuilt, warm.BytesParsed));
        Assert.Equal(cold.Articles, warm.Articles);
        Assert.Equal(79256, cold.BytesParsed);
    }

    [Fact]
    public void Changed_files_are_replaced_removed_ones_removed_new_ones_added()
    {
        using var store = CorpusStore.Open(_corpus.StorePath);
        store.Sync(_corpus.DataDirectory);
        var before = store.LoadFileReports(_corpus.DataDirectory).ToDictionary(r => Path.GetFileName(r.Path));

        File.AppendAllText(_corpus.File("001"), "\n追加的一段。\n");
        File.Delete(_corpus.File("002"));
        Directory.CreateDirectory(Path.Combine(_corpus.RawDirectory, "sub"));
        File.Copy(_corpus.File("003"), Path.Combine(_corpus.RawDirectory, "sub", "005_copy.txt"));
        var summary = store.Sync(_corpus.DataDirectory);

        Assert.Equal((5, 3, 1, 1, 1), (summary.Files, summary.Unchanged, summary.Added, summary.Changed, summary.Removed));
        var after = store.LoadFileReports(_corpus.DataDirectory).ToDictionary(r => Path.GetFileName(r.Path));
        Assert.DoesNotContain("002_9f4d943254ce40b6.txt", after.Keys);
        Assert.NotEqual(before["001_2ce852fb66e9e90e.txt"].ContentHash, after["001_2ce852fb66e9e90e.txt"].ContentHash);
        Assert.Equal(before["003_a8830f866c506400.txt"].ContentHash, after["005_copy.txt"].ContentHash);
        var articles = store.LoadArticles(_corpus.DataDirectory);
        Assert.DoesNotContain(articles, a => a.Source.Contains("002_", StringComparison.Ordinal));
        Assert.Contains(articles, a => a.Source == Path.Join(_corpus.DataDirectory, "raw/sub/005_copy.txt"));
        Assert.Contains(articles, a => a.Source.EndsWith("001_2ce852fb66e9e90e.txt", StringComparison.Ordinal) && a.Body.Text.Contains("追加的一段", StringComparison.Ordinal));
        Assert.Equal(store.Counts().Articles, articles.Count);
    }

    /// <summary>Rewrites a file with other characters of the same UTF-8 length and gives it back a write time.</summary>
    private static void RewriteSameSize(string path, DateTime writeTime)
    {
        var bytes = File.ReadAllBytes(path);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("株洲", "湘潭", StringComparison.Ordinal));
        Assert.Equal(bytes.Length, new FileInfo(path).Length);
        File.SetLastWriteTimeUtc(path, writeTime);
    }

    /// <summary>A store synced with every page written an hour before, then page 001 rewritten at the same size and given back that time.</summary>
    private CorpusStore SyncedThenRewrittenWithTheOldTime(DateTime anHourAgo)
    {
        foreach (var file in Directory.EnumerateFiles(_corpus.RawDirectory)) File.SetLastWriteTimeUtc(file, anHourAgo);
        var store = CorpusStore.Open(_corpus.StorePath);
        store.Sync(_corpus.DataDirectory);
        RewriteSameSize(_corpus.File("001"), anHourAgo);
        return store;
    }

    [Fact]
    public void A_file_of_unchanged_size_and_write_time_keeps_its_hash_without_being_read()
    {
        var anHourAgo = DateTime.UtcNow.AddHours(-1);
        using var store = SyncedThenRewrittenWithTheOldTime(anHourAgo);
        var trusted = store.Sync(_corpus.DataDirectory);
        File.SetLastWriteTimeUtc(_corpus.File("001"), anHourAgo.AddMinutes(1));
        var rehashed = store.Sync(_corpus.DataDirectory);

        Assert.Equal((5, 0), (trusted.Unchanged, trusted.Changed));
        Assert.Equal((4, 1), (rehashed.Unchanged, rehashed.Changed));
        Assert.Contains(store.LoadArticles(_corpus.DataDirectory), a => a.Body.Text.Contains("湘潭西站", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rehash_reads_every_file_whatever_its_write_time()
    {
        using var store = SyncedThenRewrittenWithTheOldTime(DateTime.UtcNow.AddHours(-1));
        var summary = store.Sync(_corpus.DataDirectory, rehash: true);

        Assert.Equal((4, 1), (summary.Unchanged, summary.Changed));
    }

    [Fact]
    public void A_file_written_just_before_a_sync_is_read_again_at_the_next()
    {
        var justNow = DateTime.UtcNow;
        File.SetLastWriteTimeUtc(_corpus.File("001"), justNow);
        using var store = CorpusStore.Open(_corpus.StorePath);
        store.Sync(_corpus.DataDirectory);

        // The same size and write time, but the write time was too recent to vouch for the content.
        RewriteSameSize(_corpus.File("001"), justNow);
        var summary = store.Sync(_corpus.DataDirectory);

        Assert.Equal((4, 1), (summary.Unchanged, summary.Changed));
        Assert.Null(Sql.Scalar<long?>(store.Connection, "SELECT modified FROM files WHERE path = 'raw/001_2ce852fb66e9e90e.txt'"));
    }

    [Fact]
    public void A_touched_file_is_hashed_again_not_parsed_and_its_new_write_time_kept()
    {
        var anHourAgo = DateTime.UtcNow.AddHours(-1);
        using var store = CorpusStore.Open(_corpus.StorePath);
        store.Sync(_corpus.DataDirectory);

        File.SetLastWriteTimeUtc(_corpus.File("002"), anHourAgo);
        var summary = store.Sync(_corpus.DataDirectory);

        Assert.Equal((5, 0, 0L), (summary.Unchanged, summary.Changed, summary.BytesParsed));
        Assert.Equal(anHourAgo.Ticks, Sql.Scalar<long?>(store.Connection, "SELECT modified FROM files WHERE path = 'raw/002_9f4d943254ce40b6.txt'"));
    }

    [Fact]
    public void A_store_of_another_schema_version_is_rebuilt()
    {
        using (var store = CorpusStore.Open(_corpus.StorePath))
        {
            store.Sync(_corpus.DataDirectory);
            Sql.Execute(store.Connection, "UPDATE meta SET value = '0' WHERE key = 'schema_version'");
            Sql.Execute(store.Connection, "ALTER TABLE articles DROP COLUMN body_offsets");
        }
        using (var store = CorpusStore.Open(_corpus.StorePath))
        {
            Assert.True(store.Created);
            Assert.Equal(0, store.Counts().Articles);
            var summary = store.Sync(_corpus.DataDirectory);
            Assert.Equal((5, true), (summary.Added, summary.Rebuilt));
            Assert.Equal(summary.ArticlesParsed, store.LoadArticles().Count);
        }
    }

    [Fact]
    public void A_changed_manifest_reparses_everything()
    {
        using var store = CorpusStore.Open(_corpus.StorePath);
        store.Sync(_corpus.DataDirectory);
        File.WriteAllText(Path.Combine(_corpus.DataDirectory, "manifest.csv"), "file,published\n000_34c67c3172766dcc.txt,2020-02-26\n");
        var summary = store.Sync(_corpus.DataDirectory);
        Assert.Equal((0, 5, true), (summary.Unchanged, summary.Added, summary.Rebuilt));
    }

    [Fact]
    public void Sources_are_the_data_folder_as_given_joined_to_the_file_key()
    {
        using var store = CorpusStore.Open(_corpus.StorePath);
        store.Sync(_corpus.DataDirectory);
        var sources = store.LoadArticles("somewhere/data").Select(a => a.Source).Distinct().ToList();
        Assert.Contains("somewhere/data/raw/001_2ce852fb66e9e90e.txt", sources);
        Assert.All(sources, s => Assert.StartsWith("somewhere/data/raw/", s));
        var byDefault = store.LoadArticles().Select(a => Path.GetFullPath(a.Source)).Distinct();
        Assert.Contains(Path.Combine(_corpus.RawDirectory, "001_2ce852fb66e9e90e.txt"), byDefault);
    }

    [Fact]
    public void A_data_folder_without_raw_is_refused_with_its_name()
    {
        using var store = CorpusStore.Open(_corpus.StorePath);
        var error = Assert.Throws<DirectoryNotFoundException>(() => store.Sync(_corpus.RawDirectory));
        Assert.Contains(_corpus.RawDirectory, error.Message);
    }

    private static (T1, T2, T3) Row<T1, T2, T3>(CorpusStore store, string sql)
    {
        using var command = Sql.Command(store.Connection, sql);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return (reader.GetFieldValue<T1>(0), reader.GetFieldValue<T2>(1), reader.GetFieldValue<T3>(2));
    }
}
