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

    internal void Add(char c) => _bits[c >> 6] |= 1UL << c;

    /// <summary>The characters of the set, in code order.</summary>
    public IEnumerable<char> Chars()
    {
        for (var c = 0; c <= char.MaxValue; c++)
            if (Contains((char)c)) yield return (char)c;
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
