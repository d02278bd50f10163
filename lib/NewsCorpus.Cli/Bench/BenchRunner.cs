using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsCorpus.Analysis.Store;

namespace NewsCorpus.Cli.Bench;

/// <summary>How a bench run is set up (see <c>newscorpus bench --help</c>).</summary>
public sealed record BenchOptions(string SourceDataDirectory, string CorpusDirectory, long Bytes, int Seed, int Repeat, IReadOnlySet<string> Phases);

/// <summary>
/// The corpus benchmark: builds (or reuses) a synthetic corpus, then times `wc -m` and
/// `newscorpus parse --jsonl` over the same files side by side, `newscorpus ingest` cold and warm
/// as child processes, and <c>Corpus.Load</c> through the store in this process.
/// MB are 10^6 bytes of raw files.
/// </summary>
public sealed class BenchRunner(BenchOptions options, Action<string> status)
{
    public const string Wc = "wc", Parse = "parse", Ingest = "ingest", Load = "load";
    public static readonly string[] AllPhases = [Wc, Parse, Ingest, Load];

    private double _megabytes;

    public JsonObject Run()
    {
        var report = new JsonObject { ["machine"] = Machine() };
        var corpus = Corpus();
        _megabytes = corpus.Bytes / 1e6;
        report["corpus"] = corpus.ToJson();
        var raw = Path.Combine(options.CorpusDirectory, "raw");
        var storePath = Path.Combine(options.CorpusDirectory, CorpusStore.DefaultFileName);

        var wcRuns = new List<Measurement>();
        var parseRuns = new List<Measurement>();
        for (var i = 0; i < options.Repeat && (Has(Wc) || Has(Parse)); i++)
        {
            // Alternate the two so that both see the same load from whatever else runs on the machine.
            if (Has(Wc))
            {
                status($"wc -m, run {i + 1}/{options.Repeat}");
                wcRuns.Add(Measured.Run("/bin/sh", ["-c", "find \"$1\" -type f -print0 | xargs -0 wc -m", "sh", raw],
                    environment: new Dictionary<string, string> { ["LC_ALL"] = "C.UTF-8" }));
            }
            if (Has(Parse))
            {
                status($"parse --jsonl, run {i + 1}/{options.Repeat}");
                parseRuns.Add(Self([Parse, raw, "--jsonl", "--data", options.CorpusDirectory]));
            }
        }
        if (wcRuns.Count > 0) report["wc"] = Phase(wcRuns, null, "LC_ALL=C.UTF-8 wc -m over every raw file (characters, as parse decodes them)");
        long? articles = null;
        if (Has(Ingest))
        {
            if (File.Exists(storePath)) File.Delete(storePath);
            status("ingest, cold");
            var cold = Self([Ingest, options.CorpusDirectory, "--store", storePath], capture: true);
            articles = Articles(cold);
            report["ingestCold"] = Phase([cold], articles, "newscorpus ingest into a new store");
            status("ingest, warm");
            var warm = Self([Ingest, options.CorpusDirectory, "--store", storePath], capture: true);
            report["ingestWarm"] = Phase([warm], articles, "newscorpus ingest again, nothing changed");
        }
        if (parseRuns.Count > 0)
        {
            var parse = Phase(parseRuns, articles, "newscorpus parse RAW --jsonl > /dev/null");
            if (wcRuns.Count > 0) parse["ratioToWc"] = Math.Round(Best(parseRuns).Seconds / Best(wcRuns).Seconds, 2);
            report["parse"] = parse;
        }
        if (Has(Load) && File.Exists(storePath))
        {
            status("Corpus.Load through the store");
            var gcBefore = default(GcCounts);
            var (measurement, loaded) = Measured.InProcess(() =>
            {
                gcBefore = GcCounts.Now();
                return Analysis.Corpus.Load(options.CorpusDirectory);
            });
            var gc = GcCounts.Now() - gcBefore;
            var load = Phase([measurement], loaded.Articles.Count, "Corpus.Load in this process: open the store, sync (hash every raw file), read articles and file reports, close (peak: this process)");
            load["syncSeconds"] = loaded.Report.Sync is { } sync ? Math.Round(sync.Elapsed.TotalSeconds, 3) : null;
            load["origin"] = loaded.Report.Origin;
            load["gc"] = new JsonObject
            {
                ["collections"] = new JsonArray([.. gc.Collections.Select(c => (JsonNode)c)]),
                ["pauseSeconds"] = Math.Round(gc.Pause.TotalSeconds, 3), ["allocatedMB"] = Math.Round(gc.AllocatedBytes / 1e6),
            };
            report["load"] = load;
        }
        report["targets"] = Targets(report);
        return report;
    }

    private bool Has(string phase) => options.Phases.Contains(phase);

