using System.Runtime.CompilerServices;

namespace NewsCorpus.Extraction.Entities;

/// <summary>
/// A set of offsets 0..length of one text, one bit each: the extractors mark mention ends and starts and ask
/// about them at almost every character, which a hash set makes costly.
/// </summary>
public sealed class PositionSet(int length)
{
    private readonly ulong[] _bits = new ulong[(length >> 6) + 1];

    /// <summary>Adds <paramref name="position"/>; positions outside 0..length are ignored (they are never asked about).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int position)
    {
        if ((uint)(position >> 6) < (uint)_bits.Length) _bits[position >> 6] |= 1UL << position;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(int position) =>
        (uint)(position >> 6) < (uint)_bits.Length && (_bits[position >> 6] & (1UL << position)) != 0;
}
