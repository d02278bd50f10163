using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsCorpus.Cli.Bench;

namespace NewsCorpus.Cli.Commands;

/// <summary>newscorpus bench: synthetic corpus benchmark of parse, ingest (cold, warm) and load.</summary>
internal static partial class BenchCommand
{
    public static Command Create()
    {
        var size = new Option<string>("--size") { Description = "Corpus size: 50MB, 200MB, 1GB (MB = 10^6 bytes).", DefaultValueFactory = _ => "50MB" };
        var from = new Option<string>("--from") { Description = "Data folder whose raw/ pages seed the corpus.", DefaultValueFactory = _ => "data" };
        var corpus = new Option<string?>("--corpus") { Description = "Folder for the synthetic corpus, kept afterwards; reused as it is when its raw/ has files (default: a temp folder, deleted)." };
        var seed = new Option<int>("--seed") { Description = "Random seed of the generator.", DefaultValueFactory = _ => 1 };
        var repeat = new Option<int>("--repeat") { Description = "Runs of wc -m and of parse, alternated; the fastest of each counts.", DefaultValueFactory = _ => 2 };
        var phases = new Option<string>("--phases") { Description = $"Comma-separated phases to run: {string.Join(",", BenchRunner.AllPhases)}.", DefaultValueFactory = _ => string.Join(",", BenchRunner.AllPhases) };
        var command = new Command("bench", """
            Build a synthetic corpus from the seed pages (dates shifted, numbers varied, articles
            shuffled, no two files equal) and measure MB/s, articles/s and peak memory of
            `parse --jsonl` (beside `wc -m` over the same files), `ingest` cold and warm, and
            Corpus.Load through the store (sync, then read). JSON report on stdout; progress on stderr when a terminal.
            Build in Release for figures that mean something (the report says which build ran).

            Examples:
              dotnet run -c Release --project lib/NewsCorpus.Cli -- bench --size 50MB
              newscorpus bench --size 200MB --phases ingest,load --corpus /tmp/corpus200
              newscorpus bench --corpus /tmp/corpus200 --phases load
            """) { size, from, corpus, seed, repeat, phases };
        command.SetAction(result => Run(result.GetValue(size)!, result.GetValue(from)!, result.GetValue(corpus), result.GetValue(seed),
            result.GetValue(repeat), result.GetValue(phases)!, Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string size, string from, string? corpus, int seed, int repeat, string phases, TextWriter output, TextWriter errors)
    {
        if (ParseSize(size) is not long bytes)
        {
            errors.WriteLine($"newscorpus bench: --size {size}: expected a size such as 50MB, 200MB or 1GB");
            return ExitCodes.Usage;
        }
        var selected = phases.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = selected.Except(BenchRunner.AllPhases).ToList();
        if (unknown.Count > 0 || repeat < 1)
        {
            errors.WriteLine($"newscorpus bench: {(repeat < 1 ? "--repeat must be 1 or more" : $"unknown phase {string.Join(",", unknown)}")} (phases: {string.Join(",", BenchRunner.AllPhases)})");
            return ExitCodes.Usage;
        }
        var directory = corpus ?? Directory.CreateTempSubdirectory("newscorpus-bench-").FullName;
        try
        {
            using var line = new StderrProgress("bench");
            var report = new BenchRunner(new BenchOptions(from, directory, bytes, seed, repeat, selected), line.Show).Run();
            report["kept"] = corpus is not null;
            JsonOutput.Write(output, report);
            return ExitCodes.Ok;
        }
        catch (DirectoryNotFoundException e)
        {
            errors.WriteLine($"newscorpus bench: {e.Message}");
            return ExitCodes.NoInput;
        }
        finally
        {
            if (corpus is null) Directory.Delete(directory, recursive: true);
        }
    }

    internal static long? ParseSize(string text)
    {
        var m = SizePattern().Match(text.Trim());
        if (!m.Success) return null;
        var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var unit = m.Groups[2].Value.ToUpperInvariant() switch { "K" or "KB" => 1e3, "M" or "MB" => 1e6, "G" or "GB" => 1e9, _ => 1 };
        return (long)(value * unit);
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*([kKmMgG][bB]?|[bB])?$")]
    private static partial Regex SizePattern();
}
