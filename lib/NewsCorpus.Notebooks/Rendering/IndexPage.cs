using System.Globalization;
using System.Net;
using System.Text;

namespace NewsCorpus.Notebooks.Rendering;

/// <summary>One line of the index: a rendered notebook, its pages, how it went.</summary>
public sealed record IndexEntry(string Title, string HtmlFile, string NotebookFile, int FailedCells, int Charts, int Images, TimeSpan Elapsed);

/// <summary>The index.html of a render: links to every notebook's page and executed .ipynb, with the data folder,
/// when it was rendered and a summary of the corpus the notebooks ran on.</summary>
public static class IndexPage
{
    public static string Render(IReadOnlyList<IndexEntry> entries, string dataFolder, DateTimeOffset renderedAt,
                                IReadOnlyList<KeyValuePair<string, string>> corpusSummary, string? note = null)
    {
        var rows = new StringBuilder();
        foreach (var entry in entries)
        {
            var status = entry.FailedCells == 0 ? "<span class=\"ok\">ok</span>"
                : $"<span class=\"failed\">{entry.FailedCells} failed cell{(entry.FailedCells == 1 ? "" : "s")}</span>";
            rows.Append("<tr>")
                .Append($"<td><a href=\"{Href(entry.HtmlFile)}\">{WebUtility.HtmlEncode(entry.Title)}</a></td>")
                .Append($"<td><a href=\"{Href(entry.NotebookFile)}\">.ipynb</a></td>")
                .Append($"<td>{status}</td><td>{entry.Charts}</td><td>{entry.Images}</td>")
                .Append($"<td>{entry.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s</td>")
                .Append("</tr>\n");
        }
        var summary = new StringBuilder();
        foreach (var (label, value) in corpusSummary)
            summary.Append($"<tr><th>{WebUtility.HtmlEncode(label)}</th><td>{WebUtility.HtmlEncode(value)}</td></tr>\n");
        return $"""
            {PageStyle.Head("NewsCorpus notebooks")}
            <body>
            <header class="page"><h1>NewsCorpus notebooks</h1>
            Data folder <code>{WebUtility.HtmlEncode(dataFolder)}</code> · rendered {renderedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC</header>
            <main>
            <h2>Notebooks</h2>
            <table>
            <thead><tr><th>notebook</th><th>executed</th><th>status</th><th>charts</th><th>chart images</th><th>run time</th></tr></thead>
            <tbody>
            {rows}</tbody>
            </table>
            {(note is null ? "" : $"<p>{WebUtility.HtmlEncode(note)}</p>")}
            <h2>Corpus</h2>
            <table>
            <tbody>
            {summary}</tbody>
            </table>
            </main>
            </body>
            </html>

            """;
    }

    private static string Href(string relativePath) =>
        string.Join('/', relativePath.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
}
