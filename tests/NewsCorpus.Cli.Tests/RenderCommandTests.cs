using NewsCorpus.Cli.Commands;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Cli.Tests;

/// <summary>newscorpus render: exit codes, the files it writes, the data folder it passes to notebooks.</summary>
public sealed class RenderCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newscorpus-render-command-").FullName;

    private string Notebook(string name, params string[] cells)
    {
        var json = "{\"cells\":[" + string.Join(",", cells.Select(source =>
            $"{{\"cell_type\":\"code\",\"execution_count\":null,\"metadata\":{{}},\"outputs\":[],\"source\":{System.Text.Json.JsonSerializer.Serialize(source)}}}")) +
            "],\"metadata\":{},\"nbformat\":4,\"nbformat_minor\":5}";
        var path = Path.Combine(folder, "notebooks", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public async Task The_native_build_without_its_render_build_says_where_it_looked_and_exits_3()
    {
        var errors = new StringWriter();
        var missing = Path.Combine(folder, "render", "NewsCorpus.Cli");

        var exit = await RenderProcess.RunAsync(missing, ["render", "notebooks"], errors, CancellationToken.None);

        Assert.Equal(ExitCodes.NoInput, exit);
        Assert.StartsWith($"newscorpus render: {missing}: not found.", errors.ToString());
    }

    [Fact]
    public async Task The_native_build_passes_the_arguments_and_returns_the_render_builds_exit_code()
    {
        var exit = await RenderProcess.RunAsync("/bin/sh", ["-c", "exit $1", "sh", "4"], new StringWriter(), CancellationToken.None);

        Assert.Equal(4, exit);
    }

    [Fact]
    public async Task A_failing_cell_gives_exit_code_1_and_names_notebook_cell_and_line_on_stderr()
    {
        Notebook("broken.ipynb", "var n = 1;", "var zero = 0;\nn / zero");
        var errors = new StringWriter();

        var exit = await RenderCommand.RunAsync([Path.Combine(folder, "notebooks")], null, Path.Combine(folder, "out"), false, true, errors, false);

        Assert.Equal(ExitCodes.Problems, exit);
        Assert.Contains("newscorpus render: broken.ipynb: cell 2, line 2: System.DivideByZeroException: Attempted to divide by zero.", errors.ToString());
        Assert.True(File.Exists(Path.Combine(folder, "out", "broken.html")));
        Assert.Contains("<span class=\"failed\">1 failed cell</span>", File.ReadAllText(Path.Combine(folder, "out", "index.html")));
    }

    [Fact]
    public async Task Data_option_reaches_the_notebook_and_the_index_summarises_that_corpus()
    {
        Notebook("data.ipynb", "System.IO.Directory.GetFiles(System.IO.Path.Combine(Environment.GetEnvironmentVariable(\"NEWSCORPUS_DATA\"), \"raw\")).Length");
        var errors = new StringWriter();

        var exit = await RenderCommand.RunAsync([Path.Combine(folder, "notebooks", "data.ipynb")], Seeds.DataDirectory, Path.Combine(folder, "out"), false, true, errors, false);

        Assert.Equal(ExitCodes.Ok, exit);
        var executed = File.ReadAllText(Path.Combine(folder, "out", "data.ipynb"));
        Assert.Contains("\"text/plain\": [\n       \"5\"\n      ]", executed);
        var index = File.ReadAllText(Path.Combine(folder, "out", "index.html"));
        Assert.Contains("<tr><th>raw files</th><td>5</td></tr>", index);
        Assert.Contains("<a href=\"data.html\">data</a>", index);
    }

    [Fact]
    public async Task No_notebook_found_is_exit_code_3()
    {
        var errors = new StringWriter();
        Assert.Equal(ExitCodes.NoInput, await RenderCommand.RunAsync([Path.Combine(folder, "nothing-here")], null, Path.Combine(folder, "out"), false, true, errors, false));
        Assert.Contains("no such notebook or folder", errors.ToString());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
