using System.Text;
using NewsCorpus.Pipeline;

namespace NewsCorpus.Tests.BadInput;

/// <summary>
/// Thousands of random mutations of the seeds and of stretches of them (cut, duplicate, swap, flip,
/// insert garbage or NULs, re-encode a stretch) parse without an exception, and each is accounted for in the report.
/// </summary>
public class MutationFuzzTests
{
    private const int Mutants = 2000;

    [Fact]
    public void Mutated_seeds_never_throw_and_every_one_is_reported()
    {
        var seeds = SeedBytes.Numbers.Select(SeedBytes.Raw).ToArray();
        var results = new FileResult[Mutants];

        Parallel.For(0, Mutants, n =>
        {
            var random = new Random(20200219 + n);
            var bytes = Excerpt(seeds[random.Next(seeds.Length)], random);
            var steps = random.Next(1, 4);
            for (var s = 0; s < steps; s++) bytes = Mutate(bytes, random);
            results[n] = NewsPipeline.Default.ParseBytes(bytes, $"mutant-{n:D4}.txt");
        });
        var report = new ParseReport(results.Select(r => r.Report));

        Assert.Equal(Enumerable.Range(0, Mutants).Select(n => $"mutant-{n:D4}.txt"), report.Files.Select(f => f.Path));
        Assert.Equal(Mutants, report.StatusCounts.Values.Sum());
        foreach (var result in results) AssertAccountedFor(result);
        Assert.True(report.StatusCounts[FileStatus.Parsed] > 0 && report.StatusCounts[FileStatus.Partial] > 0, report.Summary);
    }

    private static void AssertAccountedFor(FileResult result)
    {
        var file = result.Report;
        Assert.Equal(result.Articles.Count, file.ArticleCount);
        Assert.All(file.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Message)));
        switch (file.Status)
        {
            case FileStatus.Parsed:
                Assert.DoesNotContain(file.Diagnostics, d => d.Severity == Severity.Error);
                Assert.NotEmpty(result.Articles);
                break;
            case FileStatus.Partial:
                Assert.Contains(file.Diagnostics, d => d.Severity == Severity.Error || d.Code == "no-articles");
                break;
            case FileStatus.Empty or FileStatus.Unreadable:
                Assert.Empty(result.Articles);
                Assert.Single(file.Diagnostics);
                break;
            default:
                Assert.Fail($"{file.Path}: unexpected status {file.Status} for a single file");
                break;
        }
        foreach (var article in result.Articles)
        {
            Assert.InRange(article.Lines.First, 1, article.Lines.Last);
            Assert.Equal(article.Body.Text.Length + 1, article.Body.Offsets.Length);
        }
    }

    /// <summary>One seed in ten whole, else a stretch of 256 B to 4 KB cut at random bytes: the page readers take
    /// tens of milliseconds over a whole page, and a cut page is a mutation worth trying anyway.</summary>
    private static byte[] Excerpt(byte[] seed, Random random)
    {
        if (random.Next(10) == 0) return seed;
        var length = random.Next(256, 4096);
        var start = random.Next(seed.Length - length);
        return seed[start..(start + length)];
    }

    private static byte[] Mutate(byte[] bytes, Random random)
    {
        if (bytes.Length < 4) return [.. bytes, .. "株洲"u8];
        var a = random.Next(bytes.Length);
        var b = Math.Min(bytes.Length, a + random.Next(1, 600));
        return random.Next(8) switch
        {
            0 => bytes[..a],
            1 => [.. bytes[..b], .. bytes[a..b], .. bytes[b..]],
            2 => Swap(bytes, a, random.Next(bytes.Length)),
            3 => Flip(bytes, a, random),
            4 => [.. bytes[..a], .. RandomBytes(random, b - a), .. bytes[a..]],
            5 => [.. bytes[..a], .. new byte[random.Next(1, 4)], .. bytes[a..]],
            6 => [.. bytes[..a], .. ReEncode(bytes[a..b], random), .. bytes[b..]],
            _ => ReEncode(bytes, random),
        };
    }

    private static byte[] Swap(byte[] bytes, int i, int j)
    {
        var copy = (byte[])bytes.Clone();
        (copy[i], copy[j]) = (copy[j], copy[i]);
        return copy;
    }

    private static byte[] Flip(byte[] bytes, int i, Random random)
    {
        var copy = (byte[])bytes.Clone();
        copy[i] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var garbage = new byte[count];
        random.NextBytes(garbage);
        return garbage;
    }

    /// <summary>Decodes as UTF-8 (lossily, as mutated bytes may be broken) and encodes in another encoding, sometimes with a BOM.</summary>
    private static byte[] ReEncode(byte[] bytes, Random random)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return random.Next(5) switch
        {
            0 => SeedBytes.Gb18030.GetBytes(text),
            1 => Encoding.Unicode.GetBytes(text),
            2 => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            3 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n"))],
            _ => Encoding.UTF8.GetBytes(text.Replace('\n', '\r')),
        };
    }
}
