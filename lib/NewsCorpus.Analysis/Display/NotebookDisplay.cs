using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using NewsCorpus.Analysis.Frames;
using Plotly.NET;

namespace NewsCorpus.Analysis.Display;

/// <summary>
/// The one call a notebook makes to show the library's results well: DataFrames as capped tables, charts as
/// interactive plots, the corpus as its load report, page tables with their caption.
/// <code>NotebookDisplay.Register();</code>
/// </summary>
public static class NotebookDisplay
{
    private const string Html = "text/html";

    [RequiresUnreferencedCode(ChartHtml.NewtonsoftReflection), RequiresDynamicCode(ChartHtml.NewtonsoftReflection)]
    public static void Register(int maxRows = 20)
    {
        FrameHtml.MaxRows = maxRows;
        Formatter.Register<DataFrame>((frame, writer) => writer.Write(FrameHtml.ToHtml(frame)), Html);
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(ChartHtml.ToHtml(chart)), Html);
        Formatter.Register<Corpus>((corpus, writer) => writer.Write(ReportHtml.ToHtml(corpus)), Html);
        Formatter.Register<LoadReport>((report, writer) => writer.Write(ReportHtml.ToHtml(report)), Html);
        Formatter.Register<PageTableFrame>((table, writer) => writer.Write(FrameHtml.ToHtml(table.Frame, table.Name)), Html);
        foreach (var type in new[] { typeof(DataFrame), typeof(GenericChart), typeof(Corpus), typeof(LoadReport), typeof(PageTableFrame) })
            Formatter.SetPreferredMimeTypesFor(type, Html);
    }
}
