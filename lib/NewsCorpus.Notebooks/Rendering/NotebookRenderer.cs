using System.Diagnostics;
using NewsCorpus.Notebooks.Execution;
using NewsCorpus.Notebooks.Formats;
using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Rendering;

/// <summary>How to render: where to write, how to run, and the browser that draws chart images (null: no images).</summary>
public sealed record RenderOptions
{
    public required string OutputDirectory { get; init; }

    public RunOptions Run { get; init; } = new();

    public HeadlessChromium? Browser { get; init; }
}

/// <summary>What rendering one notebook wrote and how it went. <see cref="ImageProblem"/> says why chart images are missing, when they are.</summary>
public sealed record RenderedNotebook(
    string Source, string NotebookFile, string HtmlFile, IReadOnlyList<CellFailure> Failures,
    int Charts, int Images, TimeSpan Elapsed, string? ImageProblem);

/// <summary>Runs a notebook and writes what people share: the executed .ipynb (Polyglot metadata kept, a PNG beside each
/// chart) and a standalone .html page.</summary>
public sealed class NotebookRenderer(RenderOptions options)
{
    /// <param name="outputStem">Path under the output folder without extension, e.g. "trends" or "topics/blood".</param>
    public async Task<RenderedNotebook> RenderAsync(string notebookPath, string outputStem, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var notebook = NotebookFile.Load(notebookPath);
        var run = await new NotebookRunner(options.Run).RunAsync(notebook, notebookPath, cancellationToken);
        var charts = notebook.Cells.SelectMany(cell => cell.Outputs).Count(IsChart);
        var (images, imageProblem) = await AddImagesAsync(notebook, charts, cancellationToken);
        PolyglotMetadata.Normalize(notebook);

        var ipynb = Path.Combine(options.OutputDirectory, outputStem + ".ipynb");
        var html = Path.Combine(options.OutputDirectory, outputStem + ".html");
        Directory.CreateDirectory(Path.GetDirectoryName(ipynb)!);
        IpynbWriter.WriteFile(notebook, ipynb);
        await File.WriteAllTextAsync(html, HtmlPage.Render(notebook, Title(notebook, notebookPath), Path.GetFileName(ipynb)), cancellationToken);
        return new RenderedNotebook(notebookPath, ipynb, html, run.Failures, charts, images, clock.Elapsed, imageProblem);
    }

    private async Task<(int Images, string? Problem)> AddImagesAsync(Notebook notebook, int charts, CancellationToken cancellationToken)
    {
        if (charts == 0) return (0, null);
        if (options.Browser is not { } browser) return (0, "no headless browser found (install chromium), chart images skipped");
        try
        {
            return (await new ChartImages(browser).AddToAsync(notebook, cancellationToken), null);
        }
        catch (Exception error) when (error is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception or IOException)
        {
            return (0, $"chart images skipped: {PathScrubber.Scrub(error.Message)}");
        }
    }

    private static bool IsChart(CellOutput output) =>
        output is DisplayOutput display && display[MimeTypes.Html] is { } html && PlotlyScript.IsChart(html);

    /// <summary>The first markdown heading, else the file name.</summary>
    public static string Title(Notebook notebook, string path) =>
        notebook.Cells.Where(cell => cell.Kind == CellKind.Markdown)
            .SelectMany(cell => cell.Source.ReplaceLineEndings("\n").Split('\n'))
            .FirstOrDefault(line => line.StartsWith('#'))?.TrimStart('#').Trim() is { Length: > 0 } heading
            ? heading
            : Path.GetFileNameWithoutExtension(path);
}
