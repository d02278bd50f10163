namespace NewsCorpus.Analysis.Terms;

/// <summary>
/// How much more (or less) a term is used in a target set of articles than in a reference set:
/// counts, rates per 10,000 terms, Dunning's log-likelihood G² and the log₂ ratio of the rates.
/// </summary>
public sealed record KeynessRow(string Term, int TargetCount, int ReferenceCount, double TargetPerTenThousand, double ReferencePerTenThousand, double LogLikelihood, double LogRatio)
{
    /// <summary>True when the term is relatively more frequent in the target.</summary>
    public bool Positive => TargetPerTenThousand >= ReferencePerTenThousand;
}

public static class Keyness
{
    /// <summary>G² above this is significant at p &lt; 0.05 (one degree of freedom).</summary>
    public const double Critical05 = 3.84;

    /// <summary>Terms of both sets ranked by G² (most distinctive first); terms seen fewer than <paramref name="minCount"/> times in all are left out.</summary>
    public static IReadOnlyList<KeynessRow> Compare(IEnumerable<Article> target, IEnumerable<Article> reference, TermCounter counter, int minCount = 2)
    {
        var t = Totals(target, counter, out var tTotal);
        var r = Totals(reference, counter, out var rTotal);
        return [.. t.Keys.Union(r.Keys)
            .Select(term => Row(term, t.GetValueOrDefault(term), r.GetValueOrDefault(term), tTotal, rTotal))
            .Where(row => row.TargetCount + row.ReferenceCount >= minCount)
            .OrderByDescending(row => row.LogLikelihood)
            .ThenBy(row => row.Term, StringComparer.Ordinal)];
    }

    /// <summary>Keyness of the articles published in [from2, to2] against those in [from1, to1] (inclusive).</summary>
    public static IReadOnlyList<KeynessRow> BetweenPeriods(IEnumerable<Article> articles, DateOnly from1, DateOnly to1, DateOnly from2, DateOnly to2, TermCounter counter, int minCount = 2)
    {
        var list = articles.ToList();
        return Compare(
            list.Where(a => a.Published is { } d && d >= from2 && d <= to2),
            list.Where(a => a.Published is { } d && d >= from1 && d <= to1),
            counter, minCount);
    }

    /// <summary>Dunning's G² for a term seen a times in c tokens and b times in d tokens.</summary>
    public static double LogLikelihood(int a, int b, long c, long d)
    {
        if (c == 0 || d == 0) return 0;
        var e1 = c * (double)(a + b) / (c + d);
        var e2 = d * (double)(a + b) / (c + d);
        return 2 * (Term(a, e1) + Term(b, e2));
        static double Term(int observed, double expected) => observed == 0 ? 0 : observed * Math.Log(observed / expected);
    }

    private static KeynessRow Row(string term, int a, int b, long c, long d)
    {
        var ta = c == 0 ? 0 : a * 10_000.0 / c;
        var rb = d == 0 ? 0 : b * 10_000.0 / d;
        // Half a count where a side has none keeps the ratio finite (as in Hardie's Log Ratio).
        var ratio = Math.Log2((a == 0 ? 0.5 : a) / (double)Math.Max(c, 1) / ((b == 0 ? 0.5 : b) / (double)Math.Max(d, 1)));
        return new KeynessRow(term, a, b, ta, rb, LogLikelihood(a, b, c, d), ratio);
    }

    private static Dictionary<string, int> Totals(IEnumerable<Article> articles, TermCounter counter, out long total)
    {
        var counts = new Dictionary<string, int>();
        total = 0;
        foreach (var article in articles)
            foreach (var (term, n) in counter.Count(article))
            {
                counts[term] = counts.GetValueOrDefault(term) + n;
                total += n;
            }
        return counts;
    }
}
