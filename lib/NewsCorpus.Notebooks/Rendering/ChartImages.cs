using System.Net;
using System.Text.RegularExpressions;
using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Rendering;

/// <summary>Adds an image/png beside each chart's text/html, drawn by a real headless browser from the same HTML with
/// the embedded plotly.js, so static viewers (GitHub) show the chart.</summary>
public sealed partial class ChartImages(HeadlessChromium browser)
{
    private const int DefaultWidth = 900, DefaultHeight = 500;

    /// <summary>Adds images to every chart output of the notebook; returns how many it added.</summary>
    public async Task<int> AddToAsync(Notebook notebook, CancellationToken cancellationToken = default)
    {
        var added = 0;
        foreach (var cell in notebook.Cells)
            for (var i = 0; i < cell.Outputs.Count; i++)
                if (cell.Outputs[i] is DisplayOutput display && display[MimeTypes.Html] is { } html && PlotlyScript.IsChart(html))
                {
                    var png = await RenderAsync(html, cancellationToken);
                    cell.Outputs[i] = display with { Data = new Dictionary<string, string>(display.Data) { [MimeTypes.Png] = Convert.ToBase64String(png) } };
                    added++;
                }
        return added;
    }

    public Task<byte[]> RenderAsync(string chartHtml, CancellationToken cancellationToken = default)
    {
        var (width, height) = Size(chartHtml);
        var page = $$"""
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
            <style>html,body{margin:0;background:#fff;font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif} .modebar-container{display:none !important}</style>
            <script>{{PlotlyScript.Source}}</script></head>
            <body>{{chartHtml}}</body></html>
            """;
        return browser.ScreenshotAsync(page, width, height, cancellationToken);
    }

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
