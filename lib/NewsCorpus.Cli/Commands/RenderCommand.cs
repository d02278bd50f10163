using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using NewsCorpus.Notebooks.Execution;
using NewsCorpus.Notebooks.Formats;
using NewsCorpus.Notebooks.Rendering;
using NewsCorpus.Pipeline;

namespace NewsCorpus.Cli.Commands;

/// <summary>newscorpus render [NOTEBOOK|DIR]...: runs notebooks headless and writes executed .ipynb, .html and an index.</summary>
internal static class RenderCommand
{
    private const string DataVariable = "NEWSCORPUS_DATA";

    public static Command Create()
    {
        var paths = new Argument<string[]>("NOTEBOOK|DIR") { Description = "Notebooks (.ipynb, .dib) or folders to search for them (default: notebooks).", Arity = ArgumentArity.ZeroOrMore };
        var data = new Option<string?>("--data") { Description = "Data folder the notebooks read (sets NEWSCORPUS_DATA; default: what each notebook defaults to, ../data)." };
        var output = new Option<string>("--out") { Description = "Folder for the executed .ipynb, .html pages and index.html.", DefaultValueFactory = _ => Path.Combine("out", "notebooks") };
        var continueOnError = new Option<bool>("--continue-on-error") { Description = "Run the remaining cells after a cell fails (the exit code still says it failed)." };
        var noImages = new Option<bool>("--no-images") { Description = "Do not draw PNG images of charts with headless chromium." };
        var cellTimeout = new Option<int>("--cell-timeout") { Description = "Seconds one cell may run before it fails the notebook.", DefaultValueFactory = _ => 600 };
        var command = new Command("render", """
            Run notebooks cell by cell (C#, as the Polyglot kernel did, without it) and write, for each, the executed
            .ipynb (a PNG beside every chart, so GitHub shows it) and a standalone .html page; plus index.html.
            Exit code 1 when a cell failed (or ran longer than --cell-timeout), 3 when no notebook was found.

            Examples:
              newscorpus render notebooks --data data --out out/notebooks
              newscorpus render notebooks/trends.ipynb --data /srv/corpus/2023 --continue-on-error
            """) { paths, data, output, continueOnError, noImages, cellTimeout };
        // The compiler of the native binary takes IsDynamicCodeSupported as false and leaves Roslyn out.
        command.SetAction((result, cancellationToken) => RuntimeFeature.IsDynamicCodeSupported
            ? RunAsync(
                result.GetValue(paths) is { Length: > 0 } given ? given : ["notebooks"], result.GetValue(data), result.GetValue(output)!,
                result.GetValue(continueOnError), result.GetValue(noImages), Console.Error, !Console.IsErrorRedirected,
                TimeSpan.FromSeconds(result.GetValue(cellTimeout)), cancellationToken)
            : RenderProcess.RunAsync(RenderProcess.Program, Environment.GetCommandLineArgs().Skip(1), Console.Error, cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(IReadOnlyList<string> paths, string? dataDirectory, string outputDirectory, bool continueOnError,
                                             bool noImages, TextWriter errors, bool showProgress, TimeSpan? cellTimeout = null,
                                             CancellationToken cancellationToken = default)
    {
        var notebooks = FindNotebooks(paths, outputDirectory, errors);
        if (notebooks.Count == 0)
        {
            errors.WriteLine("newscorpus render: no notebooks (.ipynb, .dib) found");
            return ExitCodes.NoInput;
        }
        if (dataDirectory is not null && !Directory.Exists(dataDirectory))
        {
            errors.WriteLine($"newscorpus render: --data {dataDirectory}: no such folder");
            return ExitCodes.Usage;
        }
        var browser = noImages ? null : HeadlessChromium.Find();
        var progress = showProgress ? new ProgressLine(errors, notebooks.Count) : null;
        var renderer = new NotebookRenderer(new RenderOptions
        {
            OutputDirectory = outputDirectory,
            Browser = browser,
            Run = new RunOptions
            {
                ContinueOnError = continueOnError,
                CellTimeout = cellTimeout ?? new RunOptions().CellTimeout,
                Environment = dataDirectory is null ? new Dictionary<string, string?>() : new() { [DataVariable] = Path.GetFullPath(dataDirectory) },
                Progress = progress is null ? null : progress.Cell,
            },
        });

        var rendered = new List<RenderedNotebook>();
        for (var i = 0; i < notebooks.Count; i++)
        {
            var (path, stem) = notebooks[i];
            progress?.Notebook(i);
            var result = await renderer.RenderAsync(path, stem, cancellationToken);
            rendered.Add(result);
            progress?.Clear();
            foreach (var failure in result.Failures) errors.WriteLine($"newscorpus render: {failure.Message}");
            if (result.ImageProblem is { } problem && !noImages) errors.WriteLine($"newscorpus render: {Path.GetFileName(path)}: {problem}");
        }
        var effectiveData = dataDirectory ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(notebooks[0].Path))!, "..", "data");
        var imagesNote = noImages ? "Chart images were not drawn (--no-images)."
            : browser is null ? "Chart images were skipped: no headless browser was found." : null;
        var index = IndexPage.Render(
            rendered.Select(r => new IndexEntry(NotebookRenderer.Title(NotebookFile.Load(r.Source), r.Source),
                Path.GetRelativePath(outputDirectory, r.HtmlFile), Path.GetRelativePath(outputDirectory, r.NotebookFile),
                r.Failures.Count, r.Charts, r.Images, r.Elapsed)).ToList(),
            DisplayPath(effectiveData), DateTimeOffset.UtcNow, CorpusSummary(effectiveData), imagesNote);
        await File.WriteAllTextAsync(Path.Combine(outputDirectory, "index.html"), index, cancellationToken);

        var failed = rendered.Count(r => r.Failures.Count > 0);
        errors.WriteLine($"newscorpus render: {rendered.Count} notebook(s), {failed} with failed cells, " +
                         $"{rendered.Sum(r => r.Images)} of {rendered.Sum(r => r.Charts)} chart(s) as PNG; index: {Path.Combine(outputDirectory, "index.html")}");
        if (imagesNote is not null && rendered.Sum(r => r.Charts) > 0) errors.WriteLine($"newscorpus render: {imagesNote}");
        return failed > 0 ? ExitCodes.Problems : ExitCodes.Ok;
    }

    /// <summary>Notebooks named or found under the folders given (not under the output folder, not checkpoints), with
    /// the path each renders to under the output folder.</summary>
    private static List<(string Path, string Stem)> FindNotebooks(IReadOnlyList<string> paths, string outputDirectory, TextWriter errors)
    {
        var output = Path.GetFullPath(outputDirectory) + Path.DirectorySeparatorChar;
        var found = new List<(string, string)>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                found.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(file => NotebookFile.IsNotebook(file) && !Path.GetFullPath(file).StartsWith(output, StringComparison.Ordinal)
                                   && !file.Contains(".ipynb_checkpoints", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal)
                    .Select(file => (file, Path.ChangeExtension(Path.GetRelativePath(path, file), null))));
            else if (File.Exists(path) && NotebookFile.IsNotebook(path)) found.Add((path, Path.GetFileNameWithoutExtension(path)));
            else errors.WriteLine($"newscorpus render: {path}: no such notebook or folder");
        }
        return found;
    }

