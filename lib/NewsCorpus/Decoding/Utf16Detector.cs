namespace NewsCorpus.Decoding;

/// <summary>
/// Recognises UTF-16 without a byte order mark by its NUL pattern: ASCII characters (line breaks,
/// digits, spaces) put a NUL in the high byte, so one byte position of the pairs is often NUL
/// and the other almost never is.
/// </summary>
internal static class Utf16Detector
{
    private const int SampleBytes = 64 * 1024;

    /// <summary>true for big-endian, false for little-endian, null when the NUL pattern is not UTF-16's.</summary>
    public static bool? ByteOrder(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        if (!sample.Contains((byte)0)) return null; // no NUL at all, as in all 8-bit text
        int even = 0, odd = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0) even++;
            if (sample[i + 1] == 0) odd++;
        }
        var pairs = sample.Length / 2;
        var dominant = Math.Max(even, odd);
        var minor = Math.Min(even, odd);
        // Dense Chinese prose has few ASCII characters (a line break per paragraph), so a low share
        // suffices; the caller still requires the UTF-16 reading to be plausible.
        if (dominant < 2 || dominant < pairs / 1000 || minor * 4 > dominant) return null;
        return even > odd;
    }
}
