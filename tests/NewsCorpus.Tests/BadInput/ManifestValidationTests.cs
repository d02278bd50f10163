using NewsCorpus.Dating;
using NewsCorpus.Pipeline;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Tests.BadInput;

/// <summary>manifest.csv rows naming missing files or carrying impossible dates give an error naming the row.</summary>
public class ManifestValidationTests
{
    private const string Csv = """
        file,paper,published,note
        001_2ce852fb66e9e90e.txt,株洲日报,,ok
        004_1bb611471ff94af8.txt,株洲日报,2022-02-30,no 30 February
        005_missing.txt,株洲日报,2021-05-01,not delivered
        002_9f4d943254ce40b6.txt,株洲日报,2999-01-01,a date from the future
        001_2ce852fb66e9e90e.txt,株洲日报,2020-02-01,listed twice
        003_a8830f866c506400.txt,株洲日报,1850-07-01,before any such page

        """;

    [Fact]
    public void Each_bad_row_is_named_with_its_line_and_reason()
    {
        using var data = DataFolder();

        var diagnostics = ManifestValidator.ValidateDataDirectory(data.Path);

        Assert.Equal(
            [(3, "manifest-date"), (4, "manifest-missing-file"), (5, "manifest-date"), (6, "manifest-duplicate-row"), (7, "manifest-date")],
            diagnostics.Select(d => (d.Line ?? 0, d.Code)));
        Assert.All(diagnostics, d => Assert.Equal(Path.Combine(data.Path, "manifest.csv"), d.Source));
        Assert.Equal($"row 4: 005_missing.txt is not in {Path.Combine(data.Path, "raw")}", diagnostics[1].Message);
        Assert.Equal("row 5: published 2999-01-01 for 002_9f4d943254ce40b6.txt is impossible (after today); a page cannot carry it", diagnostics[2].Message);
        Assert.Equal("row 6: 001_2ce852fb66e9e90e.txt is listed again (first on line 2); the first row is used", diagnostics[3].Message);
        Assert.Equal("row 7: published 1850-07-01 for 003_a8830f866c506400.txt is impossible (before 1900); a page cannot carry it", diagnostics[4].Message);
        Assert.Equal("row 3: published “2022-02-30” is not a real yyyy-MM-dd date; ignored", diagnostics[0].Message);
        Assert.Equal([Severity.Error, Severity.Error, Severity.Error, Severity.Warning, Severity.Error], diagnostics.Select(d => d.Severity));
    }

    [Fact]
    public void A_run_reports_the_manifest_problems_and_still_parses_every_file()
    {
        using var data = DataFolder();
        var pipeline = NewsPipeline.CreateBuilder().UseDataDirectory(data.Path).UseDefaults().Build();

        var run = pipeline.ParseRun(Directory.EnumerateFiles(Path.Combine(data.Path, "raw")).Order());

        Assert.Equal(5, run.Report.RunDiagnostics.Count);
        Assert.True(run.Report.HasProblems);
        Assert.Equal(4, run.Report.StatusCounts[FileStatus.Parsed]);
        Assert.Contains("\"code\": \"manifest-missing-file\"", ParseReportJson.ToJson(run.Report));
    }

    [Fact]
    public void The_repository_manifest_is_clean()
    {
        Assert.Empty(ManifestValidator.ValidateDataDirectory(Seeds.DataDirectory));
        var manifest = Manifest.Load(Path.Combine(Seeds.DataDirectory, "manifest.csv"));
        Assert.Empty(ManifestValidator.Validate(manifest, Seeds.RawDirectory, new DateOnly(2026, 1, 1)));
    }

    private static TempFolder DataFolder()
    {
        var data = new TempFolder();
        Directory.CreateDirectory(Path.Combine(data.Path, "raw"));
        foreach (var seed in new[] { "001", "002", "003", "004" })
            File.Copy(Seeds.File(seed), Path.Combine(data.Path, "raw", Path.GetFileName(Seeds.File(seed))));
        File.WriteAllText(Path.Combine(data.Path, "manifest.csv"), Csv);
        return data;
    }
}
