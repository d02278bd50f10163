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
}
