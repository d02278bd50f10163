using System.Text.Json;
using Plotly.NET;

namespace NewsCorpus.Analysis.Tests.Charts;

/// <summary>A chart's figure as JSON, to assert on what plotly.js will draw.</summary>
internal sealed class ChartJson
{
    public ChartJson(GenericChart chart) => Root = JsonDocument.Parse(GenericChart.toJson(chart)).RootElement;

    public JsonElement Root { get; }

    public JsonElement Layout => Root.GetProperty("layout");

    public IReadOnlyList<JsonElement> Traces => [.. Root.GetProperty("data").EnumerateArray()];

    public string Title => Layout.GetProperty("title").GetProperty("text").GetString()!;

    public string? Annotation => Layout.TryGetProperty("annotations", out var a) ? a[0].GetProperty("text").GetString() : null;

    public JsonElement Trace(string name) => Traces.Single(t => t.TryGetProperty("name", out var n) && n.GetString() == name);

    public static IReadOnlyList<string?> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.ToString())];

    public static IReadOnlyList<double> Numbers(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];
}
