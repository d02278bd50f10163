using System.Runtime.CompilerServices;

namespace NewsCorpus.Extraction.Dates;

/// <summary>
/// Where a recognizer's match ends and where its groups are, as the numbered groups of a regex would
/// say: a group is either absent or a range of the text. The default value has every group absent.
/// </summary>
internal struct Captures
{
    public const int Slots = 7;

    /// <summary>Per group: its index plus one (0 when absent) and its length.</summary>
    private GroupRanges _groups;

    public int End;

    public readonly bool Has(int group) => _groups[group].IndexPlusOne > 0;

    public readonly int Index(int group) => _groups[group].IndexPlusOne - 1;

    public readonly int Length(int group) => _groups[group].Length;

    public readonly ReadOnlySpan<char> Value(string text, int group) => Has(group) ? text.AsSpan(Index(group), Length(group)) : [];

    public void Set(int group, int index, int length) => _groups[group] = (index + 1, length);

    public void Clear(int group) => _groups[group] = default;

    [InlineArray(Slots)]
    private struct GroupRanges
    {
        private (int IndexPlusOne, int Length) _first;
    }
}
