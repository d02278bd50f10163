using NewsCorpus.Dating;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Tests.Dating;

public class ManifestTests
{
    [Fact]
    public void The_repository_manifest_lists_every_seed_with_the_source_of_each_value()
    {
        var manifest = Manifest.Load(Path.Combine(Seeds.DataDirectory, "manifest.csv"));
        Assert.Empty(manifest.Diagnostics);
        Assert.Equal(Directory.EnumerateFiles(Seeds.RawDirectory).Select(Path.GetFileName).Order(), manifest.Rows.Select(r => r.File).Order());
        Assert.All(manifest.Rows, r =>
        {
            Assert.Equal("株洲日报", r.Paper);
            Assert.NotNull(r.PaperSource);
            Assert.NotNull(r.PublishedSource);
        });
        Assert.Equal(new DateOnly(2020, 3, 7), manifest.Find("data/raw/000_34c67c3172766dcc.txt")!.Published);
        Assert.Null(manifest.Find(Seeds.File("001"))!.Published);
        Assert.Equal(4, manifest.Find("002_9f4d943254ce40b6.txt")!.Line);
    }

    [Fact]
    public void Quoted_fields_bad_dates_and_missing_names_are_handled_by_row()
    {
        var manifest = Manifest.Parse("file,published,note,paper\n\"a.txt\",2021-01-02,\"says \"\"hi\"\", twice\nand more\",X报\nb.txt,2021-13-01,,\n,2020-01-01,,\n");
        var a = manifest.Rows[0];
        Assert.Equal(("a.txt", new DateOnly(2021, 1, 2), "says \"hi\", twice\nand more", "X报"), (a.File, a.Published!.Value, a.Note!, a.Paper!));
        Assert.Null(manifest.Rows[1].Published);
        Assert.Equal([(4, "manifest-date"), (5, "manifest-row")], manifest.Diagnostics.Select(d => (d.Line ?? 0, d.Code)));
    }
}
