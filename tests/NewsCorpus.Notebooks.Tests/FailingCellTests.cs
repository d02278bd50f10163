using NewsCorpus.Notebooks.Execution;
using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Tests;

/// <summary>failing.ipynb: cell 2 throws on its line 3, cell 3 does not compile.</summary>
public sealed class FailingCellTests : IDisposable
{
    private const string OutOfRange = "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')";
    private readonly FixtureNotebooks fixtures = new();

    [Fact]
    public async Task An_exception_is_an_error_output_naming_cell_and_line_and_the_run_stops_there()
    {
        var run = await fixtures.RunAsync("failing.ipynb");

        var failure = Assert.Single(run.Failures);
        Assert.Equal(new CellFailure(2, 3, $"failing.ipynb: cell 2, line 3: System.ArgumentOutOfRangeException: {OutOfRange}"), failure);
        Assert.False(run.Succeeded);
        Assert.Equal([new StreamOutput("stdout", "ran\n")], run.Notebook.Cells[0].Outputs);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(run.Notebook.Cells[1].Outputs));
        Assert.Equal("System.ArgumentOutOfRangeException", error.Name);
        Assert.Equal(OutOfRange, error.Value);
        Assert.Equal($"cell 2, line 3: System.ArgumentOutOfRangeException: {OutOfRange}", error.Traceback[0]);
        Assert.Contains(error.Traceback, frame => frame.EndsWith("in cell 2:line 3", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Traceback, frame => frame.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal));
        Assert.Equal([2, null, null], run.Notebook.Cells.Skip(1).Select(cell => cell.ExecutionCount));
        Assert.All(run.Notebook.Cells.Skip(2), cell => Assert.Empty(cell.Outputs));
    }

    [Fact]
    public async Task With_continue_on_error_later_cells_run_and_compile_errors_read_as_the_kernel_printed_them()
    {
        var run = await fixtures.RunAsync("failing.ipynb", new RunOptions { ContinueOnError = true });

        Assert.Equal([2, 3], run.Failures.Select(failure => failure.Cell));
        const string message = "error CS0103: The name 'undefinedName' does not exist in the current context";
        var error = Assert.IsType<ErrorOutput>(Assert.Single(run.Notebook.Cells[2].Outputs));
        Assert.Equal(("CompilationError", $"(1,19): {message}"), (error.Name, error.Value));
        Assert.Equal([$"cell 3, line 1: {message}"], error.Traceback);
        Assert.Equal([new StreamOutput("stdout", "last cell\n")], run.Notebook.Cells[3].Outputs);
        Assert.Equal([1, 2, 3, 4], run.Notebook.Cells.Select(cell => cell.ExecutionCount));
    }

    [Fact]
    public async Task Variables_of_earlier_cells_survive_a_cell_that_threw()
    {
        var run = await fixtures.RunCellsAsync("state.ipynb", new RunOptions { ContinueOnError = true },
            "var kept = 5200;", "throw new InvalidOperationException(\"献血站关闭\");", "kept + 1");

        var error = Assert.IsType<ErrorOutput>(Assert.Single(run.Notebook.Cells[1].Outputs));
        Assert.Equal("cell 2, line 1: System.InvalidOperationException: 献血站关闭", error.Traceback[0]);
        Assert.Equal("5201", Assert.IsType<DisplayOutput>(Assert.Single(run.Notebook.Cells[2].Outputs))["text/plain"]);
    }

    [Fact]
    public async Task A_cell_that_never_finishes_times_out_and_the_run_stops_there()
    {
        var run = await fixtures.RunCellsAsync("hang.ipynb", new RunOptions { ContinueOnError = true, CellTimeout = TimeSpan.FromSeconds(1) },
            "Console.WriteLine(\"start\");", "while (true) System.Threading.Thread.Sleep(50);", "Console.WriteLine(\"never\");");

        var error = Assert.IsType<ErrorOutput>(Assert.Single(run.Notebook.Cells[1].Outputs));
        Assert.Equal(("CellTimeout", "cell 2: did not finish within 1 s; the notebook stops here"), (error.Name, error.Traceback[0]));
        Assert.Equal([new StreamOutput("stdout", "start\n")], run.Notebook.Cells[0].Outputs);
        Assert.Empty(run.Notebook.Cells[2].Outputs);
        Assert.Equal([1, 2, null], run.Notebook.Cells.Select(cell => cell.ExecutionCount));
        Assert.Equal("hang.ipynb: cell 2: did not finish within 1 s; the notebook stops here", Assert.Single(run.Failures).Message);
    }

    [Fact]
    public async Task A_package_the_tool_does_not_carry_is_a_clear_error_naming_it()
    {
        var run = await fixtures.RunCellsAsync("nuget.ipynb", null, "// needs a package\n#r \"nuget: Humanizer, 2.14.1\"\n1");

        var error = Assert.IsType<ErrorOutput>(Assert.Single(run.Notebook.Cells[0].Outputs));
        Assert.Equal("UnsupportedCell", error.Name);
        Assert.Equal("cell 1, line 2: package Humanizer is not carried by newscorpus render (it runs offline and restores no packages); " +
                     "reference a built assembly instead: #r \"path/to/Humanizer.dll\"", error.Traceback[0]);
    }

    [Fact]
    public async Task Kernel_magics_and_other_languages_are_errors_not_silently_skipped()
    {
        var run = await fixtures.RunCellsAsync("magics.ipynb", new RunOptions { ContinueOnError = true }, "#!time\n1", "#!fsharp\nlet x = 1");

        Assert.Equal("cell 1, line 1: magic command #!time needs the Polyglot kernel; newscorpus render runs plain C#",
                     Assert.IsType<ErrorOutput>(Assert.Single(run.Notebook.Cells[0].Outputs)).Traceback[0]);
        Assert.Equal("cell 2, line 1: fsharp cells need the Polyglot kernel; newscorpus render runs C# cells",
                     Assert.IsType<ErrorOutput>(Assert.Single(run.Notebook.Cells[1].Outputs)).Traceback[0]);
    }

    [Fact]
    public async Task Cells_run_in_the_notebook_folder_with_the_environment_given()
    {
        var run = await fixtures.RunCellsAsync("env.ipynb",
            new RunOptions { Environment = new Dictionary<string, string?> { ["NEWSCORPUS_DATA"] = "/srv/corpus-2023" } },
            "Environment.GetEnvironmentVariable(\"NEWSCORPUS_DATA\") == \"/srv/corpus-2023\"", "System.IO.Directory.GetCurrentDirectory() == System.IO.Path.GetFullPath(\"lib/..\")",
            "System.IO.File.Exists(\"env.ipynb\")");

        Assert.Equal(["True", "True", "True"],
                     run.Notebook.Cells.Select(cell => Assert.IsType<DisplayOutput>(Assert.Single(cell.Outputs))["text/plain"]));
        Assert.Null(Environment.GetEnvironmentVariable("NEWSCORPUS_DATA"));
    }

    [Fact]
    public async Task No_machine_path_leaks_into_error_outputs_or_printed_text()
    {
        var run = await fixtures.RunCellsAsync("paths.ipynb", new RunOptions { ContinueOnError = true },
            "Console.WriteLine(System.IO.Path.GetFullPath(\"data.csv\"));", "System.IO.File.ReadAllText(\"missing/nothing.txt\")",
            "new { Source = System.IO.Path.GetFullPath(\"raw/000.txt\") }");

        Assert.Equal([new StreamOutput("stdout", "data.csv\n")], run.Notebook.Cells[0].Outputs);
        var display = Assert.IsType<DisplayOutput>(Assert.Single(run.Notebook.Cells[2].Outputs));
        Assert.All(display.Data.Values, text => Assert.DoesNotContain(fixtures.Directory, text));
        Assert.Contains("000.txt", display["text/plain"]);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(run.Notebook.Cells[1].Outputs));
        Assert.Equal("System.IO.DirectoryNotFoundException", error.Name);
        Assert.Equal("Could not find a part of the path 'nothing.txt'.", error.Value);
        Assert.DoesNotContain(fixtures.Directory, string.Join("\n", error.Traceback));
    }

    public void Dispose() => fixtures.Dispose();
}
