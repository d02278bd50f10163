using NewsCorpus.Notebooks.Execution;
using NewsCorpus.Notebooks.Formats;
using Xunit.Abstractions;

namespace NewsCorpus.Notebooks.Tests;

public class Scratch(ITestOutputHelper log)
{
    [Fact]
    public async Task Run()
    {
        var dir = Path.Combine(Path.GetTempPath(), "nbscratch");
        Directory.CreateDirectory(dir);
        FixtureAssemblies.EmitInto(Path.Combine(dir, "lib"));
        foreach (var name in Environment.GetEnvironmentVariable("NB_PROBE")?.Split(",") ?? ["kinds.ipynb", "failing.ipynb", "cells.dib"])
        {
            var path = Path.Combine(dir, name);
            if (File.Exists(Path.Combine(AppContext.BaseDirectory, "Fixtures", name))) File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", name), path, true);
            var notebook = NotebookFile.Load(path);
            var run = await new NotebookRunner(new RunOptions { ContinueOnError = true }).RunAsync(notebook, path);
            PolyglotMetadata.Normalize(notebook);
            File.WriteAllText(path + ".out.ipynb", IpynbWriter.Write(notebook));
            foreach (var f in run.Failures) log.WriteLine(f.ToString());
        }
    }
}
