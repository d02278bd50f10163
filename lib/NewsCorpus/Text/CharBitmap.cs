namespace NewsCorpus.Text;

/// <summary>
/// A set of characters as one bit per UTF-16 code unit (8 KB). For sets of common characters (日, 年, 一 …)
/// a test per character is cheaper than a vectorised IndexOfAny that stops and restarts at every hit.
/// </summary>
internal sealed class CharBitmap
{
    private readonly ulong[] _bits = new ulong[(char.MaxValue + 1) / 64];

    public CharBitmap(IEnumerable<char> chars)
    {
        foreach (var c in chars) _bits[c >> 6] |= 1UL << c;
    }

    public bool Contains(char c) => (_bits[c >> 6] & 1UL << c) != 0;

    /// <summary>The index of the first character of the set at or after <paramref name="from"/>, or −1.</summary>
    public int IndexIn(ReadOnlySpan<char> text, int from)
    {
        var bits = _bits;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if ((bits[c >> 6] & 1UL << c) != 0) return i;
        }
        return -1;
    }
}
