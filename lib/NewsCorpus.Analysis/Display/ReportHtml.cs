using System.Net;
using System.Text;
using NewsCorpus.Analysis.Frames;

namespace NewsCorpus.Analysis.Display;

/// <summary>A load report as HTML: a summary line, counts by status, layout and severity, and the first diagnostics.</summary>
public static class ReportHtml
{
    /// <summary>Diagnostics listed before the list is cut (all are in <see cref="Corpus.Diagnostics"/>).</summary>
    public static int MaxDiagnostics { get; set; } = 20;

    public static string ToHtml(Corpus corpus)
    {
        var html = new StringBuilder(ToHtml(corpus.Report));
        var diagnostics = corpus.Diagnostics.Take(MaxDiagnostics).ToList();
        if (diagnostics.Count > 0)
            html.Append(FrameHtml.ToHtml(LoadFrames.Diagnostics(diagnostics), "诊断 Diagnostics"));
        return html.ToString();
    }

    public static string ToHtml(LoadReport report)
    {
        var html = new StringBuilder("<div class=\"newscorpus-report\">");
        html.Append("<p><b>语料 Corpus</b> ").Append(Encode(report.DataDirectory ?? "")).Append(" · ")
            .Append(report.Files).Append(" 个文件 files · ").Append(report.Articles).Append(" 篇文章 articles · ")
            .Append(report.DatedArticles).Append(" 篇有日期 dated");
        if (report.FirstPublished is { } first)
            html.Append(" (").Append(first.ToString("yyyy-MM-dd")).Append(" – ").Append(report.LastPublished!.Value.ToString("yyyy-MM-dd")).Append(')');
        html.Append(" · ").Append(report.Diagnostics).Append(" 条诊断 diagnostics · ")
            .Append(report.Elapsed.TotalSeconds.ToString("0.0")).Append(" s · ").Append(Encode(report.Origin)).Append("</p>");
        html.Append("<table style=\"border-collapse:collapse;font-size:13px\"><tbody>");
        Row(html, "文件状态 Files by status", report.FilesByStatus.Select(kv => (kv.Key.ToString().ToLowerInvariant(), kv.Value)));
        Row(html, "版式 Files by layout", report.FilesByLayout.Select(kv => (kv.Key.Code(), kv.Value)));
        Row(html, "诊断 Diagnostics by severity", report.DiagnosticsBySeverity.Select(kv => (kv.Key.ToString().ToLowerInvariant(), kv.Value)));
        return html.Append("</tbody></table></div>").ToString();
    }

    private static void Row(StringBuilder html, string label, IEnumerable<(string Key, int Count)> counts)
    {
        var text = string.Join(" · ", counts.Select(c => $"{c.Key} {c.Count}"));
        html.Append("<tr><th style=\"text-align:left;padding:2px 8px\">").Append(Encode(label))
            .Append("</th><td style=\"padding:2px 8px\">").Append(Encode(text.Length > 0 ? text : "—")).Append("</td></tr>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
