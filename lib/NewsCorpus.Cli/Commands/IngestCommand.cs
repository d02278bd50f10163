using System.CommandLine;
using NewsCorpus.Analysis.Store;

namespace NewsCorpus.Cli.Commands;

/// <summary>newscorpus ingest DATA_DIR [--store FILE]: bring the DuckDB store up to date with DATA_DIR/raw.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var data = new Argument<string>("DATA_DIR") { Description = "Data folder holding raw/ (and manifest.csv, lexicons/, gazetteer/)." };
        var store = new Option<string?>("--store") { Description = $"Store file (default: DATA_DIR/{CorpusStore.DefaultFileName})." };
        var command = new Command("ingest", """
            Parse the page files of DATA_DIR/raw into the corpus store (an embedded DuckDB database).
            Incremental: files whose content hash is already stored are not parsed again, changed
            files are replaced, removed ones deleted; everything is re-parsed when the parsing code or
            the data folder's manifest, lexicons or gazetteer change. Writes a JSON summary on stdout.

            Examples:
              newscorpus ingest data
              newscorpus ingest data --store /tmp/zzrb.duckdb
              duckdb data/.newscorpus.duckdb "SELECT unit, sum(value) FROM mentions WHERE kind = 'quantity' GROUP BY unit"
            """) { data, store };
        command.SetAction(result => Run(result.GetValue(data)!, result.GetValue(store), Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string dataDirectory, string? storePath, TextWriter output, TextWriter errors) => StoreErrors.Guard("ingest", errors, () =>
    {
        using var store = CorpusStore.Open(storePath ?? CorpusStore.DefaultPath(dataDirectory));
        var summary = Sync(store, dataDirectory);
        JsonOutput.Write(output, new
        {
            store = store.Path,
            summary.Files, summary.Unchanged, summary.Added, summary.Changed, summary.Removed, summary.Rebuilt,
            summary.BytesParsed, summary.ArticlesParsed, summary.Problems, summary.Articles, summary.Mentions,
            seconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
        });
        if (summary.Problems > 0)
            errors.WriteLine($"newscorpus ingest: {summary.Problems} file(s) had problems; see the diagnostics table or `parse` of those files");
        return summary.Problems > 0 ? ExitCodes.Problems : ExitCodes.Ok;
    });

    /// <summary>Syncs with a progress line on stderr when it is a terminal.</summary>
    internal static IngestSummary Sync(CorpusStore store, string dataDirectory)
    {
        using var line = new StderrProgress("ingest");
        return store.Sync(dataDirectory, progress: line.For<IngestProgress>(p =>
            $"{p.FilesDone}/{p.FilesTotal} files, {p.BytesDone / 1e6:F1}/{p.BytesTotal / 1e6:F1} MB"));
    }
}
