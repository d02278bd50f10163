using System.Globalization;
using Plotly.NET;
using PlotLayout = Plotly.NET.Layout;
using C = Plotly.NET.CSharp;

namespace NewsCorpus.Analysis.Charts;

/// <summary>One point of a series over time (a topic's articles in a month, a quantity on a day …).</summary>
public sealed record TrendPoint(string Series, DateTime Date, double Value, string? Hover = null);

/// <summary>One cell of a heat map: row label, column label and value.</summary>
public sealed record HeatCell(string Row, string Column, double Value);

/// <summary>
/// The chart primitives every builder uses: lines, points, bars, heat maps and the empty chart, all with a
/// title, axis titles, a CJK-capable font and a fixed size so that a chart reads the same in VS Code,
/// in a rendered page and as a PNG.
/// </summary>
public static class ChartKit
{
    /// <summary>Fonts tried in order: Chinese labels need a CJK font on every platform.</summary>
    public const string FontFamily = "Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, PingFang SC, Source Han Sans SC, sans-serif";

    public const int Width = 860;
    public const int Height = 460;

    /// <summary>Note shown in place of data when a chart has nothing to plot.</summary>
    public const string NoData = "没有可绘制的数据 · no data to plot";

    /// <summary>One line per series over time; series are ordered by name (or as they first come, when <paramref name="ranked"/>), points by date.</summary>
    /// <param name="dateFormat">d3 format of the date ticks: "%Y-%m" for monthly points, "%Y" for yearly.</param>
    public static GenericChart Lines(IEnumerable<TrendPoint> points, string title, string yTitle, string xTitle = "日期 Date", bool markers = true, string dateFormat = DayFormat, bool ranked = false)
    {
        var groups = points.GroupBy(p => p.Series);
        var series = (ranked ? groups : groups.OrderBy(g => g.Key, StringComparer.Ordinal)).ToList();
        if (series.Count == 0) return Empty(title);
        var charts = series.Select(g =>
        {
            var sorted = g.OrderBy(p => p.Date).ToList();
            return C.Chart.Line<DateTime, double, string>(
                x: sorted.Select(p => p.Date), y: sorted.Select(p => p.Value), ShowMarkers: markers, Name: g.Key,
                MultiText: sorted.Select(p => p.Hover ?? g.Key).ToArray());
        });
        return Style(C.Chart.Combine(charts), title, xTitle, yTitle, dates: series.SelectMany(g => g.Select(p => p.Date)), dateFormat: dateFormat,
            yTick: CountTicks(series.SelectMany(g => g.Select(p => p.Value))));
    }

    /// <summary>Markers only, one trace per series: for values that are not a continuous series.</summary>
    public static GenericChart Points(IEnumerable<TrendPoint> points, string title, string yTitle, string xTitle = "日期 Date", bool logY = false)
    {
        var series = points.GroupBy(p => p.Series).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (series.Count == 0) return Empty(title);
        var charts = series.Select(g => C.Chart.Point<DateTime, double, string>(
            x: g.Select(p => p.Date), y: g.Select(p => p.Value), Name: g.Key, MultiText: g.Select(p => p.Hover ?? g.Key).ToArray()));
        return Style(C.Chart.Combine(charts), title, xTitle, yTitle, dates: series.SelectMany(g => g.Select(p => p.Date)), logY: logY);
    }

    /// <summary>Points on a category axis over time (one row per category), e.g. dates mentioned per article.</summary>
    public static GenericChart Timeline(IEnumerable<(string Row, DateTime Date, string Hover)> points, string title, string yTitle)
    {
        var list = points.ToList();
        if (list.Count == 0) return Empty(title);
        var chart = C.Chart.Point<DateTime, string, string>(
            x: list.Select(p => p.Date), y: list.Select(p => p.Row), Name: yTitle, MultiText: list.Select(p => p.Hover).ToArray());
        var rows = list.Select(p => p.Row).Distinct().Count();
        return Style(chart, title, "日期 Date", yTitle, dates: list.Select(p => p.Date), height: Math.Max(Height, 140 + 26 * rows), showLegend: false);
    }

    /// <summary>Horizontal bars, largest at the top: for rankings (places, reporters …).</summary>
    public static GenericChart RankedBars(IEnumerable<(string Label, double Value)> bars, string title, string xTitle, string yTitle, bool logX = false)
    {
        var list = bars.ToList();
        if (list.Count == 0) return Empty(title);
        list.Reverse(); // plotly draws the first category at the bottom
        var chart = C.Chart.Bar<double, string, string>(values: list.Select(b => b.Value), Keys: list.Select(b => b.Label).ToArray(), Name: xTitle);
        return Style(chart, title, xTitle, yTitle, height: Math.Max(Height, 140 + 24 * list.Count), showLegend: false, logX: logX,
            xTick: logX ? null : CountTicks(list.Select(b => b.Value)));
    }

