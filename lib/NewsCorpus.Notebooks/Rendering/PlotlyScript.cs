using System.Text.RegularExpressions;
using Plotly.NET;

namespace NewsCorpus.Notebooks.Rendering;

/// <summary>plotly.js as Plotly.NET ships it (an embedded resource), so rendered pages and chart images need no network.</summary>
public static partial class PlotlyScript
{
    private static readonly Lazy<(string Name, string Source)> Resource = new(() =>
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().Single(resource => PlotlyResource().IsMatch(resource));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return (name, reader.ReadToEnd());
    });

    /// <summary>The minified plotly.js source.</summary>
    public static string Source => Resource.Value.Source;

    /// <summary>The plotly.js version Plotly.NET draws with, e.g. 2.28.0.</summary>
    public static string Version => PlotlyResource().Match(Resource.Value.Name).Groups[1].Value;

    /// <summary>The same plotly.js on its CDN, for notebook front ends that render outputs one by one (VS Code).</summary>
    public static string CdnUrl => $"https://cdn.plot.ly/plotly-{Version}.min.js";

    /// <summary>True when an HTML output draws a Plotly chart.</summary>
    public static bool IsChart(string html) => html.Contains("Plotly.newPlot(", StringComparison.Ordinal);

    [GeneratedRegex(@"plotly-(\d+\.\d+\.\d+)\.min\.js$")]
    private static partial Regex PlotlyResource();
}
