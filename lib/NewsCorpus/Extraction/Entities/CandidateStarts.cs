using NewsCorpus.Segmentation;

namespace NewsCorpus.Extraction.Entities;

/// <summary>
/// The positions of a text where terms of each of several lexicons may start, found in one pass: a byte per character
/// says which lexicons have a term starting with it, so the extractors visit their own positions instead of each
/// scanning the whole text again.
/// </summary>
internal sealed class CandidateStarts
{
    /// <summary>At most this many lexicons, one bit each: the entity extractors ask four.</summary>
    private const int MaxKinds = 4;

    private readonly byte[] _kinds = new byte[char.MaxValue + 1];

    /// <summary>Kind <c>k</c> is the characters of <paramref name="firstChars"/>[k].</summary>
    public CandidateStarts(params CharSet[] firstChars)
    {
        if (firstChars.Length > MaxKinds) throw new ArgumentOutOfRangeException(nameof(firstChars), $"at most {MaxKinds} kinds");
        for (var k = 0; k < firstChars.Length; k++)
            foreach (var c in firstChars[k].Chars()) _kinds[c] |= (byte)(1 << k);
    }

    /// <summary>The positions of <paramref name="text"/>, per kind, in buffers this thread reuses for its next text.</summary>
    public Found In(ReadOnlySpan<char> text)
    {
        var found = (t_found ??= new Found()).Reset(text.Length);
        var kinds = _kinds;
        Span<int> list0 = found.Lists[0], list1 = found.Lists[1], list2 = found.Lists[2], list3 = found.Lists[3];
        int n0 = 0, n1 = 0, n2 = 0, n3 = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // Every position is written to every list and kept only where its character has the list's bit:
            // that costs less than branches taken at random on a quarter of the characters.
            var k = kinds[text[i]];
            list0[n0] = i;
            n0 += k & 1;
            list1[n1] = i;
            n1 += (k >> 1) & 1;
            list2[n2] = i;
            n2 += (k >> 2) & 1;
            list3[n3] = i;
            n3 += k >> 3;
        }
        found.Counts[0] = n0;
        found.Counts[1] = n1;
        found.Counts[2] = n2;
        found.Counts[3] = n3;
        return found;
    }

    [ThreadStatic] private static Found? t_found;

    /// <summary>Positions per kind, ascending.</summary>
    public sealed class Found
    {
        internal readonly int[][] Lists = new int[MaxKinds][];
        internal readonly int[] Counts = new int[MaxKinds];

        internal Found Reset(int length)
        {
            for (var k = 0; k < MaxKinds; k++)
                if (Lists[k] is not { } list || list.Length < length) Lists[k] = new int[Math.Max(length, 2 * (Lists[k]?.Length ?? 0))];
            return this;
        }

        public ReadOnlySpan<int> Of(int kind) => Lists[kind].AsSpan(0, Counts[kind]);
    }
}
