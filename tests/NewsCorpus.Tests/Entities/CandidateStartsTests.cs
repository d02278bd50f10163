using FsCheck.Xunit;
using NewsCorpus.Extraction.Entities;
using NewsCorpus.Segmentation;

namespace NewsCorpus.Tests.Entities;

public class CandidateStartsTests
{
    [Fact]
    public void Each_kind_gets_the_positions_of_its_own_characters()
    {
        var starts = new CandidateStarts(new CharSet("株天"), new CharSet("区市"), new CharSet("市"), new CharSet([]));
        var found = starts.In("株洲市天元区人民政府");
        Assert.Equal([0, 3], found.Of(0).ToArray());
        Assert.Equal([2, 5], found.Of(1).ToArray());
        Assert.Equal([2], found.Of(2).ToArray());
        Assert.Empty(found.Of(3).ToArray());
    }

    /// <summary>The one pass finds, for every kind, what scanning the text for that kind's characters finds.</summary>
    [Property(MaxTest = 200)]
    public bool Agrees_with_a_scan_per_kind(string? text, string? first, string? second)
    {
        var s = text ?? "";
        CharSet[] sets = [new(first ?? ""), new(second ?? ""), new("株洲市"), new(s.Take(3))];
        var found = new CandidateStarts(sets).In(s);
        for (var k = 0; k < sets.Length; k++)
        {
            var expected = new List<int>();
            for (var i = sets[k].IndexIn(s, 0); i >= 0; i = sets[k].IndexIn(s, i + 1)) expected.Add(i);
            if (!expected.SequenceEqual(found.Of(k).ToArray())) return false;
        }
        return true;
    }
}
