using System.Diagnostics.CodeAnalysis;
using System.Net;
using Newtonsoft.Json;
using Plotly.NET;

namespace NewsCorpus.Analysis.Display;

/// <summary>
/// A Plotly.NET chart as notebook HTML: a <c>div.newscorpus-chart</c> and a script calling <c>Plotly.newPlot(</c>
/// with the figure. plotly.js is not referenced by a script tag: the page that shows the output provides it
/// (<c>newscorpus render</c> embeds it once per page); when it is missing (VS Code) the script loads it from
/// <see cref="PlotlyCdn"/> first.
/// </summary>
public static class ChartHtml
{
    /// <summary>Class every chart div carries, for renderers that look for charts (e.g. to make PNGs).</summary>
    public const string ChartClass = "newscorpus-chart";

    /// <summary>The plotly.js Plotly.NET 6.0.0 is built against.</summary>
    public const string PlotlyCdn = "https://cdn.plot.ly/plotly-2.28.0.min.js";

    /// <summary>Why chart display is for notebooks (which run on the JIT) and not for the Native AOT newscorpus.</summary>
    internal const string NewtonsoftReflection = "Plotly.NET serialises a figure with Newtonsoft.Json, by reflection over its types.";

    private static int _counter;

    [RequiresUnreferencedCode(NewtonsoftReflection), RequiresDynamicCode(NewtonsoftReflection)]
    public static string ToHtml(GenericChart chart)
    {
        var id = $"newscorpus-chart-{Environment.ProcessId:x}-{Interlocked.Increment(ref _counter)}";
        var layout = GenericChart.getLayout(chart);
        var (width, height) = Size(layout);
        // Same variable layout as Plotly.NET's own chart HTML (var data / var layout = {"width":…,"height":…}),
        // which renderers read the chart size from.
        return $$"""
            <div id="{{id}}" class="{{ChartClass}}" style="width:{{width}}px;height:{{height}}px;max-width:100%"></div>
            <script type="text/javascript">
            (function () {
              var data = {{Json(GenericChart.getTraces(chart))}};
              var layout = {{Json(layout)}};
              var config = {{Json(GenericChart.getConfig(chart))}};
              var draw = function () { Plotly.newPlot('{{id}}', data, layout, config); };
              if (typeof Plotly !== 'undefined') { draw(); return; }
              var script = document.createElement('script');
              script.src = '{{WebUtility.HtmlEncode(PlotlyCdn)}}';
              script.onload = draw;
              document.head.appendChild(script);
            })();
            </script>
            """;
    }

    // "</" inside the JSON would close the script element early.
    [RequiresUnreferencedCode(NewtonsoftReflection), RequiresDynamicCode(NewtonsoftReflection)]
    private static string Json(object value) => JsonConvert.SerializeObject(value, Globals.JSON_CONFIG).Replace("</", "<\\/");

    private static (int Width, int Height) Size(Plotly.NET.Layout layout)
    {
        var width = layout.TryGetTypedPropertyValue<int>("width");
        var height = layout.TryGetTypedPropertyValue<int>("height");
        return (width is null ? Charts.ChartKit.Width : width.Value, height is null ? Charts.ChartKit.Height : height.Value);
    }
}
