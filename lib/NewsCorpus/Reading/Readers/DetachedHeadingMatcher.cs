using NewsCorpus.Reading.Assembly;

namespace NewsCorpus.Reading.Readers;

/// <summary>
/// Attaches headlines printed apart from their bodies (print OCR puts them after the columns) to the
/// untitled articles they belong to: a headline group (column label, headline, author, caption) goes
/// to the body that shares the most character pairs with it, by the assignment that maximises the
/// total share; a lone column label goes to the titled article whose headline shares a pair with it.
/// Whatever cannot be attached is reported and kept out of every article.
/// </summary>
internal static class DetachedHeadingMatcher
{
    /// <summary>Smallest share of a headline's character pairs that must occur in a body to attach it.</summary>
    private const double MinimumShare = 0.2;

    private sealed class Group
    {
        public string? Label;
        public Block? Heading;
        public List<Block> Authors { get; } = [];
        public List<Block> Captions { get; } = [];
        public List<Block> Blocks { get; } = [];
        public string Evidence => string.Concat(new[] { Heading?.Text.Text }.Concat(Captions.Select(c => c.Text.Text)));
    }

    public static IEnumerable<Diagnostic> Attach(SourceDocument document, List<ArticleDraft> drafts, List<Block> detached)
    {
        var groups = GroupBlocks(detached);
        var headed = groups.Where(g => g.Heading is not null).ToList();
        var untitled = drafts.Where(d => d.Title is null && d.HasBody).ToList();
        var evidence = headed.Select(g => Pairs(g.Evidence)).ToArray();
        var scores = Scores(evidence, untitled);
        var assignment = BestAssignment(scores, untitled.Count);
        var diagnostics = new List<Diagnostic>();
        for (var gi = 0; gi < headed.Count; gi++)
        {
            var g = headed[gi];
            if (assignment[gi] is int di && scores[gi][di] >= MinimumShare)
            {
                var d = untitled[di];
                d.Title = g.Heading!.Text.Text;
                d.Section ??= g.Label;
                d.Bylines.AddRange(g.Authors.SelectMany(a => a.Bylines));
                foreach (var c in g.Captions)
                {
                    d.Captions.Add(c.Text.Text);
                    d.Credits.AddRange(c.Bylines);
                }
                d.Elsewhere.AddRange(g.Blocks.Select(b => b.Lines));
                diagnostics.Add(new(document.Path, g.Heading.First, Severity.Info, "detached-heading-attached",
                    $"headline “{d.Title}” (line {g.Heading.First}) attached to the article at line {d.FirstLine}: {scores[gi][di]:P0} of its character pairs occur there"));
            }
            else diagnostics.Add(new(document.Path, g.Heading!.First, Severity.Warning, "detached-heading",
                $"headline “{g.Heading.Text.Text}” stands apart from every body and matches none well enough; kept unattached"));
        }
        foreach (var g in groups.Where(g => g.Heading is null && g.Label is not null))
        {
            var target = drafts.Where(d => d.Title is not null && d.Section is null)
                .Select(d => (Draft: d, Share: Share(g.Label!, d.Title!)))
                .Where(x => x.Share > 0).OrderByDescending(x => x.Share).FirstOrDefault();
            if (target.Draft is { } d)
            {
                d.Section = g.Label;
                d.Elsewhere.AddRange(g.Blocks.Select(b => b.Lines));
                diagnostics.Add(new(document.Path, g.Blocks[0].First, Severity.Info, "detached-label-attached",
                    $"column label “{g.Label}” attached to “{d.Title}”, whose headline shares {target.Share:P0} of its character pairs"));
            }
            else diagnostics.Add(new(document.Path, g.Blocks[0].First, Severity.Warning, "detached-label", $"column label “{g.Label}” could not be attached"));
        }
        foreach (var g in groups.Where(g => g.Heading is null && g.Label is null))
            diagnostics.Add(new(document.Path, g.Blocks[0].First, Severity.Warning, "detached-block", $"“{g.Blocks[0].Text.Text}” stands apart and was not attached"));
        return diagnostics;
    }

