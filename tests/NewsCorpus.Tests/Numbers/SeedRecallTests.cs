using System.Globalization;
using NewsCorpus.Pipeline;
using NewsCorpus.Tests.Shared;
using NewsCorpus.Text;
using Xunit.Abstractions;

namespace NewsCorpus.Tests.Numbers;

/// <summary>
/// Recall of the date and quantity extractors against an independent reading of the five seeds
/// (SeedReading.tsv): a marked mention counts as found when a mention with the same text has the
/// same value, unit and approximation, or the same resolved start, end and grain.
/// </summary>
public class SeedRecallTests(ITestOutputHelper output)
{
    private const double RequiredRecall = 0.95;

    private sealed record Reference(DateOnly Date, bool Wrapped);

    private sealed record Expected(string Seed, char Kind, string Text, string A, string B, string C, int Line);

    [Fact]
    public void Finds_at_least_95_percent_of_the_marked_dates_and_quantities_in_the_seed_texts()
    {
        var (references, expected) = ReadFixture();
        var facts = references.ToDictionary(r => r.Key, r => (IReadOnlyList<TextFacts>)[TextFacts.Of(SeedText(r.Key, r.Value.Wrapped), r.Value.Date)]);
        AssertRecall(expected, facts);
    }

    /// <summary>The whole chain: page readers, publication dates from the manifest, normalisation, extraction per article.</summary>
    [Fact]
    public void Finds_at_least_95_percent_of_them_through_the_pipeline()
    {
        var (references, expected) = ReadFixture();
        var pipeline = NewsPipeline.CreateBuilder().UseDataDirectory(Seeds.DataDirectory).UseDefaults().Build();
        var facts = new Dictionary<string, IReadOnlyList<TextFacts>>();
        foreach (var seed in references.Keys)
        {
            var articles = pipeline.ParseFile(Seeds.File(seed)).Articles;
            Assert.All(articles, a => Assert.Equal(references[seed].Date, a.Published));
            facts[seed] = [.. articles.Select(a => new TextFacts(a.Normalized!, a.Dates, a.Quantities))];
        }
        // Headlines, web timestamp lines, page date lines and tables are kept apart from the body by the
        // readers, and mentions are spans of the body: what the reading marked there is out of reach here.
        var inBodies = expected.Where(e => facts[e.Seed].Any(f => f.Normalized.Text.Contains(e.Text, StringComparison.Ordinal))).ToList();
        output.WriteLine($"{expected.Count - inBodies.Count} marked mentions lie outside the article bodies: "
            + string.Join(" ", expected.Except(inBodies).Select(e => $"{e.Seed}:{e.Text}")));
        AssertRecall(inBodies, facts);
    }

    private void AssertRecall(List<Expected> expected, Dictionary<string, IReadOnlyList<TextFacts>> facts)
    {
        var misses = expected.Where(e => !facts[e.Seed].Any(f => Found(f, e))).ToList();
        foreach (var group in expected.GroupBy(e => (e.Seed, e.Kind)))
            output.WriteLine($"{group.Key.Seed} {(group.Key.Kind == 'q' ? "quantities" : "dates")}: {group.Count(e => !misses.Contains(e))}/{group.Count()}");
        foreach (var miss in misses)
            output.WriteLine($"missed line {miss.Line}: {miss.Seed} {miss.Kind} {miss.Text} {miss.A} {miss.B} {miss.C}; found: "
                + string.Join(" | ", facts[miss.Seed].SelectMany(f => Candidates(f, miss))));
        foreach (var (seed, all) in facts)
        {
            var marked = expected.Where(e => e.Seed == seed).Select(e => e.Text).ToHashSet();
            var texts = all.SelectMany(f => f.Quantities.Select(q => q.Text).Concat(f.Dates.Select(d => d.Text))).ToList();
            var unmarked = texts.Where(t => !marked.Contains(t)).ToList();
            output.WriteLine($"{seed}: {texts.Count} found, {unmarked.Count} not in the reading: {string.Join(" ", unmarked)}");
        }
        var recall = 1.0 - (double)misses.Count / expected.Count;
        output.WriteLine($"recall {recall:P1} ({expected.Count - misses.Count}/{expected.Count})");
        Assert.True(expected.Count > 250, "the reading covers the seeds");
        Assert.True(recall >= RequiredRecall, $"recall {recall:P1} < {RequiredRecall:P0}");
    }

    private static bool Found(TextFacts facts, Expected e) => e.Kind == 'q'
        ? facts.Quantities.Any(q => q.Text == e.Text && SameValue(q, e.A) && q.Unit == Null(e.B) && q.Approx == Null(e.C))
        : facts.Dates.Any(d => d.Text == e.Text && d.Start == Null(e.A) && d.End == e.B && d.Grain == e.C);

    private static IEnumerable<string> Candidates(TextFacts facts, Expected e) => e.Kind == 'q'
        ? facts.Quantities.Where(q => q.Text.Contains(e.Text) || e.Text.Contains(q.Text)).Select(q => $"{q.Text} {q.Value} {q.Min}..{q.Max} {q.Unit} {q.Approx}")
        : facts.Dates.Where(d => d.Text.Contains(e.Text) || e.Text.Contains(d.Text)).Select(d => $"{d.Text} {d.Start} {d.End} {d.Grain}");

    private static bool SameValue(Quantity q, string written)
    {
        var range = written.Split("..");
        return range.Length == 2
            ? q.Min == Parse(range[0]) && q.Max == Parse(range[1])
            : q.Value == Parse(written);
    }

    private static decimal Parse(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    private static string? Null(string s) => s == "-" ? null : s;

    /// <summary>The seed's text; OCR columns get their hard line wraps joined, as the print-ocr reader delivers them.</summary>
    private static string SeedText(string seed, bool wrapped)
    {
        var raw = File.ReadAllText(Seeds.File(seed));
        if (!wrapped) return raw;
        var joined = new System.Text.StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var wrap = raw[i] == '\n' && i > 0 && raw[i - 1] != '\n' && i + 1 < raw.Length && raw[i + 1] != '\n';
            if (!wrap) joined.Append(raw[i]);
        }
        return joined.ToString();
    }

    private static (Dictionary<string, Reference>, List<Expected>) ReadFixture()
    {
        var references = new Dictionary<string, Reference>();
        var expected = new List<Expected>();
        var path = Path.Combine(AppContext.BaseDirectory, "Numbers", "SeedReading.tsv");
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f[0] == "ref") references[f[1]] = new Reference(DateOnly.Parse(f[2], CultureInfo.InvariantCulture), f.Length > 3 && f[3] == "wrapped");
            else expected.Add(new Expected(f[1], f[0][0], f[2], f[3], f[4], f[5], lineNumber));
        }
        return (references, expected);
    }
}
