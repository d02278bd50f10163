using NewsCorpus.Notebooks.Execution;
using NewsCorpus.Notebooks.Formats;
using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Tests;

/// <summary>Copies fixture notebooks into a fresh folder (with the lib/ assemblies they #r) and runs them.</summary>
internal sealed class FixtureNotebooks : IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("newscorpus-notebooks-tests-").FullName;

    public FixtureNotebooks()
    {
        FixtureAssemblies.EmitInto(System.IO.Path.Combine(Directory, "lib"));
        foreach (var file in System.IO.Directory.EnumerateFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures")))
            File.Copy(file, System.IO.Path.Combine(Directory, System.IO.Path.GetFileName(file)));
    }

    public string Path(string name) => System.IO.Path.Combine(Directory, name);

    public async Task<NotebookRun> RunAsync(string name, RunOptions? options = null) =>
        await new NotebookRunner(options ?? new RunOptions()).RunAsync(NotebookFile.Load(Path(name)), Path(name));

    /// <summary>Runs a notebook made of the given C# cells, written to the fixture folder under <paramref name="name"/>.</summary>
    public async Task<NotebookRun> RunCellsAsync(string name, RunOptions? options, params string[] cells)
    {
        var notebook = new Notebook();
        notebook.Cells.AddRange(cells.Select(source => new NotebookCell { Kind = CellKind.Code, Source = source }));
        IpynbWriter.WriteFile(notebook, Path(name));
        return await new NotebookRunner(options ?? new RunOptions()).RunAsync(notebook, Path(name));
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
