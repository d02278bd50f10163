using NewsCorpus.Analysis.Store;

namespace NewsCorpus.Analysis.Export;

/// <summary>What an export wrote: row counts and the partition folders (year=YYYY/month=MM, relative to the table's folder).</summary>
public sealed record ExportSummary(string Directory, long Articles, long Mentions, IReadOnlyList<string> Partitions);

/// <summary>
/// Writes a store's articles and mentions as Parquet, Hive-partitioned by publication year and
/// month (DIR/articles/year=2020/month=02/*.parquet, DIR/mentions/…), which Spark, DuckDB and
/// pandas read as they are. Articles without a date go to year=__HIVE_DEFAULT_PARTITION__, the
/// Hive convention for null. Nested metadata (bylines, page info, web, tables) become Parquet
/// structs and lists. An existing export in DIR is replaced.
/// </summary>
public static class ParquetExporter
{
    private const string ArticleText = "CASE WHEN normalized_same_text THEN body ELSE coalesce(normalized, body) END";
    private const string Year = "year(published)";
    private const string Month = "strftime(published, '%m')";

    private const string Articles = $$"""
        SELECT id, path AS source, ord, layout, line_first, line_last,
               from_json(coalesce(parts, '[]'), '[["INTEGER"]]') AS parts,
               published, published_from, published_evidence, paper, page, page_title, section,
               title, subtitle, dateline,
               from_json(coalesce(bylines, '[]'), '[{"name":"VARCHAR","role":"VARCHAR"}]') AS bylines,
               captions, continuations,
               from_json(page_info, '{"title":"VARCHAR","date":"DATE","weekday":"VARCHAR","staff":[["VARCHAR"]]}') AS page_info,
               from_json(web, '{"timestamp":"TIMESTAMP","origin":"VARCHAR","editor":"VARCHAR","views":"INTEGER","footer":"VARCHAR"}') AS web,
               from_json(coalesce(tables, '[]'), '[{"caption":"VARCHAR","header":["VARCHAR"],"rows":[["VARCHAR"]],"lines":["INTEGER"]}]') AS tables,
               {{ArticleText}} AS text, body,
               {{Year}} AS year, {{Month}} AS month
        FROM articles
        """;

    private const string Mentions = $$"""
        SELECT a.id AS article_id, m.path AS source, m.kind, m.ord, m.text, m.name,
               m.date_start, m.date_end, m.grain, m.vague, m.value, m.unit, m.approx, m.min, m.max,
               m.quantity_kind, m.parent, m.level, m.alias, m.title, m.score,
               m.span_start, m.span_end, m.raw_start, m.raw_end,
               {{Year}} AS year, {{Month}} AS month
        FROM mentions m JOIN articles a USING (article_key)
        """;

    public static ExportSummary Export(CorpusStore store, string directory)
    {
        Directory.CreateDirectory(directory);
        Copy(store, Articles, Path.Combine(directory, "articles"));
        Copy(store, Mentions, Path.Combine(directory, "mentions"));
        var counts = store.Counts();
        var partitions = Directory.EnumerateDirectories(Path.Combine(directory, "articles"), "month=*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(Path.Combine(directory, "articles"), d).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ExportSummary(directory, counts.Articles, counts.Mentions, partitions);
    }

    private static void Copy(CorpusStore store, string query, string target) =>
        Sql.Execute(store.Connection,
            $"COPY ({query}) TO {Sql.Literal(Path.GetFullPath(target))} (FORMAT PARQUET, PARTITION_BY (year, month), OVERWRITE)");
}