    /// <summary>
    /// Horizontal bars left and right of zero, given top to bottom, one colour per series: for two-sided rankings
    /// such as the terms that distinguish two periods. Dashed lines mark ±<paramref name="threshold"/> when given.
    /// </summary>
    public static GenericChart SignedBars(IEnumerable<(string Series, string Label, double Value)> bars, string title, string xTitle, string yTitle, double? threshold = null)
    {
        var list = bars.ToList();
        if (list.Count == 0) return Empty(title);
        var charts = list.GroupBy(b => b.Series).Select(g => C.Chart.Bar<double, string, string>(
            values: g.Select(b => b.Value), Keys: g.Select(b => b.Label).ToArray(), Name: g.Key));
        // plotly draws the first category at the bottom: the categories are listed bottom to top.
        var bottomUp = list.Select(b => b.Label).Distinct().Reverse().ToArray();
        var chart = Style(C.Chart.Combine(charts), title, xTitle, yTitle, height: Math.Max(Height, 160 + 22 * bottomUp.Length), yCategories: bottomUp);
        // A label belongs to one series, so bars share their row's full width instead of being offset in groups.
        chart = WithLayout(chart, "barmode", "relative");
        // Series names are long (periods): a legend above the bars leaves them the chart's width.
        chart = WithLayout(chart, "legend", new { orientation = "h", x = 0, xanchor = "left", y = 1, yanchor = "bottom" });
        chart = WithLayout(chart, "margin", new { l = 80, r = 30, t = 100, b = 60 });
        return threshold is { } t
            ? WithLayout(chart, "shapes", new[] { -t, t }.Select(x => new
            {
                type = "line", xref = "x", yref = "paper", x0 = x, x1 = x, y0 = 0, y1 = 1,
                line = new { color = "#888", width = 1, dash = "dash" },
            }).ToArray())
            : chart;
    }

    /// <summary>Vertical bars, one group per series (stacked when <paramref name="stacked"/>).</summary>
    public static GenericChart Columns(IEnumerable<(string Series, string Category, double Value)> bars, string title, string xTitle, string yTitle, bool stacked = false)
    {
        var list = bars.ToList();
        if (list.Count == 0) return Empty(title);
        var categories = list.Select(b => b.Category).Distinct().ToList();
        var charts = list.GroupBy(b => b.Series).Select(g =>
        {
            var values = g.GroupBy(b => b.Category).ToDictionary(c => c.Key, c => c.Sum(b => b.Value));
            return C.Chart.Column<double, string, string>(
                values: categories.Select(c => values.GetValueOrDefault(c)), Keys: categories.ToArray(), Name: g.Key);
        });
        // Stacked bars reach the sum of their category.
        var heights = stacked ? list.GroupBy(b => b.Category).Select(g => g.Sum(b => b.Value)) : list.Select(b => b.Value);
        var chart = Style(C.Chart.Combine(charts), title, xTitle, yTitle, categoryAxis: true, yTick: CountTicks(heights));
        return stacked ? WithLayout(chart, "barmode", "stack") : chart;
    }

    /// <summary>A heat map of rows × columns; missing cells are 0; <paramref name="valueTitle"/> labels the colour bar.</summary>
    public static GenericChart Heatmap(IEnumerable<HeatCell> cells, string title, string xTitle, string yTitle, string? valueTitle = null)
    {
        var list = cells.ToList();
        if (list.Count == 0) return Empty(title);
        var rows = list.GroupBy(c => c.Row).OrderByDescending(g => g.Sum(c => c.Value)).Select(g => g.Key).Reverse().ToList();
        var columns = list.GroupBy(c => c.Column).OrderByDescending(g => g.Sum(c => c.Value)).Select(g => g.Key).ToList();
        var values = list.GroupBy(c => (c.Row, c.Column)).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
        var z = rows.Select(r => columns.Select(c => values.GetValueOrDefault((r, c))).ToArray()).ToArray();
        var colorBar = new ColorBar();
        if (valueTitle is not null) colorBar.SetProperty("title", new { text = valueTitle });
        var chart = C.Chart.Heatmap<double, string, string, string>(zData: z, X: columns.ToArray(), Y: rows.ToArray(), Name: title, ColorBar: colorBar);
        return Style(chart, title, xTitle, yTitle, height: Math.Max(Height, 160 + 26 * rows.Count), showLegend: false);
    }

