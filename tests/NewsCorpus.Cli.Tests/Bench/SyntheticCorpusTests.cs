using System.Security.Cryptography;
using System.Text;
using NewsCorpus.Cli.Bench;
using NewsCorpus.Cli.Commands;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Cli.Tests.Bench;

public sealed class SyntheticCorpusTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("newscorpus-synthetic-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Reaches_the_size_with_no_two_files_equal_and_none_equal_to_a_seed()
    {
        var info = SyntheticCorpus.Generate(Seeds.DataDirectory, _root, 400_000, seed: 7);
        var files = Directory.EnumerateFiles(Path.Combine(_root, "raw"), "*", SearchOption.AllDirectories).ToList();

        Assert.InRange(info.Bytes, 400_000, 400_000 + 22_000);
        Assert.Equal(info.Files, files.Count);
        Assert.Equal(info.Bytes, files.Sum(f => new FileInfo(f).Length));
        var hashes = files.Select(f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))).ToList();
        var seedHashes = Directory.EnumerateFiles(Seeds.RawDirectory).Select(f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
        Assert.Equal(files.Count, hashes.Distinct().Count());
        Assert.Empty(hashes.Intersect(seedHashes));
    }

    [Fact]
    public void Dates_are_shifted_consistently_and_the_file_lives_under_its_year_and_month()
    {
        SyntheticCorpus.Generate(Seeds.DataDirectory, _root, 1, seed: 3);
        // The first file comes from seed 000 (OCR, "2 月 26 日"; no year: the generator takes 2020-06-01 as its date).
        var file = Directory.EnumerateFiles(Path.Combine(_root, "raw"), "*", SearchOption.AllDirectories).Single();
        var name = Path.GetFileNameWithoutExtension(file).Split('_');
        var date = DateOnly.ParseExact(name[1], "yyyyMMdd");
        Assert.Equal("000", name[0]);
        Assert.Equal(Path.Combine(_root, "raw", date.ToString("yyyy"), date.ToString("MM")), Path.GetDirectoryName(file));
        var text = File.ReadAllText(file, Encoding.UTF8);
        Assert.DoesNotContain("2 月 26 日", text);
        var shifted = new DateOnly(2020, 2, 26).AddDays(date.DayNumber - new DateOnly(2020, 6, 1).DayNumber);
        Assert.Contains($"{shifted.Month} 月 {shifted.Day:D2} 日", text);
    }

    [Fact]
    public void The_same_seed_builds_the_same_corpus()
    {
        var a = SyntheticCorpus.Generate(Seeds.DataDirectory, Path.Combine(_root, "a"), 100_000, seed: 5);
        var b = SyntheticCorpus.Generate(Seeds.DataDirectory, Path.Combine(_root, "b"), 100_000, seed: 5);
        Assert.Equal((a.Files, a.Bytes), (b.Files, b.Bytes));
    }

    [Theory]
    [InlineData("50MB", 50_000_000L)]
    [InlineData("200 MB", 200_000_000L)]
    [InlineData("1.5GB", 1_500_000_000L)]
    [InlineData("640k", 640_000L)]
    [InlineData("12", 12L)]
    public void Sizes_are_read_in_decimal_units(string text, long bytes) => Assert.Equal(bytes, BenchCommand.ParseSize(text));

    [Fact]
    public void A_size_without_a_number_is_refused() => Assert.Null(BenchCommand.ParseSize("big"));
}
