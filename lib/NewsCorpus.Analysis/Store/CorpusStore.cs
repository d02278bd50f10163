using System.Collections.Concurrent;
using System.Diagnostics;
using DuckDB.NET.Data;
using NewsCorpus.Pipeline;

namespace NewsCorpus.Analysis.Store;

/// <summary>
/// The corpus kept in an embedded DuckDB database: parsed articles, mentions, diagnostics and one
/// row per raw file keyed by its content hash, so a re-run parses only what changed.
/// <code>
/// using var store = CorpusStore.OpenFor("data");      // data/.newscorpus.duckdb
/// store.Sync("data");                                 // parse new and changed files, drop removed ones
/// var articles = store.LoadArticles();
/// </code>
/// The <see cref="Connection"/> is open for SQL of your own over the tables files, diagnostics,
/// articles and mentions (README, "The store and scale").
/// </summary>
public sealed class CorpusStore : IDisposable
{
    /// <summary>File name of the store a data folder gets by default (git-ignored by *.duckdb).</summary>
    public const string DefaultFileName = ".newscorpus.duckdb";

    /// <summary>Raw bytes parsed per batch: bounds the memory a sync needs, whatever the corpus size.</summary>
    public const long BatchBytes = 8 << 20;
    private const int BatchFiles = 512;

    /// <summary>
    /// DuckDB's buffer pool cap. Its default (80% of RAM) lets it keep every page it touched, so a
    /// process would grow with the corpus; past the cap DuckDB evicts pages or spills to disk.
    /// </summary>
    public const string MemoryLimit = "512MB";

    private CorpusStore(string path, DuckDBConnection connection, bool created)
    {
        Path = path;
        Connection = connection;
        Created = created;
    }

    public string Path { get; }

    public DuckDBConnection Connection { get; }

    /// <summary>True when opening created the tables: a new store, or one of another schema version, dropped.</summary>
    public bool Created { get; }

    public static string DefaultPath(string dataDirectory) => System.IO.Path.Combine(dataDirectory, DefaultFileName);