    /// <summary>Label + headline + author + captions in page order; a label not followed by a headline stands alone.</summary>
    private static List<Group> GroupBlocks(List<Block> blocks)
    {
        var groups = new List<Group>();
        Group? current = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            switch (b.Kind)
            {
                case BlockKind.Label:
                    current = new Group { Label = b.Text.Text };
                    groups.Add(current);
                    if (i + 1 >= blocks.Count || blocks[i + 1].Kind != BlockKind.Heading) current = null;
                    groups[^1].Blocks.Add(b);
                    continue;
                case BlockKind.Heading when current is null || current.Heading is not null:
                    current = new Group();
                    groups.Add(current);
                    break;
                case BlockKind.Byline or BlockKind.Caption when current is null:
                    current = new Group();
                    groups.Add(current);
                    break;
            }
            current!.Blocks.Add(b);
            if (b.Kind == BlockKind.Heading) current.Heading = b;
            else if (b.Kind == BlockKind.Byline) current.Authors.Add(b);
            else if (b.Kind == BlockKind.Caption) current.Captions.Add(b);
        }
        return groups;
    }

    /// <summary>
    /// Share of each headline's pairs found in each body. Each body is scanned once for the pairs any
    /// headline has, so a long body is neither concatenated nor turned into a set of all its pairs.
    /// </summary>
    private static double[][] Scores(HashSet<int>[] evidence, List<ArticleDraft> bodies)
    {
        var scores = new double[evidence.Length][];
        for (var g = 0; g < evidence.Length; g++) scores[g] = new double[bodies.Count];
        if (evidence.Length == 0) return scores;
        var wanted = new HashSet<int>();
        foreach (var pairs in evidence) wanted.UnionWith(pairs);
        // The ideographs that start a wanted pair, one bit each: most body characters start none, and are passed
        // over without a hash lookup.
        var starts = new ulong[(CjkLast - CjkFirst + 64) / 64];
        foreach (var pair in wanted)
        {
            var first = (char)(pair >> 16);
            starts[first - CjkFirst >> 6] |= 1UL << (first - CjkFirst);
        }
        var found = new HashSet<int>();
        for (var d = 0; d < bodies.Count; d++)
        {
            found.Clear();
            var previous = '\0';
            foreach (var segment in bodies[d].Segments)
                for (var k = 0; k < segment.Text.PieceCount; k++)
                    foreach (var c in segment.Text.Piece(k))
                    {
                        if (IsCjk(previous) && IsCjk(c) && (starts[previous - CjkFirst >> 6] & 1UL << (previous - CjkFirst)) != 0
                            && wanted.Contains(Pair(previous, c))) found.Add(Pair(previous, c));
                        previous = c;
                    }
            for (var g = 0; g < evidence.Length; g++) scores[g][d] = Share(evidence[g], found);
        }
        return scores;
    }

    /// <summary>Share of the CJK character pairs of <paramref name="evidence"/> that occur in <paramref name="text"/>.</summary>
    internal static double Share(string evidence, string text) => Share(Pairs(evidence), Pairs(text));

    private static double Share(HashSet<int> evidence, HashSet<int> text)
    {
        if (evidence.Count == 0) return 0;
        var found = 0;
        foreach (var pair in evidence)
            if (text.Contains(pair)) found++;
        return (double)found / evidence.Count;
    }

    /// <summary>The CJK character pairs of a text, each as the two chars in one int.</summary>
    private static HashSet<int> Pairs(string s)
    {
        var set = new HashSet<int>();
        for (var i = 0; i + 1 < s.Length; i++)
            if (IsCjk(s[i]) && IsCjk(s[i + 1])) set.Add(Pair(s[i], s[i + 1]));
        return set;
    }

    private static int Pair(char first, char second) => first << 16 | second;

    private const char CjkFirst = '\u4e00';
    private const char CjkLast = '\u9fff';

    private static bool IsCjk(char c) => c is >= CjkFirst and <= CjkLast;

    /// <summary>Above this many detached headlines the exhaustive search gives way to greedy pairing.</summary>
    private const int ExhaustiveLimit = 7;

    /// <summary>
    /// The one-to-one assignment of groups to articles with the largest total share: exhaustive for
    /// the few detached headlines a page has, greedy (best pair first) beyond <see cref="ExhaustiveLimit"/>.
    /// </summary>
    private static int?[] BestAssignment(double[][] scores, int targets)
    {
        if (scores.Length > ExhaustiveLimit) return GreedyAssignment(scores, targets);
        var best = new int?[scores.Length];
        var bestTotal = -1.0;
        var current = new int?[scores.Length];
        var used = new bool[targets];
        void Search(int g, double total)
        {
            if (g == scores.Length)
            {
                if (total > bestTotal) { bestTotal = total; Array.Copy(current, best, current.Length); }
                return;
            }
            current[g] = null;
            Search(g + 1, total);
            for (var t = 0; t < targets; t++)
            {
                if (used[t] || scores[g][t] < MinimumShare) continue;
                used[t] = true;
                current[g] = t;
                Search(g + 1, total + scores[g][t]);
                used[t] = false;
            }
        }
        Search(0, 0);
        return best;
    }

    private static int?[] GreedyAssignment(double[][] scores, int targets)
    {
        var result = new int?[scores.Length];
        var used = new bool[targets];
        var pairs = Enumerable.Range(0, scores.Length)
            .SelectMany(g => Enumerable.Range(0, targets).Select(t => (g, t, Score: scores[g][t])))
            .Where(p => p.Score >= MinimumShare)
            .OrderByDescending(p => p.Score);
        foreach (var (g, t, _) in pairs)
        {
            if (result[g] is not null || used[t]) continue;
            result[g] = t;
            used[t] = true;
        }
        return result;
    }
}
