using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Analysis;

namespace NewsCorpus.Analysis.Display;

/// <summary>
/// A DataFrame as a plain HTML table: the first <see cref="MaxRows"/> rows, column names with their types,
/// and a line saying how many rows there are. No script and no hidden rows, so it shows on GitHub too.
/// </summary>
public static class FrameHtml
{
    /// <summary>Rows shown before the table is cut.</summary>
    public static int MaxRows { get; set; } = 20;

    /// <summary>Longest cell text shown; longer text is cut with an ellipsis.</summary>
    public static int MaxCellLength { get; set; } = 80;

    public static string ToHtml(DataFrame frame, string? caption = null)
    {
        var rows = (int)Math.Min(frame.Rows.Count, MaxRows);
        var html = new StringBuilder("<div class=\"newscorpus-frame\">");
        html.Append("<table style=\"border-collapse:collapse;font-size:13px\">");
        if (caption is not null) html.Append("<caption style=\"text-align:left;font-weight:bold\">").Append(Encode(caption)).Append("</caption>");
        html.Append("<thead><tr><th></th>");
        foreach (var column in frame.Columns)
            html.Append("<th style=\"text-align:left;border-bottom:1px solid #999;padding:2px 6px\">")
                .Append(Encode(column.Name)).Append("<br><small style=\"font-weight:normal;color:#777\">")
                .Append(TypeName(column.DataType)).Append("</small></th>");
        html.Append("</tr></thead><tbody>");
        for (var r = 0; r < rows; r++)
        {
            html.Append("<tr><td style=\"color:#999;padding:2px 6px\">").Append(r).Append("</td>");
            foreach (var column in frame.Columns)
            {
                var value = column[r];
                var numeric = value is double or float or int or long or decimal;
                html.Append("<td style=\"padding:2px 6px;border-bottom:1px solid #eee")
                    .Append(numeric ? ";text-align:right" : "").Append("\">")
                    .Append(Encode(Cell(value))).Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table><p style=\"color:#777;font-size:12px\">")
            .Append(Summary(frame.Rows.Count, rows, frame.Columns.Count)).Append("</p></div>");
        return html.ToString();
    }

    /// <summary>A cell as text: dates without a midnight time, numbers with thousands separators, null as empty.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double x => x.ToString("#,0.####", CultureInfo.InvariantCulture),
        float x => x.ToString("#,0.####", CultureInfo.InvariantCulture),
        decimal x => x.ToString("#,0.####", CultureInfo.InvariantCulture),
        int or long => string.Format(CultureInfo.InvariantCulture, "{0:#,0}", value),
        bool b => b ? "true" : "false",
        _ => Shorten(value.ToString() ?? ""),
    };

    private static string Summary(long total, int shown, int columns) =>
        total > shown
            ? $"前 {shown} 行，共 {total:#,0} 行 · first {shown} of {total:#,0} rows, {columns} columns"
            : $"{total:#,0} 行 rows, {columns} 列 columns";

    private static string TypeName(Type type) => type switch
    {
        _ when type == typeof(string) => "string",
        _ when type == typeof(DateTime) => "date",
        _ when type == typeof(double) => "double",
        _ when type == typeof(int) => "int",
        _ when type == typeof(bool) => "bool",
        _ => type.Name,
    };

    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length > MaxCellLength ? oneLine[..(MaxCellLength - 1)] + "…" : oneLine;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