    /// <summary>Opens (creating when needed) the store at a path. A store of another schema version is emptied and rebuilt.</summary>
    public static CorpusStore Open(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var connection = new DuckDBConnection(ConnectionString(path));
        try
        {
            connection.Open();
            Sql.Execute(connection, $"SET memory_limit = '{MemoryLimit}'");
            return new CorpusStore(path, connection, StoreSchema.Ensure(connection));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens the default store of a data folder (<c>DATA/.newscorpus.duckdb</c>).</summary>
    public static CorpusStore OpenFor(string dataDirectory) => Open(DefaultPath(dataDirectory));

    private static string ConnectionString(string path) => $"Data Source={System.IO.Path.GetFullPath(path)}";

    /// <summary>One more connection to this store (DuckDB.NET shares the open database between connections of a process).</summary>
    private DuckDBConnection OpenConnection()
    {
        var connection = new DuckDBConnection(ConnectionString(Path));
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Brings the store up to date with DATA/raw: unchanged files (same path, same content hash)
    /// are skipped, new and changed ones parsed on all cores in bounded batches, removed ones
    /// deleted. Everything is re-parsed when the parsing code or DATA's manifest, lexicons or
    /// gazetteer changed. A file whose size and modification time are those it had when it was
    /// last hashed keeps that hash without being read (see <see cref="RawFiles.Scan"/>).
    /// </summary>
    /// <param name="pipeline">Default: the standard pipeline with <paramref name="dataDirectory"/> as its data folder.</param>
    /// <param name="rehash">Read and hash every file, trusting no size and modification time (after pages were restored with their old times).</param>
    public IngestSummary Sync(string dataDirectory, NewsPipeline? pipeline = null, IProgress<IngestProgress>? progress = null, CancellationToken cancellation = default, bool rehash = false)
    {
        var clock = Stopwatch.StartNew();
        pipeline ??= NewsPipeline.CreateBuilder().UseDataDirectory(dataDirectory).UseDefaults().Build();
        var known = KnownFiles();
        var files = RawFiles.Scan(dataDirectory, rehash ? null : known);
        var rebuilt = ResetWhenPipelineChanged(PipelineFingerprint.Of(dataDirectory, pipeline));
        SetMeta("data_directory", System.IO.Path.GetFullPath(dataDirectory));

        var stored = rebuilt ? [] : known;
        var current = files.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var toParse = files.Where(f => !stored.TryGetValue(f.Key, out var k) || k.ContentHash != f.ContentHash).ToList();
        var removed = stored.Keys.Where(k => !current.Contains(k)).ToList();
        var changed = toParse.Count(f => stored.ContainsKey(f.Key));
        Delete([.. removed, .. toParse.Where(f => stored.ContainsKey(f.Key)).Select(f => f.Key)]);
        RecordModified(files.Where(f => stored.TryGetValue(f.Key, out var k) && k.ContentHash == f.ContentHash && k.Modified != f.Modified).ToList());

        var (articles, problems) = Parse(toParse, pipeline, progress, cancellation);
        var counts = Counts();
        return new IngestSummary(files.Count, files.Count - toParse.Count, toParse.Count - changed, changed, removed.Count, rebuilt,
            toParse.Sum(f => f.Bytes), articles, problems, counts.Articles, counts.Mentions, clock.Elapsed);
    }

    /// <summary>
    /// All articles in corpus order (file key, then position in the file), with their mentions.
    /// Offset maps are decoded on first use of <see cref="MappedText.Offsets"/>.
    /// </summary>
    /// <param name="dataDirectory">Prefix of each article's Source (default: the data folder of the last sync, relative to the working directory).</param>
    public IReadOnlyList<Article> LoadArticles(string? dataDirectory = null) =>
        StoreReader.Articles(Connection, OpenConnection, SourceResolver(dataDirectory));

    /// <summary>One report per raw file in the store (status, encoding, layout, hash, article count, diagnostics), by file key.</summary>
    public IReadOnlyList<FileReport> LoadFileReports(string? dataDirectory = null) =>
        StoreReader.FileReports(Connection, SourceResolver(dataDirectory));

    public StoreCounts Counts() => new(
        Sql.Scalar<long>(Connection, "SELECT count(*) FROM files"),
        Sql.Scalar<long>(Connection, "SELECT count(*) FROM articles"),
        Sql.Scalar<long>(Connection, "SELECT count(*) FROM mentions"),
        Sql.Scalar<long>(Connection, "SELECT count(*) FROM diagnostics"));

    public void Dispose() => Connection.Dispose();

    private Func<string, string> SourceResolver(string? dataDirectory)
    {
        var root = dataDirectory ?? (GetMeta("data_directory") is { } full ? System.IO.Path.GetRelativePath(Environment.CurrentDirectory, full) : ".");
        return key => System.IO.Path.Join(root, key);
    }

    private (int Articles, int Problems) Parse(List<RawFile> files, NewsPipeline pipeline, IProgress<IngestProgress>? progress, CancellationToken cancellation)
    {
        var totalBytes = files.Sum(f => f.Bytes);
        var writer = new StoreWriter(Connection);
        // One batch parses (on all cores) while the previous one is appended: memory stays at about two batches.
        using var parsed = new BlockingCollection<List<(RawFile, FileResult)>>(boundedCapacity: 1);
        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var batch in Batches(files))
                {
                    cancellation.ThrowIfCancellationRequested();
                    var results = pipeline.ParseFiles(batch.Select(f => f.Path)).ToList();
                    parsed.Add(batch.Zip(results).ToList(), cancellation);
                }
            }
            finally
            {
                parsed.CompleteAdding();
            }
        }, cancellation);
        int done = 0, articles = 0, problems = 0;
        long bytes = 0;
        foreach (var batch in parsed.GetConsumingEnumerable(cancellation))
        {
            writer.Append(batch);
            foreach (var (file, result) in batch)
            {
                done++;
                bytes += file.Bytes;
                articles += result.Articles.Count;
                if (result.Report.HasProblems) problems++;
            }
            progress?.Report(new IngestProgress(done, files.Count, bytes, totalBytes));
        }
        producer.GetAwaiter().GetResult();
        return (articles, problems);
    }

    private static IEnumerable<List<RawFile>> Batches(List<RawFile> files)
    {
        var batch = new List<RawFile>();
        long bytes = 0;
        foreach (var file in files)
        {
            batch.Add(file);
            bytes += file.Bytes;
            if (bytes >= BatchBytes || batch.Count >= BatchFiles)
            {
                yield return batch;
                batch = [];
                bytes = 0;
            }
        }
        if (batch.Count > 0) yield return batch;
    }

    private bool ResetWhenPipelineChanged(string fingerprint)
    {
        if (GetMeta("pipeline") == fingerprint) return false;
        using var transaction = Connection.BeginTransaction();
        foreach (var table in new[] { "files", "diagnostics", "articles", "mentions" }) Sql.Execute(Connection, $"DELETE FROM {table}");
        SetMeta("pipeline", fingerprint);
        transaction.Commit();
        return true;
    }

    private Dictionary<string, KnownFile> KnownFiles()
    {
        var known = new Dictionary<string, KnownFile>(StringComparer.Ordinal);
        using var command = Sql.Command(Connection, "SELECT path, bytes, modified, content_hash FROM files");
        using var reader = command.ExecuteReader();
        while (reader.Read())
            known[reader.GetString(0)] = new KnownFile(reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.GetString(3));
        return known;
    }

    /// <summary>Records the write times of unchanged files that were hashed again (touched, or too recent last time), so the next sync need not.</summary>
    private void RecordModified(IReadOnlyList<RawFile> files)
    {
        if (files.Count == 0) return;
        using var transaction = Connection.BeginTransaction();
        Sql.Execute(Connection, "CREATE OR REPLACE TEMP TABLE touched (path VARCHAR, modified BIGINT)");
        using (var appender = Connection.CreateAppender("touched"))
            foreach (var file in files) appender.CreateRow().AppendValue(file.Key).AppendValue(file.Modified).EndRow();
        Sql.Execute(Connection, "UPDATE files SET modified = touched.modified FROM touched WHERE files.path = touched.path");
        Sql.Execute(Connection, "DROP TABLE touched");
        transaction.Commit();
    }

    private void Delete(IReadOnlyList<string> keys)
    {
        if (keys.Count == 0) return;
        using var transaction = Connection.BeginTransaction();
        Sql.Execute(Connection, "CREATE OR REPLACE TEMP TABLE doomed (path VARCHAR)");
        using (var appender = Connection.CreateAppender("doomed"))
            foreach (var key in keys) appender.CreateRow().AppendValue(key).EndRow();
        foreach (var table in new[] { "files", "diagnostics", "articles", "mentions" })
            Sql.Execute(Connection, $"DELETE FROM {table} WHERE path IN (SELECT path FROM doomed)");
        Sql.Execute(Connection, "DROP TABLE doomed");
        transaction.Commit();
    }

    private string? GetMeta(string key) => Sql.Scalar<string?>(Connection, "SELECT max(value) FROM meta WHERE key = $1", key);

    private void SetMeta(string key, string value) =>
        Sql.Execute(Connection, "INSERT OR REPLACE INTO meta VALUES ($1, $2)", key, value);
}
