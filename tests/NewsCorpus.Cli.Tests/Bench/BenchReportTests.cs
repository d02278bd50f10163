using System.Text.Json;
using NewsCorpus.Cli.Commands;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Cli.Tests.Bench;

/// <summary>The JSON report of newscorpus bench, with the one phase that needs no child newscorpus: wc -m.</summary>
public sealed class BenchReportTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("newscorpus-bench-report-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_wc_run_reports_the_machine_the_corpus_and_each_run()
    {
        var output = new StringWriter();

        var exit = BenchCommand.Run("100KB", Seeds.DataDirectory, _root, seed: 3, repeat: 2, "wc", output, new StringWriter());

        using var report = JsonDocument.Parse(output.ToString());
        var root = report.RootElement;
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(["machine", "corpus", "wc", "targets", "kept"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("JIT", root.GetProperty("machine").GetProperty("compilation").GetString());
        Assert.Equal(Environment.ProcessorCount, root.GetProperty("machine").GetProperty("cores").GetInt32());
        var corpus = root.GetProperty("corpus");
        Assert.Equal((_root, false), (corpus.GetProperty("directory").GetString(), corpus.GetProperty("reused").GetBoolean()));
        Assert.Equal(Directory.EnumerateFiles(Path.Combine(_root, "raw"), "*", SearchOption.AllDirectories).Count(), corpus.GetProperty("files").GetInt32());
        var wc = root.GetProperty("wc");
        Assert.Equal(2, wc.GetProperty("runs").GetArrayLength());
        Assert.Equal([0], wc.GetProperty("exitCodes").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(wc.GetProperty("runs").EnumerateArray().Min(r => r.GetDouble()), wc.GetProperty("seconds").GetDouble());
        Assert.Equal(JsonValueKind.Null, wc.GetProperty("articlesPerSecond").ValueKind);
        Assert.Empty(root.GetProperty("targets").EnumerateObject());
        Assert.True(root.GetProperty("kept").GetBoolean());
    }
}