    /// <summary>A folder as the index shows it: relative to the working directory when under it, else only its name.</summary>
    private static string DisplayPath(string folder)
    {
        var full = Path.GetFullPath(folder);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFileName(full) : relative;
    }

    private static List<KeyValuePair<string, string>> CorpusSummary(string dataDirectory)
    {
        var raw = Path.Combine(dataDirectory, "raw");
        if (!Directory.Exists(raw)) return [new("raw pages", "none (no raw/ folder)")];
        var files = Directory.EnumerateFiles(raw).Where(file => !Path.GetFileName(file).StartsWith('.')).Order(StringComparer.Ordinal).ToList();
        var results = NewsPipeline.CreateBuilder().UseDataDirectory(dataDirectory).UseDefaults().Build().ParseFiles(files).ToList();
        var articles = results.SelectMany(result => result.Articles).ToList();
        var dates = articles.Select(article => article.Published).OfType<DateOnly>().Order().ToList();
        return
        [
            new("raw files", files.Count.ToString(CultureInfo.InvariantCulture)),
            new("articles", articles.Count.ToString(CultureInfo.InvariantCulture)),
            new("published", dates.Count == 0 ? "unknown" : $"{dates[0]:yyyy-MM-dd} – {dates[^1]:yyyy-MM-dd} ({dates.Count} dated)"),
            new("layouts", string.Join(", ", results.GroupBy(result => result.Report.Layout.Code()).OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => $"{group.Key} {group.Count()}"))),
            new("files with problems", results.Count(result => result.Report.Status is not (FileStatus.Parsed or FileStatus.Duplicate)).ToString(CultureInfo.InvariantCulture)),
        ];
    }

    /// <summary>A one-line progress bar on stderr (only when it is a terminal): notebook n of N, cell i of M.</summary>
    private sealed class ProgressLine(TextWriter errors, int notebooks)
    {
        private const int Width = 24;
        private int notebook;

        public void Notebook(int index) => notebook = index;

        public void Cell(CellProgress progress)
        {
            var done = (notebook + (double)(progress.Cell - 1) / progress.Count) / notebooks;
            var filled = (int)Math.Round(done * Width);
            errors.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {notebook + 1}/{notebooks} {progress.Notebook} cell {progress.Cell}/{progress.Count}\u001b[K");
        }

        public void Clear() => errors.Write("\r\u001b[K");
    }
}
