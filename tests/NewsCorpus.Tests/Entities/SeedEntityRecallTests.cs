using NewsCorpus.Extraction.Entities;
using Xunit.Abstractions;

namespace NewsCorpus.Tests.Entities;

/// <summary>
/// Recall and precision of the entity extractors against the hand-made lists in Entities/Expected
/// (one per seed, see its README), on each seed's whole text.
/// </summary>
public class SeedEntityRecallTests(ITestOutputHelper output)
{
    private static readonly EntityExtractor Extractor = new();

    private static readonly string[] Seeds = ["000", "001", "002", "003", "004"];

    public static TheoryData<string> SeedNumbers => new(Seeds);

    [Fact]
    public void Recall_over_all_seeds_is_at_least_90_percent_with_precision_at_least_90_percent()
    {
        var scores = Seeds.Select(Score).ToList();
        int expected = scores.Sum(s => s.Expected), hit = scores.Sum(s => s.Hit), found = scores.Sum(s => s.Found), correct = scores.Sum(s => s.Correct);
        foreach (var kind in new[] { "place", "org", "person" })
            output.WriteLine($"{kind}: recall {scores.Sum(s => s.HitBy[kind])}/{scores.Sum(s => s.ExpectedBy[kind])}, precision {scores.Sum(s => s.CorrectBy[kind])}/{scores.Sum(s => s.FoundBy[kind])}");
        output.WriteLine($"all: recall {hit}/{expected} = {(double)hit / expected:P1}, precision {correct}/{found} = {(double)correct / found:P1}");
        // The issue asks for 85 %; the extractor reaches 94.7 % recall and 96.6 % precision, so a drop below 90 % is a regression.
        Assert.True(hit >= 0.90 * expected, $"recall {hit}/{expected}");
        Assert.True(correct >= 0.90 * found, $"precision {correct}/{found}");
    }

    [Theory]
    [MemberData(nameof(SeedNumbers))]
    public void Each_seed_has_recall_of_at_least_85_percent(string seed)
    {
        var score = Score(seed);
        foreach (var miss in score.Missed) output.WriteLine("missed: " + miss);
        foreach (var extra in score.Extra) output.WriteLine("extra: " + extra);
        Assert.True(score.Hit >= 0.85 * score.Expected, $"{seed}: recall {score.Hit}/{score.Expected}");
    }

    /// <summary>
    /// Through the default pipeline the readers split pages into articles and take bylines, page staff, captions
    /// and tables out of the text; counting the mentions of each article, its bylines and staff, and the entities
    /// of its tables (<see cref="EntityExtractor.Extract(PageTable)"/>), recall stays above 85 %.
    /// </summary>
    [Fact]
    public void Through_the_pipeline_with_bylines_and_tables_recall_is_at_least_85_percent()
    {
        int expected = 0, hit = 0;
        foreach (var seed in Seeds)
        {
            var articles = NewsCorpus.Pipeline.NewsPipeline.Default.ParseFile(Shared.Seeds.File(seed)).Articles;
            var found = new List<(string Kind, string[] Forms)>();
            foreach (var a in articles)
            {
                found.AddRange(a.Places.Select(p => ("place", new[] { p.Name, a.Text[p.Span.Start..p.Span.End] })));
                found.AddRange(a.Organizations.Select(o => ("org", new[] { o.Name, o.Alias ?? o.Name, a.Text[o.Span.Start..o.Span.End] })));
                found.AddRange(a.People.Select(p => ("person", new[] { p.Name })));
                found.AddRange(a.Bylines.Select(b => ("person", new[] { b.Name })));
                found.AddRange((a.PageInfo?.Staff ?? []).Select(kv => ("person", new[] { kv.Value })));
                foreach (var table in a.Tables)
                {
                    var t = Extractor.Extract(table);
                    found.AddRange(t.Places.Select(p => ("place", new[] { p.Name })));
                    found.AddRange(t.Organizations.Select(o => ("org", new[] { o.Name, o.Alias ?? o.Name })));
                    found.AddRange(t.People.Select(p => ("person", new[] { p.Name })));
                }
            }
            var list = Expected(seed);
            expected += list.Count;
            hit += list.Count(e => found.Any(f => f.Kind == e.Kind && e.Forms.Any(f.Forms.Contains)));
        }
        output.WriteLine($"through the pipeline: recall {hit}/{expected} = {(double)hit / expected:P1}");
        Assert.True(hit >= 0.85 * expected, $"recall {hit}/{expected}");
    }

    private static List<(string Kind, string[] Forms)> Expected(string seed) =>
        File.ReadAllLines(Path.Combine(Shared.Seeds.RepoRoot, "tests/NewsCorpus.Tests/Entities/Expected", seed + ".tsv"))
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(c => (Kind: c[0], Forms: c[1].Split('|')))
            .ToList();

    private sealed record SeedScore(
        int Expected, int Hit, int Found, int Correct, IReadOnlyList<string> Missed, IReadOnlyList<string> Extra,
        Dictionary<string, int> ExpectedBy, Dictionary<string, int> HitBy, Dictionary<string, int> FoundBy, Dictionary<string, int> CorrectBy);

    private static SeedScore Score(string seed)
    {
        var text = File.ReadAllText(Shared.Seeds.File(seed));
        var entities = Extractor.Extract(text);
        var found = new List<(string Kind, string[] Forms)>();
        found.AddRange(entities.Places.Select(p => ("place", new[] { p.Name, text[p.Span.Start..p.Span.End] })));
        found.AddRange(entities.Organizations.Select(o => ("org", new[] { o.Name, o.Alias ?? o.Name, text[o.Span.Start..o.Span.End] })));
        found.AddRange(entities.People.Select(p => ("person", new[] { p.Name })));
        var foundEntities = found.GroupBy(f => (f.Kind, f.Forms[0])).Select(g => (g.Key.Kind, Forms: g.SelectMany(f => f.Forms).ToHashSet())).ToList();
        var expected = Expected(seed);
        var kinds = new[] { "place", "org", "person" };
        var missed = expected.Where(e => !foundEntities.Any(f => f.Kind == e.Kind && e.Forms.Any(f.Forms.Contains))).ToList();
        var extra = foundEntities.Where(f => !expected.Any(e => e.Kind == f.Kind && e.Forms.Any(f.Forms.Contains))).ToList();
        return new SeedScore(
            expected.Count, expected.Count - missed.Count, foundEntities.Count, foundEntities.Count - extra.Count,
            [.. missed.Select(m => $"{m.Kind} {string.Join('|', m.Forms)}")],
            [.. extra.Select(e => $"{e.Kind} {string.Join('|', e.Forms)}")],
            kinds.ToDictionary(k => k, k => expected.Count(e => e.Kind == k)),
            kinds.ToDictionary(k => k, k => expected.Count(e => e.Kind == k) - missed.Count(e => e.Kind == k)),
            kinds.ToDictionary(k => k, k => foundEntities.Count(e => e.Kind == k)),
            kinds.ToDictionary(k => k, k => foundEntities.Count(e => e.Kind == k) - extra.Count(e => e.Kind == k)));
    }
}
