using FsCheck.Xunit;
using NewsCorpus.Extraction.Entities;

namespace NewsCorpus.Tests.Entities;

public class PositionSetTests
{
    [Fact]
    public void Positions_added_are_contained_and_others_not()
    {
        var set = new PositionSet(100);
        set.Add(0);
        set.Add(63);
        set.Add(64);
        set.Add(100);
        Assert.Equal([0, 63, 64, 100], Enumerable.Range(-5, 120).Where(set.Contains));
    }

    [Property(MaxTest = 200)]
    public bool Agrees_with_a_hash_set(byte length, byte[] positions)
    {
        var set = new PositionSet(length);
        var reference = new HashSet<int>();
        foreach (var p in (positions ?? []).Where(p => p <= length))
        {
            set.Add(p);
            reference.Add(p);
        }
        return Enumerable.Range(-1, length + 3).All(p => set.Contains(p) == reference.Contains(p));
    }

    [Fact]
    public void A_reset_set_forgets_the_positions_of_a_longer_text_before()
    {
        var set = new PositionSet(200);
        set.Add(5);
        set.Add(70);
        set.Add(199);
        set.Reset(80);
        set.Add(6);
        Assert.Equal([6], Enumerable.Range(-5, 220).Where(set.Contains));
    }
}
