using System.Runtime.CompilerServices;

namespace NewsCorpus.Segmentation;

/// <summary>
/// A set of characters, one bit each (8 KB): the characters that start a term of some lexicons, so that a scan
/// jumps to the next position where one of them may match instead of asking each lexicon at every character.
/// </summary>
public sealed class CharSet
{
    private readonly ulong[] _bits = new ulong[1024];

    public CharSet(IEnumerable<char> chars)
    {
        foreach (var c in chars) Add(c);
    }

    /// <summary>The characters of any of <paramref name="sets"/>.</summary>
    public static CharSet Union(params ReadOnlySpan<CharSet> sets)
    {
        var union = new CharSet([]);
        foreach (var set in sets)
            for (var w = 0; w < union._bits.Length; w++) union._bits[w] |= set._bits[w];
        return union;
    }

    internal void Add(char c) => _bits[c >> 6] |= 1UL << c;

    /// <summary>The characters of the set, in code order.</summary>
    public IEnumerable<char> Chars()
    {
        for (var w = 0; w < _bits.Length; w++)
            for (var bits = _bits[w]; bits != 0; bits &= bits - 1)
                yield return (char)(w * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(char c) => (_bits[c >> 6] & (1UL << c)) != 0;

    /// <summary>The first position at or after <paramref name="from"/> holding a character of the set; −1 when none does.</summary>
    public int IndexIn(ReadOnlySpan<char> text, int from)
    {
        var bits = _bits;
        for (var i = Math.Max(from, 0); i < text.Length; i++)
        {
            var c = text[i];
            if ((bits[c >> 6] & (1UL << c)) != 0) return i;
        }
        return -1;
    }
}
