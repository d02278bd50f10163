using System.Runtime.CompilerServices;

namespace NewsCorpus.Extraction.Entities;

/// <summary>
/// A set of offsets 0..length of one text, one bit each: the extractors mark mention ends and starts and ask
/// about them at almost every character, which a hash set makes costly. <see cref="Reset"/> reuses the set for
/// the next text, so an extractor keeps one per thread instead of allocating one per article.
/// </summary>
public sealed class PositionSet
{
    private ulong[] _bits = [];
    /// <summary>Words of <see cref="_bits"/> in use for the current text; later ones may hold an earlier text's bits.</summary>
    private int _words;

    public PositionSet(int length) => Reset(length);

    /// <summary>Empties the set and sizes it for offsets 0..<paramref name="length"/>.</summary>
    public PositionSet Reset(int length)
    {
        _words = (length >> 6) + 1;
        if (_bits.Length < _words) _bits = new ulong[Math.Max(_words, 2 * _bits.Length)];
        else Array.Clear(_bits, 0, _words);
        return this;
    }

    /// <summary>Adds <paramref name="position"/>; positions outside 0..length are ignored (they are never asked about).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int position)
    {
        if ((uint)(position >> 6) < (uint)_words) _bits[position >> 6] |= 1UL << position;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(int position) =>
        (uint)(position >> 6) < (uint)_words && (_bits[position >> 6] & (1UL << position)) != 0;
}
