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

    /// <summary>One line per series over time; series are ordered by name, points by date.</summary>
    /// <param name="dateFormat">d3 format of the date ticks: "%Y-%m" for monthly points, "%Y" for yearly.</param>
    public static GenericChart Lines(IEnumerable<TrendPoint> points, string title, string yTitle, string xTitle = "日期 Date", bool markers = true, string dateFormat = DayFormat)
    {
        var series = points.GroupBy(p => p.Series).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (series.Count == 0) return Empty(title);
        var charts = series.Select(g =>
        {
            var sorted = g.OrderBy(p => p.Date).ToList();
            return C.Chart.Line<DateTime, double, string>(
                x: sorted.Select(p => p.Date), y: sorted.Select(p => p.Value), ShowMarkers: markers, Name: g.Key,
                MultiText: sorted.Select(p => p.Hover ?? g.Key).ToArray());
        });
        return Style(C.Chart.Combine(charts), title, xTitle, yTitle, dateAxis: true, dateFormat: dateFormat);
    }

    /// <summary>Markers only, one trace per series: for values that are not a continuous series.</summary>
    public static GenericChart Points(IEnumerable<TrendPoint> points, string title, string yTitle, string xTitle = "日期 Date", bool logY = false)
    {
        var series = points.GroupBy(p => p.Series).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (series.Count == 0) return Empty(title);
        var charts = series.Select(g => C.Chart.Point<DateTime, double, string>(
            x: g.Select(p => p.Date), y: g.Select(p => p.Value), Name: g.Key, MultiText: g.Select(p => p.Hover ?? g.Key).ToArray()));
        return Style(C.Chart.Combine(charts), title, xTitle, yTitle, dateAxis: true, logY: logY);
    }

    /// <summary>Points on a category axis over time (one row per category), e.g. dates mentioned per article.</summary>
    public static GenericChart Timeline(IEnumerable<(string Row, DateTime Date, string Hover)> points, string title, string yTitle)
    {
        var list = points.ToList();
        if (list.Count == 0) return Empty(title);
        var chart = C.Chart.Point<DateTime, string, string>(
            x: list.Select(p => p.Date), y: list.Select(p => p.Row), Name: yTitle, MultiText: list.Select(p => p.Hover).ToArray());
        var rows = list.Select(p => p.Row).Distinct().Count();
        return Style(chart, title, "日期 Date", yTitle, dateAxis: true, height: Math.Max(Height, 140 + 26 * rows), showLegend: false);
    }

    /// <summary>Horizontal bars, largest at the top: for rankings (places, reporters …).</summary>
    public static GenericChart RankedBars(IEnumerable<(string Label, double Value)> bars, string title, string xTitle, string yTitle, bool logX = false)
    {
        var list = bars.ToList();
        if (list.Count == 0) return Empty(title);
        list.Reverse(); // plotly draws the first category at the bottom
        var chart = C.Chart.Bar<double, string, string>(values: list.Select(b => b.Value), Keys: list.Select(b => b.Label).ToArray(), Name: xTitle);
        return Style(chart, title, xTitle, yTitle, height: Math.Max(Height, 140 + 24 * list.Count), showLegend: false, logX: logX);
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
        var chart = Style(C.Chart.Combine(charts), title, xTitle, yTitle, categoryAxis: true);
        return stacked ? WithLayout(chart, "barmode", "stack") : chart;
    }

    /// <summary>A heat map of rows × columns; missing cells are 0.</summary>
    public static GenericChart Heatmap(IEnumerable<HeatCell> cells, string title, string xTitle, string yTitle)
    {
        var list = cells.ToList();
        if (list.Count == 0) return Empty(title);
        var rows = list.GroupBy(c => c.Row).OrderByDescending(g => g.Sum(c => c.Value)).Select(g => g.Key).Reverse().ToList();
        var columns = list.GroupBy(c => c.Column).OrderByDescending(g => g.Sum(c => c.Value)).Select(g => g.Key).ToList();
        var values = list.GroupBy(c => (c.Row, c.Column)).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
        var z = rows.Select(r => columns.Select(c => values.GetValueOrDefault((r, c))).ToArray()).ToArray();
        var chart = C.Chart.Heatmap<double, string, string, string>(zData: z, X: columns.ToArray(), Y: rows.ToArray(), Name: title);
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

    /// <summary>Sets one top-level layout property (barmode, hovermode …).</summary>
    public static GenericChart WithLayout(GenericChart chart, string property, object value)
    {
        var layout = new PlotLayout();
        layout.SetProperty(property, value);
        return GenericChart.addLayout(layout, chart);
    }

    /// <summary>d3 format of day ticks on a date axis.</summary>
    public const string DayFormat = "%Y-%m-%d";

    private static GenericChart Style(GenericChart chart, string title, string xTitle, string yTitle,
        bool dateAxis = false, bool logY = false, int height = Height, bool showLegend = true, bool categoryAxis = false, bool logX = false,
        string dateFormat = DayFormat, string[]? yCategories = null)
    {
        var layout = new PlotLayout();
        layout.SetProperty("title", new { text = title, x = 0.02, font = new { size = 17 } });
        layout.SetProperty("font", new { family = FontFamily, size = 13 });
        layout.SetProperty("width", Width);
        layout.SetProperty("height", height);
        layout.SetProperty("showlegend", showLegend);
        layout.SetProperty("margin", new { l = 80, r = 30, t = 60, b = 60 });
        // Category labels such as "2020-02" must not be read as dates, or bars become hairlines on a time axis.
        layout.SetProperty("xaxis", dateAxis
            ? new { title = new { text = xTitle }, automargin = true, type = "date", tickformat = dateFormat }
            : categoryAxis || logX
                ? new { title = new { text = xTitle }, automargin = true, type = logX ? "log" : "category" }
                : (object)new { title = new { text = xTitle }, automargin = true });
        layout.SetProperty("yaxis", logY
            ? new { title = new { text = yTitle }, automargin = true, type = "log" }
            : yCategories is not null
                ? new { title = new { text = yTitle }, automargin = true, type = "category", categoryorder = "array", categoryarray = yCategories }
                : (object)new { title = new { text = yTitle }, automargin = true });
        return GenericChart.addLayout(layout, chart);
    }
}
