using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;
using NewsCorpus.Notebooks.Model;
using NewsCorpus.Notebooks.Rendering;

namespace NewsCorpus.Notebooks.Execution;

/// <summary>Shows a Plotly.NET chart as the kernel did with Plotly.NET.Interactive: its chart HTML, which loads plotly.js
/// from the CDN only when the page does not have it yet (VS Code), and draws at once where it does (rendered pages).
/// Registered once per process, so a formatter a notebook or library registers later wins.</summary>
public static partial class ChartDisplay
{
    private static readonly Lazy<bool> Registration = new(() =>
    {
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(ToHtml(chart)), MimeTypes.Html);
        return true;
    });

    public static void Register() => _ = Registration.Value;

    public static string ToHtml(GenericChart chart) =>
        ImmediateRender().Replace(GenericChart.toChartHTML(chart), match =>
            $$"""if (window.Plotly) { {{match.Groups[1].Value}}(); } else { var s = document.createElement('script'); s.src = '{{PlotlyScript.CdnUrl}}'; s.onload = {{match.Groups[1].Value}}; document.head.appendChild(s); }""");

    [GeneratedRegex(@"(renderPlotly_\w+)\(\);(?=\s*</script>)")]
    private static partial Regex ImmediateRender();
}