    /// <summary>A chart with no data and a note saying so: what a builder returns instead of throwing.</summary>
    public static GenericChart Empty(string title, string note = NoData)
    {
        var chart = C.Chart.Point<double, double, string>(x: Array.Empty<double>(), y: Array.Empty<double>(), Name: title);
        var styled = Style(chart, title, "", "", showLegend: false);
        var layout = new PlotLayout();
        layout.SetProperty("annotations", new[] { new { text = note, showarrow = false, xref = "paper", yref = "paper", x = 0.5, y = 0.5, font = new { size = 16 } } });
        layout.SetProperty("xaxis", new { visible = false });
        layout.SetProperty("yaxis", new { visible = false });
        return GenericChart.addLayout(layout, styled);
    }

    /// <summary>A title with a smaller second line under it, for what a reader must know about the data shown.</summary>
    public static string WithNote(string title, string note) => $"{title}<br><sup>{note}</sup>";

    /// <summary>Sets one top-level layout property (barmode, hovermode …).</summary>
    public static GenericChart WithLayout(GenericChart chart, string property, object value)
    {
        var layout = new PlotLayout();
        layout.SetProperty(property, value);
        return GenericChart.addLayout(layout, chart);
    }

    /// <summary>d3 format of day ticks on a date axis.</summary>
    public const string DayFormat = "%Y-%m-%d";

    /// <summary>
    /// A tick every 1 for small counts (whole numbers up to 10), where plotly would otherwise label half steps
    /// (0.5 articles); null lets plotly choose.
    /// </summary>
    internal static double? CountTicks(IEnumerable<double> values)
    {
        var any = false;
        foreach (var v in values)
        {
            if (v < 0 || v > 10 || v != Math.Floor(v)) return null;
            any = true;
        }
        return any ? 1 : null;
    }

    private static GenericChart Style(GenericChart chart, string title, string xTitle, string yTitle,
        IEnumerable<DateTime>? dates = null, bool logY = false, int height = Height, bool showLegend = true, bool categoryAxis = false, bool logX = false,
        string dateFormat = DayFormat, string[]? yCategories = null, double? xTick = null, double? yTick = null)
    {
        var layout = new PlotLayout();
        layout.SetProperty("title", new { text = title, x = 0.02, font = new { size = 17 } });
        layout.SetProperty("font", new { family = FontFamily, size = 13 });
        layout.SetProperty("width", Width);
        layout.SetProperty("height", height);
        layout.SetProperty("showlegend", showLegend);
        // A note under the title (WithNote) needs a second line of room.
        layout.SetProperty("margin", new { l = 80, r = 30, t = title.Contains("<br>") ? 85 : 60, b = 60 });
        var x = Axis(xTitle, xTick);
        // Category labels such as "2020-02" must not be read as dates, or bars become hairlines on a time axis.
        if (dates is not null) DateAxis(x, dates, dateFormat);
        else if (logX) x["type"] = "log";
        else if (categoryAxis) x["type"] = "category";
        var y = Axis(yTitle, yTick);
        if (logY) y["type"] = "log";
        else if (yCategories is not null) (y["type"], y["categoryorder"], y["categoryarray"]) = ("category", "array", yCategories);
        layout.SetProperty("xaxis", x);
        layout.SetProperty("yaxis", y);
        return GenericChart.addLayout(layout, chart);
    }

    /// <summary>
    /// A date axis; when the dates lie within a few days it shows whole days around them, one tick a day,
    /// instead of plotly's hours, which a day format labels with the same date again and again.
    /// </summary>
    private static void DateAxis(Dictionary<string, object> axis, IEnumerable<DateTime> dates, string format)
    {
        (axis["type"], axis["tickformat"]) = ("date", format);
        var list = dates.ToList();
        if (list.Count == 0 || (list.Max() - list.Min()).TotalDays >= 7) return;
        axis["range"] = new[] { list.Min().Date.AddDays(-1), list.Max().Date.AddDays(1) }.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
        (axis["dtick"], axis["tickformat"]) = (TimeSpan.FromDays(1).TotalMilliseconds, DayFormat);
    }

    private static Dictionary<string, object> Axis(string title, double? tick)
    {
        var axis = new Dictionary<string, object> { ["title"] = new { text = title }, ["automargin"] = true };
        if (tick is { } t) axis["dtick"] = t;
        return axis;
    }
}
