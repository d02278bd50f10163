using System.CommandLine;
using System.Text.Json.Nodes;
using NewsCorpus.Analysis.Export;
using NewsCorpus.Analysis.Store;

namespace NewsCorpus.Cli.Commands;

/// <summary>newscorpus export --parquet DIR: the store's articles and mentions as Hive-partitioned Parquet.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var parquet = new Option<string>("--parquet") { Description = "Output folder: DIR/articles/year=YYYY/month=MM/*.parquet and DIR/mentions/… (replaced if present).", Required = true };
        var data = new Option<string>("--data") { Description = "Data folder to sync the store with first.", DefaultValueFactory = _ => "data" };
        var store = new Option<string?>("--store") { Description = $"Store file (default: DATA/{CorpusStore.DefaultFileName})." };
        var noSync = new Option<bool>("--no-sync") { Description = "Export the store as it is, without syncing it with the data folder first." };
        var command = new Command("export", """
            Write the corpus as Parquet, partitioned by publication year and month (Hive layout), for
            Spark, DuckDB or pandas. The store is synced with the data folder first (incremental).
            Articles without a date land in year=__HIVE_DEFAULT_PARTITION__. Writes a JSON summary on stdout.

            Examples:
              newscorpus export --parquet out/parquet
              newscorpus export --parquet out/parquet --data data --store /tmp/zzrb.duckdb --no-sync
              duckdb -c "SELECT year, month, count(*) FROM read_parquet('out/parquet/articles/**/*.parquet', hive_partitioning = true) GROUP BY ALL"
            """) { parquet, data, store, noSync };
        command.SetAction(result => Run(result.GetValue(parquet)!, result.GetValue(data)!, result.GetValue(store), result.GetValue(noSync), Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string outDirectory, string dataDirectory, string? storePath, bool noSync, TextWriter output, TextWriter errors)
    {
        storePath ??= CorpusStore.DefaultPath(dataDirectory);
        if (noSync && !File.Exists(storePath))
        {
            errors.WriteLine($"newscorpus export: {storePath}: no such store (run `newscorpus ingest {dataDirectory}` first)");
            return ExitCodes.NoInput;
        }
        return StoreErrors.Guard("export", errors, () =>
        {
            using var store = CorpusStore.Open(storePath);
            var problems = noSync ? 0 : IngestCommand.Sync(store, dataDirectory).Problems;
            var summary = ParquetExporter.Export(store, outDirectory);
            JsonOutput.Write(output, new JsonObject
            {
                ["store"] = store.Path, ["directory"] = summary.Directory, ["articles"] = summary.Articles, ["mentions"] = summary.Mentions,
                ["partitions"] = new JsonArray([.. summary.Partitions.Select(p => (JsonNode)p)]),
            });
            return problems > 0 ? ExitCodes.Problems : ExitCodes.Ok;
        });
    }
}
