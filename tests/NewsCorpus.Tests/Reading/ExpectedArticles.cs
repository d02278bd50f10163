using System.Text.Json;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Tests.Reading;

/// <summary>One article of the hand-made reading of the seeds (expected-articles.json).</summary>
public sealed record ExpectedArticle(
    string Seed, string? Section, string? Title, string? Subtitle, string? Dateline, string? Continuation,
    IReadOnlyList<Byline> Bylines, LineRange Lines, IReadOnlyList<LineRange> Parts)
{
    public override string ToString() => $"{Seed} {Lines} {Title}";
}

/// <summary>Loads the independent reading and scores what the readers found against it.</summary>
public static class ExpectedArticles
{
    public static IReadOnlyList<ExpectedArticle> All { get; } = Load();

    public static IEnumerable<ExpectedArticle> Of(string seed) => All.Where(a => a.Seed == seed);

    /// <summary>An article is found when one read article has its line range, parts, title and bylines.</summary>
    public static bool IsFound(ExpectedArticle expected, IEnumerable<Article> read) =>
        read.Any(a => a.Lines == expected.Lines && a.Parts.SequenceEqual(expected.Parts) && a.Title == expected.Title && a.Bylines.SequenceEqual(expected.Bylines));

    private static List<ExpectedArticle> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Seeds.RepoRoot, "tests", "NewsCorpus.Tests", "Reading", "expected-articles.json")));
        return json.RootElement.GetProperty("articles").EnumerateArray().Select(e => new ExpectedArticle(
            e.GetProperty("seed").GetString()!,
            Text(e, "section"), Text(e, "title"), Text(e, "subtitle"), Text(e, "dateline"), Text(e, "continuation"),
            e.GetProperty("bylines").EnumerateArray().Select(b => new Byline(b[0].GetString()!, b[1].GetString()!)).ToList(),
            Range(e.GetProperty("lines")),
            e.TryGetProperty("parts", out var parts) ? parts.EnumerateArray().Select(Range).ToList() : [])).ToList();
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static LineRange Range(JsonElement e) => new(e[0].GetInt32(), e[1].GetInt32());
}
