using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Rendering;

/// <summary>Adds an image/png beside each chart's text/html, drawn by a real headless browser from the same HTML with
/// the embedded plotly.js, so static viewers (GitHub) show the chart.</summary>
public sealed partial class ChartImages(HeadlessChromium browser)
{
    private const int DefaultWidth = 900, DefaultHeight = 500;

    /// <summary>Adds images to every chart output of the notebook; returns how many it added. All charts of a notebook
    /// are drawn in one browser run: starting chromium costs far more than drawing a chart.</summary>
    public async Task<int> AddToAsync(Notebook notebook, CancellationToken cancellationToken = default)
    {
        var charts = new List<(NotebookCell Cell, int Output, DisplayOutput Display)>();
        foreach (var cell in notebook.Cells)
            for (var i = 0; i < cell.Outputs.Count; i++)
                if (cell.Outputs[i] is DisplayOutput display && display[MimeTypes.Html] is { } html && PlotlyScript.IsChart(html))
                    charts.Add((cell, i, display));
        if (charts.Count == 0) return 0;

        var images = await RenderAsync([.. charts.Select(c => c.Display[MimeTypes.Html]!)], cancellationToken);
        for (var n = 0; n < charts.Count; n++)
        {
            var (cell, i, display) = charts[n];
            cell.Outputs[i] = display with { Data = new Dictionary<string, string>(display.Data) { [MimeTypes.Png] = images[n] } };
        }
        return charts.Count;
    }

    /// <summary>PNGs (base64) of the charts, each at its own size, exported by plotly.js itself (Plotly.toImage) in one page.</summary>
    public async Task<IReadOnlyList<string>> RenderAsync(IReadOnlyList<string> chartHtml, CancellationToken cancellationToken = default)
    {
        var page = new StringBuilder($$"""
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
            <style>html,body{margin:0;background:#fff;font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif}</style>
            <script>{{PlotlyScript.Source}}</script></head><body>
            """);
        foreach (var html in chartHtml)
        {
            var (width, height) = Size(html);
            page.Append($"""<div class="nc-chart" data-width="{width}" data-height="{height}" style="width:{width}px;height:{height}px">{html}</div>""");
        }
        page.Append(ExportScript).Append("</body></html>");

        var dom = await browser.DumpDomAsync(page.ToString(), cancellationToken);
        var exported = ExportedImages().Match(dom) is { Success: true } m
            ? JsonSerializer.Deserialize<string[]>(WebUtility.HtmlDecode(m.Groups[1].Value)) ?? []
            : throw new InvalidOperationException("the browser did not run the chart export");
        if (exported.Length != chartHtml.Count)
            throw new InvalidOperationException($"the browser exported {exported.Length} of {chartHtml.Count} charts");
        return [.. exported.Select((image, n) => image.StartsWith(PngDataUrl, StringComparison.Ordinal)
            ? image[PngDataUrl.Length..]
            : throw new InvalidOperationException($"chart {n + 1} was not drawn: {image}"))];
    }

    private const string PngDataUrl = "data:image/png;base64,";

    /// <summary>Once the page has loaded, exports every drawn chart in order into one JSON array the DOM dump carries.</summary>
    private const string ExportScript = """
        <script>
        window.addEventListener('load', async () => {
          const images = [];
          for (const chart of document.querySelectorAll('.nc-chart')) {
            const plot = chart.querySelector('.js-plotly-plot');
            try {
              images.push(plot ? await Plotly.toImage(plot, { format: 'png', width: +chart.dataset.width, height: +chart.dataset.height }) : 'no plot in the output');
            } catch (e) { images.push(String(e)); }
          }
          const out = document.createElement('pre');
          out.id = 'nc-images';
          out.textContent = JSON.stringify(images);
          document.body.appendChild(out);
        });
        </script>
        """;

    [GeneratedRegex("""<pre id="nc-images">([^<]*)</pre>""")]
    private static partial Regex ExportedImages();

    /// <summary>The chart's own size: its div's pixel size, else its layout's (Plotly.NET writes width and height
    /// first), else a default.</summary>
    internal static (int Width, int Height) Size(string chartHtml)
    {
        var html = WebUtility.HtmlDecode(chartHtml);
        var match = DivSize().Match(html) is { Success: true } div ? div : LayoutSize().Match(html);
        return match.Success ? (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value)) : (DefaultWidth, DefaultHeight);
    }

    [GeneratedRegex(@"<div[^>]*style=""[^""]*\bwidth:\s*(\d+)px;\s*height:\s*(\d+)px")]
    private static partial Regex DivSize();

    [GeneratedRegex(@"var layout = \{""width"":(\d+),""height"":(\d+)")]
    private static partial Regex LayoutSize();
}
