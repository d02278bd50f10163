using NewsCorpus.Tests.Shared;
using NewsCorpus.Text;

namespace NewsCorpus.Tests.Text;

public class NormalizerSharingTests
{
    [Fact]
    public void A_text_with_nothing_to_change_is_returned_as_it_is()
    {
        var spaced = new MappedText("捐献 400毫升", [10, 11, 12, 13, 14, 15, 16, 17, 18]);
        Assert.Equal("捐献400毫升", TextNormalizer.Normalize(spaced).Text); // OCR spacing goes
        var plain = new MappedText("株洲日报记者\n“今天”", [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
        Assert.Same(plain, TextNormalizer.Normalize(plain));
    }

    [Fact]
    public void A_text_changed_character_for_character_keeps_its_offsets()
    {
        var body = new MappedText("１２月「通知」", [3, 4, 5, 6, 7, 8, 9, 10]);
        var normalized = TextNormalizer.Normalize(body);
        Assert.Equal("12月“通知”", normalized.Text);
        Assert.Same(body.Offsets, normalized.Offsets);
    }

    [Fact]
    public void Dropped_spaces_take_their_offsets_with_them()
    {
        var normalized = TextNormalizer.Normalize("2 月 26 日");
        Assert.Equal("2月26日", normalized.Text);
        Assert.Equal([0, 2, 4, 5, 7, 8], normalized.Offsets);
    }

    [Fact]
    public void Seed_texts_normalise_as_before_whichever_way_they_go()
    {
        foreach (var file in Directory.EnumerateFiles(Seeds.RawDirectory))
        {
            var raw = File.ReadAllText(file);
            var once = TextNormalizer.Normalize(raw);
            var twice = TextNormalizer.Normalize(once);
            // Normalising twice changes nothing, so the second pass returns the first as it is when it holds no space to weigh.
            Assert.Equal(once.Text, twice.Text);
            Assert.Equal(once.Offsets, twice.Offsets);
        }
    }
}