    private CorpusInfo Corpus()
    {
        var raw = Path.Combine(options.CorpusDirectory, "raw");
        if (Directory.Exists(raw) && Directory.EnumerateFiles(raw, "*", SearchOption.AllDirectories).Any())
        {
            var files = Directory.EnumerateFiles(raw, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f).Length).ToList();
            return new CorpusInfo(options.CorpusDirectory, files.Count, files.Sum(), Math.Round(files.Sum() / 1e6, 1), Reused: true, GenerateSeconds: 0);
        }
        var clock = Stopwatch.StartNew();
        var info = SyntheticCorpus.Generate(options.SourceDataDirectory, options.CorpusDirectory, options.Bytes, options.Seed,
            new Reporter(bytes => status($"generating corpus, {bytes / 1e6:F0}/{options.Bytes / 1e6:F0} MB")));
        return new CorpusInfo(options.CorpusDirectory, info.Files, info.Bytes, Math.Round(info.Bytes / 1e6, 1), Reused: false, Math.Round(clock.Elapsed.TotalSeconds, 2));
    }

    private JsonObject Phase(IReadOnlyList<Measurement> runs, long? articles, string what)
    {
        var best = Best(runs);
        return new()
        {
            ["what"] = what,
            ["seconds"] = Math.Round(best.Seconds, 3),
            ["runs"] = new JsonArray([.. runs.Select(r => (JsonNode)Math.Round(r.Seconds, 3))]),
            ["cpuSeconds"] = Math.Round(best.CpuSeconds, 3),
            ["mbPerSecond"] = Math.Round(_megabytes / best.Seconds, 1),
            ["articlesPerSecond"] = articles is long n ? Math.Round(n / best.Seconds) : null,
            ["peakMemoryMB"] = Math.Round(runs.Max(r => r.PeakMemoryMB), 1),
            ["exitCodes"] = new JsonArray([.. runs.Select(r => r.ExitCode).Distinct().Select(c => (JsonNode)c)]),
        };
    }

    private static Measurement Best(IReadOnlyList<Measurement> runs) => runs.MinBy(r => r.Seconds)!;

    private static long? Articles(Measurement ingest)
    {
        try
        {
            using var json = JsonDocument.Parse(ingest.Output);
            return json.RootElement.GetProperty("articles").GetInt64();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonObject Targets(JsonObject report)
    {
        double? Get(string phase, string field) => report[phase]?[field]?.GetValue<double>();
        var targets = new JsonObject();
        if (Get(Parse, "ratioToWc") is { } ratio) targets["parseWithin3xWc"] = ratio <= 3;
        if (Get(Parse, "peakMemoryMB") is { } parsePeak) targets["parsePeakUnder500MB"] = parsePeak < 500;
        if (Get("ingestWarm", "seconds") is { } warm) targets["warmIngestUnder3s"] = warm < 3;
        if (Get(Load, "seconds") is { } load) targets["loadUnder5s"] = load < 5;
        return targets;
    }

    private static JsonObject Machine() => new()
    {
        ["cores"] = Environment.ProcessorCount,
        ["configuration"] = typeof(BenchRunner).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true ? "Debug" : "Release",
        ["compilation"] = Compilation(),
        ["runtime"] = Environment.Version.ToString(),
        ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
        ["loadAverage"] = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null,
    };

    /// <summary>How this newscorpus runs its code: compiled ahead of time (`dotnet publish`) or by the JIT (`dotnet build`).</summary>
    private static string Compilation() => RuntimeFeature.IsDynamicCodeSupported ? "JIT" : "native AOT";

    /// <summary>Runs this same newscorpus (native, apphost or `dotnet NewsCorpus.Cli.dll`) as a child process.</summary>
    private static Measurement Self(string[] arguments, bool capture = false)
    {
        var program = Environment.ProcessPath!;
        string[] prefix = Path.GetFileNameWithoutExtension(program) == "dotnet" ? [AssemblyPath(typeof(BenchRunner).Assembly)] : [];
        return Measured.Run(program, [.. prefix, .. arguments], capture);
    }

    /// <summary>An assembly's file when the app runs from IL files; the native binary has none.</summary>
    private static string AssemblyPath(Assembly assembly) => Path.Combine(AppContext.BaseDirectory, assembly.GetName().Name + ".dll");

    private sealed record CorpusInfo(string Directory, int Files, long Bytes, double Megabytes, bool Reused, double GenerateSeconds)
    {
        public JsonObject ToJson() => new()
        {
            ["directory"] = Directory, ["files"] = Files, ["bytes"] = Bytes, ["megabytes"] = Megabytes,
            ["reused"] = Reused, ["generateSeconds"] = GenerateSeconds,
        };
    }

    private sealed class Reporter(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
