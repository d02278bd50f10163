namespace NewsCorpus.Decoding;

/// <summary>
/// Splits bytes into lines at LF, CRLF and lone CR, terminators included. Safe for UTF-8 and
/// GB18030: neither uses 0x0A or 0x0D inside a multi-byte character.
/// </summary>
internal static class ByteLines
{
    public static List<(int Start, int Length)> Split(ReadOnlySpan<byte> bytes)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start < bytes.Length)
        {
            var i = bytes[start..].IndexOfAny((byte)'\n', (byte)'\r');
            if (i < 0)
            {
                lines.Add((start, bytes.Length - start));
                break;
            }
            var end = start + i + 1;
            if (bytes[start + i] == '\r' && end < bytes.Length && bytes[end] == '\n') end++;
            lines.Add((start, end - start));
            start = end;
        }
        return lines;
    }

    public static bool EndsWithTerminator(ReadOnlySpan<byte> line) => line.Length > 0 && line[^1] is (byte)'\n' or (byte)'\r';
}
