namespace NewsCorpus.Decoding;

/// <summary>Replaces NUL characters by U+FFFD (they are no text, and break downstream tools), one diagnostic per line.</summary>
internal static class NulBytes
{
    public static string Replace(string text, ReadOnlySpan<byte> bytes, string encoding, DecodeIssues issues)
    {
        var wide = encoding.StartsWith("utf-16", StringComparison.Ordinal);
        var bomLength = encoding.EndsWith("-bom", StringComparison.Ordinal) ? (wide ? 2 : 3) : 0;
        // In UTF-8 and GB18030 the n-th NUL character is the n-th NUL byte.
        var nulBytes = wide ? [] : Positions(bytes);
        var nth = 0;
        var lineEnd = -1;
        for (var i = text.IndexOf('\0'); i >= 0; i = text.IndexOf('\0', i + 1), nth++)
        {
            if (i < lineEnd) continue;
            var end = text.AsSpan(i).IndexOfAny('\n', '\r');
            lineEnd = end < 0 ? text.Length : i + end;
            var onLine = text.AsSpan(i, lineEnd - i).Count('\0');
            long offset = wide ? bomLength + 2L * i : nth < nulBytes.Count ? nulBytes[nth] : -1;
            issues.Add(i, offset, Severity.Warning, "nul-bytes", $"{onLine} NUL byte(s) on this line replaced by U+FFFD");
        }
        return text.Replace('\0', '\uFFFD');
    }

    private static List<int> Positions(ReadOnlySpan<byte> bytes)
    {
        var positions = new List<int>();
        for (var i = bytes.IndexOf((byte)0); i >= 0;)
        {
            positions.Add(i);
            var next = bytes[(i + 1)..].IndexOf((byte)0);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return positions;
    }
}
