using System.Text.Json;
using NewsCorpus.Cli.Commands;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Cli.Tests.Commands;

/// <summary>ingest and export over a copy of the seeds in a temp data folder.</summary>
public sealed class StoreCommandsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("newscorpus-cli-").FullName;

    public StoreCommandsTests()
    {
        var raw = Directory.CreateDirectory(Path.Combine(DataDirectory, "raw")).FullName;
        foreach (var seed in Directory.EnumerateFiles(Seeds.RawDirectory)) File.Copy(seed, Path.Combine(raw, Path.GetFileName(seed)));
    }

    private string DataDirectory => Path.Combine(_root, "data");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Ingest_writes_a_summary_and_a_second_run_parses_nothing()
    {
        var (cold, coldCode) = Ingest();
        var (warm, warmCode) = Ingest();

        Assert.Equal((0, 0), (coldCode, warmCode));
        Assert.Equal((5, 5, 79256), (cold.GetProperty("added").GetInt32(), cold.GetProperty("files").GetInt32(), cold.GetProperty("bytesParsed").GetInt64()));
        Assert.Equal((5, 0, 0), (warm.GetProperty("unchanged").GetInt32(), warm.GetProperty("articlesParsed").GetInt32(), warm.GetProperty("bytesParsed").GetInt64()));
        Assert.Equal(cold.GetProperty("articles").GetInt64(), warm.GetProperty("articles").GetInt64());
        Assert.True(File.Exists(Path.Combine(DataDirectory, ".newscorpus.duckdb")));
    }

    [Fact]
    public void Ingest_with_rehash_finds_a_page_restored_with_its_old_size_and_time()
    {
        var page = Path.Combine(DataDirectory, "raw", Path.GetFileName(Seeds.File("001")));
        var anHourAgo = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(page, anHourAgo);
        Ingest();
        File.WriteAllText(page, File.ReadAllText(page).Replace("株洲", "湘潭", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(page, anHourAgo);

        var (trusted, _) = Ingest();
        var output = new StringWriter();
        var code = IngestCommand.Run(DataDirectory, null, output, new StringWriter(), rehash: true);
        var rehashed = JsonDocument.Parse(output.ToString()).RootElement;

        Assert.Equal((5, 0), (trusted.GetProperty("unchanged").GetInt32(), trusted.GetProperty("changed").GetInt32()));
        Assert.Equal((ExitCodes.Ok, 4, 1), (code, rehashed.GetProperty("unchanged").GetInt32(), rehashed.GetProperty("changed").GetInt32()));
    }

    [Fact]
    public void Ingest_writes_a_report_entry_for_every_raw_file_whatever_its_fate()
    {
        var raw = Path.Combine(DataDirectory, "raw");
        File.Copy(Seeds.File("001"), Path.Combine(raw, "copy-of-001.txt"));
        File.WriteAllBytes(Path.Combine(raw, "empty.txt"), []);
        var reportPath = Path.Combine(_root, "report.json");

        var code = IngestCommand.Run(DataDirectory, null, new StringWriter(), new StringWriter(), reportPath);

        Assert.Equal(ExitCodes.Ok, code);
        var report = JsonDocument.Parse(File.ReadAllBytes(reportPath)).RootElement;
        var files = report.GetProperty("files").EnumerateArray()
            .Select(f => (Path.GetFileName(f.GetProperty("path").GetString()), f.GetProperty("status").GetString(), f.GetProperty("articles").GetInt32())).ToList();
        Assert.Equal(
            [("000_34c67c3172766dcc.txt", "parsed", 5), ("001_2ce852fb66e9e90e.txt", "parsed", 1), ("002_9f4d943254ce40b6.txt", "parsed", 13),
             ("003_a8830f866c506400.txt", "parsed", 7), ("004_1bb611471ff94af8.txt", "parsed", 11), ("copy-of-001.txt", "duplicate", 0), ("empty.txt", "empty", 0)],
            files);
        Assert.Equal(37, report.GetProperty("summary").GetProperty("articles").GetInt32());
    }

    [Fact]
    public void Ingest_of_a_folder_without_raw_exits_with_no_input_and_names_it()
    {
        var errors = new StringWriter();
        var code = IngestCommand.Run(_root, Path.Combine(_root, "x.duckdb"), new StringWriter(), errors);
        Assert.Equal(ExitCodes.NoInput, code);
        Assert.Contains($"{_root}: no raw/ folder", errors.ToString());
    }

    [Fact]
    public void Export_syncs_then_writes_both_tables_and_reports_their_counts()
    {
        var (ingested, _) = Ingest();
        var output = new StringWriter();
        var outDirectory = Path.Combine(_root, "parquet");
        var code = ExportCommand.Run(outDirectory, DataDirectory, null, noSync: false, output, new StringWriter());

        using var summary = JsonDocument.Parse(output.ToString());
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(ingested.GetProperty("articles").GetInt64(), summary.RootElement.GetProperty("articles").GetInt64());
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(outDirectory, "articles"), "*.parquet", SearchOption.AllDirectories));
    }

    [Fact]
    public void Export_without_sync_of_a_missing_store_exits_with_no_input()
    {
        var errors = new StringWriter();
        var code = ExportCommand.Run(Path.Combine(_root, "parquet"), DataDirectory, null, noSync: true, new StringWriter(), errors);
        Assert.Equal(ExitCodes.NoInput, code);
        Assert.Contains("no such store", errors.ToString());
    }

    private (JsonElement Summary, int Code) Ingest()
    {
        var output = new StringWriter();
        var code = IngestCommand.Run(DataDirectory, null, output, new StringWriter());
        using var json = JsonDocument.Parse(output.ToString());
        return (json.RootElement.Clone(), code);
    }
}
