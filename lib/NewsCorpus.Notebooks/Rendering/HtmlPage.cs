using System.Net;
using System.Text;
using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Rendering;

/// <summary>Renders an executed notebook as one standalone HTML page: markdown as HTML, code highlighted, outputs as
/// the kernel showed them (HTML outputs as they are, charts drawn live by plotly.js embedded once in the page, with the
/// PNG as a no-script fallback), errors and stderr marked. Works offline.</summary>
public static class HtmlPage
{
    /// <param name="title">The page title (the notebook's first heading).</param>
    /// <param name="fileName">The executed notebook's file name, linked from the page header.</param>
    public static string Render(Notebook notebook, string title, string fileName)
    {
        var body = new StringBuilder();
        var hasChart = false;
        foreach (var cell in notebook.Cells)
        {
            switch (cell.Kind)
            {
                case CellKind.Markdown:
                    body.Append("<section class=\"cell markdown\">\n").Append(MarkdownHtml.ToHtml(cell.Source)).Append("</section>\n");
                    break;
                case CellKind.Code:
                    var prompt = cell.ExecutionCount is { } count ? $"[{count}]" : "[ ]";
                    body.Append($"<section class=\"cell code\" id=\"cell-{WebUtility.HtmlEncode(cell.Id)}\">\n")
                        .Append($"<pre class=\"source\" data-prompt=\"{prompt}\"><code>").Append(CSharpHighlighter.ToHtml(cell.Source)).Append("</code></pre>\n");
                    if (cell.Outputs.Count > 0)
                    {
                        body.Append("<div class=\"outputs\">\n");
                        foreach (var output in cell.Outputs) hasChart |= AppendOutput(body, output);
                        body.Append("</div>\n");
                    }
                    body.Append("</section>\n");
                    break;
                default:
                    body.Append("<pre class=\"cell raw\">").Append(WebUtility.HtmlEncode(cell.Source)).Append("</pre>\n");
                    break;
            }
        }
        return $"""
            {PageStyle.Head(title, hasChart ? $"<script>/* plotly.js {PlotlyScript.Version}, MIT licence */\n{PlotlyScript.Source}</script>" : "")}
            <body>
            <header class="page"><a href="index.html">all notebooks</a> · <a href="{Uri.EscapeDataString(fileName)}">{WebUtility.HtmlEncode(fileName)}</a> (executed notebook)</header>
            <main>
            {body}</main>
            </body>
            </html>

            """;
    }

    /// <summary>Appends one output; true when it is a chart (the page then needs plotly.js).</summary>
    private static bool AppendOutput(StringBuilder html, CellOutput output)
    {
        switch (output)
        {
            case StreamOutput stream:
                html.Append($"<pre class=\"stream {stream.Name}\">").Append(WebUtility.HtmlEncode(stream.Text)).Append("</pre>\n");
                return false;
            case ErrorOutput error:
                html.Append("<pre class=\"error\">").Append(WebUtility.HtmlEncode(string.Join('\n', error.Traceback.DefaultIfEmpty($"{error.Name}: {error.Value}"))))
                    .Append("</pre>\n");
                return false;
            case DisplayOutput display when display[MimeTypes.Html] is { } markup:
                html.Append("<div class=\"display\">").Append(markup);
                var chart = PlotlyScript.IsChart(markup);
                if (chart && display[MimeTypes.Png] is { } fallback)
                    html.Append($"<noscript><img alt=\"chart\" src=\"data:image/png;base64,{fallback}\"></noscript>");
                html.Append("</div>\n");
                return chart;
            case DisplayOutput display when display[MimeTypes.Png] is { } png:
                html.Append($"<div class=\"display\"><img alt=\"image\" src=\"data:image/png;base64,{png}\"></div>\n");
                return false;
            case DisplayOutput display when display[MimeTypes.Markdown] is { } markdown:
                html.Append("<div class=\"display\">").Append(MarkdownHtml.ToHtml(markdown)).Append("</div>\n");
                return false;
            case DisplayOutput display:
                html.Append("<pre class=\"display\">").Append(WebUtility.HtmlEncode(display[MimeTypes.PlainText] ?? "")).Append("</pre>\n");
                return false;
            default:
                return false;
        }
    }
}
