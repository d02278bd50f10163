using System.CommandLine;
using System.Text.Json.Nodes;
using NewsCorpus.Analysis.Store;
using NewsCorpus.Pipeline;

namespace NewsCorpus.Cli.Commands;

/// <summary>newscorpus ingest DATA_DIR [--store FILE]: bring the DuckDB store up to date with DATA_DIR/raw.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var data = new Argument<string>("DATA_DIR") { Description = "Data folder holding raw/ (and manifest.csv, lexicons/, gazetteer/)." };
        var store = new Option<string?>("--store") { Description = $"Store file (default: DATA_DIR/{CorpusStore.DefaultFileName})." };
        var rehash = new Option<bool>("--rehash") { Description = "Read and hash every raw file, even those whose size and modification time are unchanged since the last sync." };
        var report = new Option<string?>("--report") { Description = "Write a JSON report with one entry per raw file in the store (status, encoding, articles, diagnostics) to FILE.", HelpName = "FILE" };
        var command = new Command("ingest", """
            Parse the page files of DATA_DIR/raw into the corpus store (an embedded DuckDB database).
            Incremental: files whose content hash is already stored are not parsed again, changed
            files are replaced, removed ones deleted; everything is re-parsed when the parsing code or
            the data folder's manifest, lexicons or gazetteer change. A file whose size and
            modification time are those it had when last hashed is not read again (as git does);
            --rehash reads every file. Writes a JSON summary on stdout.

            Examples:
              newscorpus ingest data
              newscorpus ingest data --store /tmp/zzrb.duckdb
              newscorpus ingest data --rehash        # after restoring pages with their old times
              newscorpus ingest data --report report.json && jq '.files[] | select(.status != "parsed")' report.json
              duckdb data/.newscorpus.duckdb "SELECT unit, sum(value) FROM mentions WHERE kind = 'quantity' GROUP BY unit"
            """) { data, store, rehash, report };
        command.SetAction(result => Run(result.GetValue(data)!, result.GetValue(store), Console.Out, Console.Error, result.GetValue(report), result.GetValue(rehash)));
        return command;
    }

    /// <param name="reportPath">When set, the JSON report (<see cref="ParseReportJson"/>) of every file in the store, and of the manifest, is written there.</param>
    /// <param name="rehash">Hash every raw file, trusting no size and modification time.</param>
    internal static int Run(string dataDirectory, string? storePath, TextWriter output, TextWriter errors, string? reportPath = null, bool rehash = false) => StoreErrors.Guard("ingest", errors, () =>
    {
        using var store = CorpusStore.Open(storePath ?? CorpusStore.DefaultPath(dataDirectory));
        var summary = Sync(store, dataDirectory, rehash);
        var runDiagnostics = ManifestValidator.ValidateDataDirectory(dataDirectory);
        foreach (var diagnostic in runDiagnostics) errors.WriteLine(diagnostic);
        if (reportPath is not null) ParseReportJson.Write(new ParseReport(store.LoadFileReports(dataDirectory), runDiagnostics), reportPath);
        JsonOutput.Write(output, new JsonObject
        {
            ["store"] = store.Path,
            ["files"] = summary.Files, ["unchanged"] = summary.Unchanged, ["added"] = summary.Added, ["changed"] = summary.Changed,
            ["removed"] = summary.Removed, ["rebuilt"] = summary.Rebuilt, ["bytesParsed"] = summary.BytesParsed,
            ["articlesParsed"] = summary.ArticlesParsed, ["problems"] = summary.Problems, ["articles"] = summary.Articles,
            ["mentions"] = summary.Mentions, ["seconds"] = Math.Round(summary.Elapsed.TotalSeconds, 3),
        });
        if (summary.Problems > 0)
            errors.WriteLine($"newscorpus ingest: {summary.Problems} file(s) had problems; see the diagnostics table or `parse` of those files");
        return summary.Problems > 0 ? ExitCodes.Problems : ExitCodes.Ok;
    });

    /// <summary>Syncs with a progress line on stderr when it is a terminal.</summary>
    internal static IngestSummary Sync(CorpusStore store, string dataDirectory, bool rehash = false)
    {
        using var line = new StderrProgress("ingest");
        return store.Sync(dataDirectory, progress: line.For<IngestProgress>(p =>
            $"{p.FilesDone}/{p.FilesTotal} files, {p.BytesDone / 1e6:F1}/{p.BytesTotal / 1e6:F1} MB"), rehash: rehash);
    }
}
