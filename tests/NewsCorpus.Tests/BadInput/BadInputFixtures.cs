using System.Text;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Tests.BadInput;

/// <summary>Fixtures made at test time from the seed documents: re-encoded and damaged copies, in a temp folder.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newscorpus-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

public static class SeedBytes
{
    static SeedBytes() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static readonly string[] Numbers = ["000", "001", "002", "003", "004"];

    /// <summary>Strict GBK (code page 936): it throws for characters GBK lacks, such as ◀ and U+00A0.</summary>
    public static Encoding Gbk => Encoding.GetEncoding(936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    public static byte[] Raw(string seed) => File.ReadAllBytes(Seeds.File(seed));

    public static string Text(string seed) => Encoding.UTF8.GetString(Raw(seed));

    /// <summary>The seed's lines as UTF-8 bytes, without terminators (the seeds use LF).</summary>
    public static List<byte[]> Lines(string seed) => [.. Text(seed).Split('\n').Select(Encoding.UTF8.GetBytes)];

    public static byte[] JoinLines(IEnumerable<byte[]> lines) => [.. lines.SelectMany((l, i) => i == 0 ? l : [(byte)'\n', .. l])];

    /// <summary>Byte offset of the start of a 1-based line in LF-separated bytes.</summary>
    public static int LineOffset(IReadOnlyList<byte[]> lines, int line) => lines.Take(line - 1).Sum(l => l.Length + 1);

    /// <summary>The 1-based number of the first line holding at least <paramref name="minimum"/> hanzi.</summary>
    public static int FirstChineseLine(string seed, int minimum = 10) =>
        Text(seed).Split('\n').Select((l, i) => (Count: l.Count(c => c is >= '\u4E00' and <= '\u9FFF'), Line: i + 1)).First(x => x.Count >= minimum).Line;

    /// <summary>The seed re-encoded (and re-lined) the ways corpora arrive.</summary>
    public static byte[] Variant(string seed, string variant)
    {
        var text = Text(seed);
        return variant switch
        {
            "gbk" => Gbk.GetBytes(text),
            "gb18030" => Gb18030.GetBytes(text),
            "gb18030-crlf" => Gb18030.GetBytes(text.Replace("\n", "\r\n")),
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
            "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-8-bom-crlf" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n"))],
            "utf-8-cr" => Encoding.UTF8.GetBytes(text.Replace('\n', '\r')),
            "utf-8-mixed-newlines" => Encoding.UTF8.GetBytes(MixNewlines(text)),
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, null),
        };
    }

    /// <summary>Whether GBK (not only GB18030) can encode the seed: true for 000 and 004.</summary>
    public static bool FitsGbk(string seed)
    {
        try { Gbk.GetBytes(Text(seed)); return true; }
        catch (EncoderFallbackException) { return false; }
    }

    public static readonly string[] Variants =
        ["gbk", "gb18030", "gb18030-crlf", "utf-16le", "utf-16be", "utf-16le-bom", "utf-16be-bom", "utf-8-bom-crlf", "utf-8-cr", "utf-8-mixed-newlines"];

    /// <summary>Line breaks cycling through LF, CR and CRLF (never a CR right before an LF, which would make a CRLF).</summary>
    private static string MixNewlines(string text)
    {
        var builder = new StringBuilder(text.Length + 100);
        var n = 0;
        foreach (var c in text)
        {
            if (c != '\n') builder.Append(c);
            else builder.Append((n++ % 3) switch { 0 => "\n", 1 => "\r", _ => "\r\n" });
        }
        return builder.ToString();
    }
}
