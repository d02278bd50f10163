using Microsoft.DotNet.Interactive.Formatting;
using NewsCorpus.Notebooks.Execution;
using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Tests;

/// <summary>kinds.ipynb has one cell of each kind and output; its outputs must be what the C# kernel gave.</summary>
public sealed class NotebookRunnerTests : IClassFixture<NotebookRunnerTests.KindsRun>
{
    public sealed class KindsRun : IAsyncLifetime
    {
        private readonly FixtureNotebooks fixtures = new();

        public NotebookRun Run { get; private set; } = null!;

        public async Task InitializeAsync() => Run = await fixtures.RunAsync("kinds.ipynb");

        public Task DisposeAsync()
        {
            fixtures.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly NotebookRun run;

    public NotebookRunnerTests(KindsRun kinds) => run = kinds.Run;

    private IReadOnlyList<CellOutput> Outputs(int cell) => run.Notebook.Cells[cell - 1].Outputs;

    [Fact]
    public void Every_cell_runs_and_code_cells_are_counted_in_order()
    {
        Assert.Empty(run.Failures);
        Assert.Equal([null, 1, 2, 3, 4, 5, 6, 7], run.Notebook.Cells.Select(cell => cell.ExecutionCount));
    }

    [Fact]
    public void Markdown_cell_has_no_outputs()
    {
        Assert.Equal(CellKind.Markdown, run.Notebook.Cells[0].Kind);
        Assert.Empty(Outputs(1));
    }

    [Fact]
    public void Console_output_becomes_stdout_and_stderr_streams_and_the_csharp_magic_line_is_honoured()
    {
        Assert.Equal([new StreamOutput("stdout", "城市:株洲\n"), new StreamOutput("stderr", "warning: 示例\n")], Outputs(2));
        Assert.Equal(KernelNames.CSharp, run.Notebook.Cells[1].Kernel);
    }

    [Fact]
    public void Last_expression_is_display_data_as_html_and_plain_text_from_Formatter()
    {
        var display = Assert.IsType<DisplayOutput>(Assert.Single(Outputs(3)));
        Assert.Null(display.ExecutionCount);
        Assert.Equal(["text/html", "text/plain"], display.Data.Keys.Order());
        Assert.Equal("42", display["text/plain"]);
        Assert.Equal(42.ToDisplayString("text/html"), display["text/html"]);
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>42</pre></div>", display["text/html"]);
    }

    [Fact]
    public void Display_writes_in_order_with_streams_and_strings_are_plain_text()
    {
        Assert.Equal(3, Outputs(4).Count);
        Assert.Equal(new Dictionary<string, string> { ["text/plain"] = "显示的文字" }, Assert.IsType<DisplayOutput>(Outputs(4)[0]).Data);
        Assert.Equal(new Dictionary<string, string> { ["text/plain"] = "[ 1, 2, 3 ]" }, Assert.IsType<DisplayOutput>(Outputs(4)[1]).Data);
        Assert.Equal(new StreamOutput("stdout", "after display\n"), Outputs(4)[2]);
    }

    [Fact]
    public void A_formatter_the_notebook_registers_is_used_for_its_values()
    {
        var display = Assert.IsType<DisplayOutput>(Assert.Single(Outputs(5)));
        Assert.Equal("<b>(3, 4)</b>", display["text/html"]);
    }

    [Fact]
    public void Hash_r_resolves_against_the_notebook_folder_and_loads_dependencies_from_beside_it()
    {
        var display = Assert.IsType<DisplayOutput>(Assert.Single(Outputs(6)));
        Assert.Equal(new Dictionary<string, string> { ["text/plain"] = "欢迎来到株洲" }, display.Data);
    }

    [Fact]
    public void A_carried_nuget_package_is_usable_and_a_chart_shows_as_plotly_html_that_loads_plotly_when_missing()
    {
        var display = Assert.IsType<DisplayOutput>(Assert.Single(Outputs(7)));
        var html = display["text/html"]!;
        Assert.Contains("Plotly.newPlot(", html);
        Assert.Contains("\"x\":[\"献血\",\"复工\"],\"y\":[52,31]", html);
        Assert.Contains("if (window.Plotly) { renderPlotly_", html);
        Assert.Contains("https://cdn.plot.ly/plotly-2.28.0.min.js", html);
        Assert.NotNull(display["text/plain"]);
    }

    [Fact]
    public void A_cell_ending_in_a_statement_has_no_outputs() => Assert.Empty(Outputs(8));
}
