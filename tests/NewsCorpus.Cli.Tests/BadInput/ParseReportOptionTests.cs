using System.Text;
using System.Text.Json;
using NewsCorpus.Cli.Commands;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Cli.Tests.BadInput;

/// <summary>newscorpus parse --report FILE: one JSON entry per input file; exit code 1 when some file is partial or unreadable.</summary>
public sealed class ParseReportOptionTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newscorpus-cli-" + Guid.NewGuid().ToString("N"));

    public ParseReportOptionTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Parse_writes_a_report_entry_for_every_file_and_articles_only_once()
    {
        var seed = File.ReadAllBytes(Seeds.File("001"));
        File.WriteAllBytes(Path.Combine(_folder, "a.txt"), seed);
        File.WriteAllBytes(Path.Combine(_folder, "b.txt"), seed);
        File.WriteAllBytes(Path.Combine(_folder, "c.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]);
        File.WriteAllBytes(Path.Combine(_folder, "d.txt"), []);
        var reportPath = Path.Combine(_folder, "report.json");
        using var output = new MemoryStream();
        var errors = new StringWriter();

        var exit = ParseCommand.Run([Path.Combine(_folder, "a.txt"), Path.Combine(_folder, "b.txt"), Path.Combine(_folder, "c.txt"), Path.Combine(_folder, "d.txt")],
            null, output, errors, reportPath: reportPath);

        Assert.Equal(ExitCodes.Problems, exit);
        var report = JsonDocument.Parse(File.ReadAllBytes(reportPath)).RootElement;
        Assert.Equal(["parsed", "duplicate", "unreadable", "empty"],
            report.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("status").GetString()));
        var articles = report.GetProperty("summary").GetProperty("articles").GetInt32();
        var jsonLines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(articles, jsonLines.Length);
        Assert.All(jsonLines, l => Assert.EndsWith("a.txt", JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()));
        Assert.Contains($"newscorpus parse: 4 files: 1 parsed, 1 duplicate, 1 empty, 1 unreadable; {articles} article", errors.ToString());
        Assert.Contains("c.txt: error unreadable: not a text file: PNG image, by its signature", errors.ToString());
    }

    [Fact]
    public void The_seeds_parse_with_exit_code_0_and_a_clean_report()
    {
        var reportPath = Path.Combine(_folder, "seeds.json");
        using var output = new MemoryStream();

        var exit = ParseCommand.Run([Seeds.RawDirectory], null, output, new StringWriter(), reportPath: reportPath);

        Assert.Equal(ExitCodes.Ok, exit);
        var summary = JsonDocument.Parse(File.ReadAllBytes(reportPath)).RootElement.GetProperty("summary");
        Assert.Equal((5, 5, 0), (summary.GetProperty("files").GetInt32(), summary.GetProperty("parsed").GetInt32(), summary.GetProperty("partial").GetInt32()));
    }
}
