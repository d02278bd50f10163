using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsCorpus.Notebooks.Rendering;

/// <summary>The Markdown that notebook text cells use, to HTML: ATX headings, paragraphs, bullet and numbered lists,
/// block quotes, fenced code, pipe tables, rules, and inline code, bold, italic, links and images.
/// Raw HTML is escaped, so a cell cannot break the page.</summary>
public static partial class MarkdownHtml
{
    public static string ToHtml(string markdown)
    {
        var html = new StringBuilder();
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length;)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line)) { i++; continue; }
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) i = Fence(lines, i, html);
            else if (Heading().Match(line) is { Success: true } heading)
            {
                var level = heading.Groups[1].Length;
                html.Append($"<h{level}>{Inline(heading.Groups[2].Value.TrimEnd('#', ' '))}</h{level}>\n");
                i++;
            }
            else if (Rule().IsMatch(line)) { html.Append("<hr>\n"); i++; }
            else if (line.TrimStart().StartsWith('>')) i = Quote(lines, i, html);
            else if (ListItem().IsMatch(line)) i = List(lines, i, html);
            else if (IsTableStart(lines, i)) i = Table(lines, i, html);
            else i = Paragraph(lines, i, html);
        }
        return html.ToString();
    }

    private static int Fence(string[] lines, int i, StringBuilder html)
    {
        var language = lines[i].Trim()[3..].Trim();
        var code = new List<string>();
        for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++) code.Add(lines[i]);
        var body = string.Join('\n', code);
        html.Append("<pre class=\"code\"><code>")
            .Append(language is "csharp" or "cs" or "c#" ? CSharpHighlighter.ToHtml(body) : WebUtility.HtmlEncode(body))
            .Append("</code></pre>\n");
        return i + 1;
    }

    private static int Quote(string[] lines, int i, StringBuilder html)
    {
        var quoted = new List<string>();
        for (; i < lines.Length && lines[i].TrimStart().StartsWith('>'); i++) quoted.Add(lines[i].TrimStart()[1..].TrimStart());
        html.Append("<blockquote>\n").Append(ToHtml(string.Join('\n', quoted))).Append("</blockquote>\n");
        return i;
    }

    private static int List(string[] lines, int i, StringBuilder html)
    {
        var ordered = char.IsAsciiDigit(lines[i].TrimStart()[0]);
        html.Append(ordered ? "<ol>\n" : "<ul>\n");
        while (i < lines.Length && ListItem().Match(lines[i]) is { Success: true } item)
        {
            var text = new StringBuilder(item.Groups[2].Value);
            // Continuation lines are indented under their item.
            for (i++; i < lines.Length && lines[i].StartsWith("  ", StringComparison.Ordinal) && !ListItem().IsMatch(lines[i]); i++)
                text.Append(' ').Append(lines[i].Trim());
            html.Append("<li>").Append(Inline(text.ToString())).Append("</li>\n");
        }
        html.Append(ordered ? "</ol>\n" : "</ul>\n");
        return i;
    }

    private static bool IsTableStart(string[] lines, int i) =>
        lines[i].Contains('|') && i + 1 < lines.Length && TableDivider().IsMatch(lines[i + 1]);

    private static int Table(string[] lines, int i, StringBuilder html)
    {
        html.Append("<table>\n<thead><tr>");
        foreach (var cell in TableCells(lines[i])) html.Append("<th>").Append(Inline(cell)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        for (i += 2; i < lines.Length && lines[i].Contains('|') && !string.IsNullOrWhiteSpace(lines[i]); i++)
        {
            html.Append("<tr>");
            foreach (var cell in TableCells(lines[i])) html.Append("<td>").Append(Inline(cell)).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        return i;
    }

    private static IEnumerable<string> TableCells(string row) => row.Trim().Trim('|').Split('|').Select(cell => cell.Trim());

    private static int Paragraph(string[] lines, int i, StringBuilder html)
    {
        var text = new List<string>();
        for (; i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]) && !StartsBlock(lines, i); i++) text.Add(lines[i].Trim());
        if (text.Count == 0) text.Add(lines[i++].Trim());
        html.Append("<p>").Append(string.Join("<br>\n", text.Select(Inline))).Append("</p>\n");
        return i;
    }

    private static bool StartsBlock(string[] lines, int i) =>
        Heading().IsMatch(lines[i]) || lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal) ||
        lines[i].TrimStart().StartsWith('>') || ListItem().IsMatch(lines[i]) || IsTableStart(lines, i);

    /// <summary>Inline markup on escaped text; code spans are cut out first so nothing inside them is interpreted.</summary>
    internal static string Inline(string text)
    {
        var spans = new List<string>();
        var withoutCode = CodeSpan().Replace(text, match =>
        {
            spans.Add($"<code>{WebUtility.HtmlEncode(match.Groups[1].Value)}</code>");
            return $"\u0001{spans.Count - 1}\u0001";
        });
        var html = WebUtility.HtmlEncode(withoutCode);
        html = Image().Replace(html, "<img src=\"$2\" alt=\"$1\">");
        html = Link().Replace(html, "<a href=\"$2\">$1</a>");
        html = Bold().Replace(html, "<strong>$1$2</strong>");
        html = Italic().Replace(html, "<em>$1$2</em>");
        return Placeholder().Replace(html, match => spans[int.Parse(match.Groups[1].Value)]);
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*)$")] private static partial Regex Heading();
    [GeneratedRegex(@"^\s*([-*_])(\s*\1){2,}\s*$")] private static partial Regex Rule();
    [GeneratedRegex(@"^\s{0,3}([-*+]|\d+[.)])\s+(.*)$")] private static partial Regex ListItem();
    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")] private static partial Regex TableDivider();
    [GeneratedRegex(@"`([^`]+)`")] private static partial Regex CodeSpan();
    [GeneratedRegex(@"!\[([^\]]*)\]\(([^)\s]+)\)")] private static partial Regex Image();
    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")] private static partial Regex Link();
    [GeneratedRegex(@"\*\*(.+?)\*\*|__(.+?)__")] private static partial Regex Bold();
    [GeneratedRegex(@"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])")] private static partial Regex Italic();
    [GeneratedRegex("\u0001(\\d+)\u0001")] private static partial Regex Placeholder();
}
