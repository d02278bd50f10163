using DuckDB.NET.Data;

namespace NewsCorpus.Analysis.Store;

/// <summary>
/// The tables of a corpus store. <see cref="Version"/> changes whenever a table changes; a store
/// written with another version is dropped and rebuilt (re-parsed), never read with the wrong layout.
/// </summary>
internal static class StoreSchema
{
    public const int Version = 4;

    /// <summary>Tables in dependency order (dropped in reverse).</summary>
    private static readonly string[] Tables = ["meta", "files", "diagnostics", "articles", "mentions"];

    private const string Ddl = """
        CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
        -- one row per raw file, keyed by its path relative to the data folder and its content hash;
        -- modified is its last write time (UTC ticks) when hashed, NULL when too recent to vouch for it
        CREATE TABLE files (
            path VARCHAR, content_hash VARCHAR, bytes BIGINT, status VARCHAR, encoding VARCHAR,
            layout VARCHAR, article_count INTEGER, newlines VARCHAR, duplicate_of VARCHAR, modified BIGINT);
        CREATE TABLE diagnostics (
            path VARCHAR, ord INTEGER, line INTEGER, severity VARCHAR, code VARCHAR, message VARCHAR);
        -- parts, bylines, page_info, web and tables are JSON; *_offsets are OffsetMapCodec blobs;
        -- normalized is NULL when it equals body (normalized_same_text) or when there is none
        CREATE TABLE articles (
            article_key BIGINT, path VARCHAR, ord INTEGER, id VARCHAR, layout VARCHAR,
            line_first INTEGER, line_last INTEGER, parts VARCHAR,
            published DATE, published_from VARCHAR, published_evidence VARCHAR,
            paper VARCHAR, page VARCHAR, page_title VARCHAR, section VARCHAR,
            title VARCHAR, subtitle VARCHAR, dateline VARCHAR,
            bylines VARCHAR, captions VARCHAR[], continuations VARCHAR[],
            page_info VARCHAR, web VARCHAR, tables VARCHAR,
            body VARCHAR, body_offsets BLOB,
            normalized VARCHAR, normalized_offsets BLOB, normalized_same_text BOOLEAN);
        -- every extracted mention, one row each; kind is date, quantity, place, organization,
        -- person or topic; span_* index the article's normalised text, raw_* the raw file's text
        CREATE TABLE mentions (
            article_key BIGINT, path VARCHAR, kind VARCHAR, ord INTEGER,
            text VARCHAR, name VARCHAR,
            date_start VARCHAR, date_end VARCHAR, grain VARCHAR, vague BOOLEAN,
            value DECIMAL(38, 10), unit VARCHAR, approx VARCHAR, min DECIMAL(38, 10), max DECIMAL(38, 10),
            quantity_kind VARCHAR, parent VARCHAR, level VARCHAR, alias VARCHAR, title VARCHAR,
            score DOUBLE, span_start INTEGER, span_end INTEGER, raw_start INTEGER, raw_end INTEGER);
        """;

    /// <summary>Creates the tables, or drops and recreates them when the store has another version.</summary>
    /// <returns>True when the store was (re)created empty.</returns>
    public static bool Ensure(DuckDBConnection connection)
    {
        if (ReadVersion(connection) == Version) return false;
        using var transaction = connection.BeginTransaction();
        foreach (var table in Tables.Reverse()) Sql.Execute(connection, $"DROP TABLE IF EXISTS {table}");
        Sql.Execute(connection, Ddl);
        Sql.Execute(connection, "INSERT INTO meta VALUES ('schema_version', $1)", Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        transaction.Commit();
        return true;
    }

    private static int? ReadVersion(DuckDBConnection connection)
    {
        var hasMeta = Sql.Scalar<long>(connection, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'") > 0;
        if (!hasMeta) return null;
        var text = Sql.Scalar<string?>(connection, "SELECT max(value) FROM meta WHERE key = 'schema_version'");
        return int.TryParse(text, out var v) ? v : null;
    }
}
