using System.Runtime.CompilerServices;

namespace NewsCorpus.Extraction.Entities;

/// <summary>Character classes of Chinese running text used by the extractors.</summary>
public static class CjkText
{
    /// <summary>A Han ideograph (CJK Unified Ideographs and Extension A).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>True when <paramref name="text"/> is made of Han characters only.</summary>
    public static bool AllHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text) if (!IsHan(c)) return false;
        return text.Length > 0;
    }
}
