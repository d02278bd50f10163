using System.Text.Json.Nodes;
using NewsCorpus.Notebooks.Execution;
using NewsCorpus.Notebooks.Formats;
using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Tests;

public sealed class FormatTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public void Ipynb_reader_keeps_sources_kernels_and_metadata()
    {
        var notebook = NotebookFile.Load(Fixture("kinds.ipynb"));

        Assert.Equal(8, notebook.Cells.Count);
        Assert.Equal("# 每种单元格\n\nA markdown cell with **bold**, `code` and a list:\n\n- 株洲日报\n- 2020年\n", notebook.Cells[0].Source);
        Assert.Equal([CellKind.Markdown, .. Enumerable.Repeat(CellKind.Code, 7)], notebook.Cells.Select(cell => cell.Kind));
        Assert.Equal(KernelNames.CSharp, notebook.Cells[1].Kernel);
        Assert.Equal("polyglot-notebook", notebook.Metadata["language_info"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Writer_gives_nbformat_4_5_with_polyglot_metadata_ids_and_unescaped_chinese()
    {
        var notebook = NotebookFile.Load(Fixture("kinds.ipynb"));
        notebook.Cells[2].ExecutionCount = 2;
        notebook.Cells[2].Outputs.AddRange([
            new StreamOutput("stdout", "城市:株洲\n第二行\n"),
            new DisplayOutput(new Dictionary<string, string> { ["text/plain"] = "42", ["image/png"] = "iVBORw0KGgo=" }),
            new ErrorOutput("CompilationError", "(1,1): error CS0103: x", ["cell 3, line 1: error CS0103: x"]),
        ]);
        PolyglotMetadata.Normalize(notebook);

        var text = IpynbWriter.Write(notebook);
        var json = JsonNode.Parse(text)!;

        Assert.Contains("\"- 株洲日报\\n\"", text);
        Assert.StartsWith("{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",", text);
        Assert.Equal((4, 5), (json["nbformat"]!.GetValue<int>(), json["nbformat_minor"]!.GetValue<int>()));
        Assert.Equal(".net-csharp", json["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
        Assert.Equal("C#", json["metadata"]!["language_info"]!["name"]!.GetValue<string>());
        Assert.Equal("csharp", json["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
        var cells = json["cells"]!.AsArray();
        var ids = cells.Select(cell => cell!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-f0-9]{12}$", id));
        Assert.All(cells.Where(cell => cell!["cell_type"]!.GetValue<string>() == "code"),
                   cell => Assert.Equal("csharp", cell!["metadata"]!["polyglot_notebook"]!["kernelName"]!.GetValue<string>()));
        Assert.Null(cells[0]!["outputs"]);
        var outputs = cells[2]!["outputs"]!.AsArray();
        Assert.Equal("""{"name":"stdout","output_type":"stream","text":["城市:株洲\n","第二行\n"]}""", Compact(outputs[0]));
        Assert.Equal("""{"data":{"image/png":"iVBORw0KGgo=","text/plain":["42"]},"metadata":{},"output_type":"display_data"}""", Compact(outputs[1]));
        Assert.Equal("""{"ename":"CompilationError","evalue":"(1,1): error CS0103: x","output_type":"error","traceback":["cell 3, line 1: error CS0103: x"]}""", Compact(outputs[2]));
        Assert.Contains("\n     \"text\": [\n      \"城市:株洲\\n\",\n", text);
    }

    private static string Compact(JsonNode? node) =>
        node!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Fact]
    public void Written_notebook_reads_back_the_same()
    {
        var notebook = NotebookFile.Load(Fixture("kinds.ipynb"));
        notebook.Cells[1].Outputs.Add(new DisplayOutput(new Dictionary<string, string> { ["text/html"] = "<b>株洲</b>\n<i>2020</i>", ["text/plain"] = "株洲" }));
        notebook.Cells[1].ExecutionCount = 1;
        PolyglotMetadata.Normalize(notebook);

        var again = IpynbReader.Read(IpynbWriter.Write(notebook));

        Assert.Equal(notebook.Cells.Select(cell => (cell.Id, cell.Source, cell.Kind, cell.Kernel, cell.ExecutionCount)),
                     again.Cells.Select(cell => (cell.Id, cell.Source, cell.Kind, cell.Kernel, cell.ExecutionCount)));
        Assert.Equal(((DisplayOutput)notebook.Cells[1].Outputs[0]).Data, ((DisplayOutput)again.Cells[1].Outputs[0]).Data);
    }

    [Fact]
    public void Ids_are_kept_when_valid_and_unique_and_replaced_otherwise()
    {
        var notebook = new Notebook();
        notebook.Cells.AddRange([
            new NotebookCell { Kind = CellKind.Code, Source = "1", Id = "keep-me" },
            new NotebookCell { Kind = CellKind.Code, Source = "2", Id = "keep-me" },
            new NotebookCell { Kind = CellKind.Code, Source = "3", Id = "not valid!" },
        ]);
        PolyglotMetadata.Normalize(notebook);

        Assert.Equal("keep-me", notebook.Cells[0].Id);
        Assert.All(notebook.Cells.Skip(1), cell => Assert.Matches("^[a-f0-9]{12}$", cell.Id));
        Assert.NotEqual(notebook.Cells[1].Id, notebook.Cells[2].Id);
    }

    [Fact]
    public void Dib_cells_split_on_kernel_lines_and_meta_sets_the_default_kernel()
    {
        var notebook = NotebookFile.Load(Fixture("cells.dib"));

        Assert.Equal([(CellKind.Markdown, "markdown", "# 点滴"), (CellKind.Code, "csharp", "var total = 5200;"), (CellKind.Code, "csharp", "$\"献血{total}毫升\"")],
                     notebook.Cells.Select(cell => (cell.Kind, cell.Kernel, cell.Source)));
        Assert.Equal("csharp", notebook.DefaultKernel);
        Assert.Equal(notebook.Cells.Select(cell => cell.Source), DibFormat.Read(DibFormat.Write(notebook)).Cells.Select(cell => cell.Source));
    }

    [Fact]
    public async Task A_dib_notebook_runs_like_an_ipynb()
    {
        using var fixtures = new FixtureNotebooks();
        var run = await fixtures.RunAsync("cells.dib");

        Assert.Empty(run.Notebook.Cells[1].Outputs);
        Assert.Equal(new Dictionary<string, string> { ["text/plain"] = "献血5200毫升" },
                     Assert.IsType<DisplayOutput>(Assert.Single(run.Notebook.Cells[2].Outputs)).Data);
    }
}
