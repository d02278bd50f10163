using DuckDB.NET.Data;
using NewsCorpus.Analysis.Export;
using NewsCorpus.Analysis.Store;
using NewsCorpus.Analysis.Tests.Store;
using NewsCorpus.Pipeline;

namespace NewsCorpus.Analysis.Tests.Export;

public sealed class ParquetExporterTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private string OutDirectory => Path.Combine(_corpus.Root, "parquet");

    private CorpusStore SyncedStore(params IArticleEnricher[] enrichers)
    {
        var builder = NewsPipeline.CreateBuilder().UseDataDirectory(_corpus.DataDirectory).UseDefaults();
        foreach (var enricher in enrichers) builder.Use(enricher);
        var store = CorpusStore.Open(_corpus.StorePath);
        store.Sync(_corpus.DataDirectory, builder.Build());
        return store;
    }

    [Fact]
    public void Parquet_read_back_with_DuckDB_has_the_store_counts()
    {
        using var store = SyncedStore(new FullArticleEnricher());
        var summary = ParquetExporter.Export(store, OutDirectory);
        var counts = store.Counts();

        Assert.Equal(counts.Articles, ReadBack<long>("SELECT count(*) FROM read_parquet('articles/**/*.parquet', hive_partitioning = true)"));
        Assert.Equal(counts.Mentions, ReadBack<long>("SELECT count(*) FROM read_parquet('mentions/**/*.parquet', hive_partitioning = true)"));
        Assert.Equal((counts.Articles, counts.Mentions), (summary.Articles, summary.Mentions));
        Assert.Equal(counts.Articles * 13, summary.Mentions);
    }

    [Fact]
    public void Parquet_of_the_seeds_holds_every_article_and_mention_a_direct_parse_finds()
    {
        using var store = SyncedStore();
        ParquetExporter.Export(store, OutDirectory);
        var parsed = NewsPipeline.CreateBuilder().UseDataDirectory(_corpus.DataDirectory).UseDefaults().Build()
            .ParseFiles(Directory.EnumerateFiles(_corpus.RawDirectory).Order(StringComparer.Ordinal))
            .SelectMany(r => r.Articles).ToList();
        var byKind = new Dictionary<string, long>
        {
            [MentionKinds.Date] = parsed.Sum(a => a.Dates.Count),
            [MentionKinds.Organization] = parsed.Sum(a => a.Organizations.Count),
            [MentionKinds.Person] = parsed.Sum(a => a.People.Count),
            [MentionKinds.Place] = parsed.Sum(a => a.Places.Count),
            [MentionKinds.Quantity] = parsed.Sum(a => a.Quantities.Count),
            [MentionKinds.Topic] = parsed.Sum(a => a.Topics.Count),
        };

        Assert.Equal(37, parsed.Count);
        Assert.Equal(parsed.Select(a => a.Id).Order(StringComparer.Ordinal),
            Rows("SELECT id FROM read_parquet('articles/**/*.parquet', hive_partitioning = true) ORDER BY id", r => r.GetString(0)));
        Assert.Equal(byKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => (k.Key, k.Value)),
            Rows("SELECT kind, count(*) FROM read_parquet('mentions/**/*.parquet', hive_partitioning = true) GROUP BY kind ORDER BY kind", r => (r.GetString(0), r.GetInt64(1))));
        Assert.Equal(store.Counts().Mentions, byKind.Values.Sum());
        Assert.Equal(
            parsed.GroupBy(a => (Year: (long?)a.Published?.Year, Month: (long?)a.Published?.Month))
                .Select(g => (g.Key.Year, g.Key.Month, (long)g.Count()))
                .OrderBy(p => p.Year ?? long.MaxValue).ThenBy(p => p.Month ?? long.MaxValue),
            Rows("SELECT CAST(year AS BIGINT), CAST(month AS BIGINT), count(*) FROM read_parquet('articles/**/*.parquet', hive_partitioning = true) GROUP BY ALL ORDER BY ALL",
                r => (r.IsDBNull(0) ? null : (long?)r.GetInt64(0), r.IsDBNull(1) ? null : (long?)r.GetInt64(1), r.GetInt64(2))));
        Assert.Equal(13, parsed.Count(a => a.Published is null));
    }

    [Fact]
    public void Partitions_are_hive_folders_by_year_and_two_digit_month()
    {
        using var store = SyncedStore(new FullArticleEnricher());
        var summary = ParquetExporter.Export(store, OutDirectory);

        Assert.Equal(["year=2020/month=02"], summary.Partitions);
        Assert.True(Directory.Exists(Path.Combine(OutDirectory, "mentions", "year=2020", "month=02")));
        Assert.Equal(2020L, ReadBack<long>("SELECT DISTINCT year FROM read_parquet('articles/**/*.parquet', hive_partitioning = true)"));
    }

    [Fact]
    public void Nested_metadata_becomes_parquet_structs()
    {
        using var store = SyncedStore(new FullArticleEnricher());
        ParquetExporter.Export(store, OutDirectory);

        Assert.Equal("李支国/记者", ReadBack<string>("SELECT bylines[1].name || '/' || bylines[1].role FROM read_parquet('articles/**/*.parquet') LIMIT 1"));
        Assert.Equal("2月27日", ReadBack<string>("SELECT tables[1].rows[2][1] FROM read_parquet('articles/**/*.parquet') LIMIT 1"));
        Assert.Equal(1234, ReadBack<int>("SELECT web.views FROM read_parquet('articles/**/*.parquet') LIMIT 1"));
        Assert.Equal(11000m, ReadBack<decimal>("SELECT value FROM read_parquet('mentions/**/*.parquet') WHERE text = '1.1万余个' LIMIT 1"));
    }

    [Fact]
    public void Articles_without_a_date_go_to_the_hive_null_partition_and_a_second_export_replaces_the_first()
    {
        using var store = SyncedStore(new UndatedEnricher());
        ParquetExporter.Export(store, OutDirectory);
        var summary = ParquetExporter.Export(store, OutDirectory);

        Assert.Equal(["year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__"], summary.Partitions);
        Assert.Equal(store.Counts().Articles, ReadBack<long>("SELECT count(*) FROM read_parquet('articles/**/*.parquet', hive_partitioning = true) WHERE year IS NULL"));
    }

    private T ReadBack<T>(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SET file_search_path = '{OutDirectory}'; " + sql;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return reader.GetFieldValue<T>(0);
    }

    private List<T> Rows<T>(string sql, Func<DuckDBDataReader, T> row)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SET file_search_path = '{OutDirectory}'; " + sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(row(reader));
        return rows;
    }

    /// <summary>Clears whatever date the default stages found, so the test does not depend on them.</summary>
    private sealed class UndatedEnricher : IArticleEnricher
    {
        public Article Enrich(Article article) => article with { Published = null, PublishedFrom = PublishedFrom.None };
    }
}
