using System.IO.Compression;
using System.Text;
using NewsCorpus.Decoding;
using NewsCorpus.Pipeline;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Tests.BadInput;

/// <summary>Damaged copies of the seeds: what is decodable is kept, the rest is U+FFFD with a diagnostic naming line and byte.</summary>
public class CorruptBytesTests
{
    [Fact]
    public void Invalid_bytes_become_replacement_characters_at_the_named_line_and_byte()
    {
        var lines = SeedBytes.Lines("001");
        var line = SeedBytes.FirstChineseLine("001");
        var prefix = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(lines[line - 1]).Substring(0, 3));
        lines[line - 1] = [.. prefix, 0xFF, 0xFE, .. lines[line - 1][prefix.Length..]];
        var bytes = SeedBytes.JoinLines(lines);

        var result = NewsPipeline.Default.ParseBytes(bytes, "001-invalid.txt");
        var decoded = TextDecoder.Decode(bytes, "001-invalid.txt");

        Assert.Equal(FileStatus.Partial, result.Report.Status);
        Assert.Equal("utf-8", result.Report.Encoding);
        var diagnostic = Assert.Single(result.Report.Diagnostics, d => d.Code == "invalid-bytes");
        Assert.Equal(line, diagnostic.Line);
        Assert.Equal(SeedBytes.LineOffset(lines, line) + prefix.Length, diagnostic.ByteOffset);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("2 invalid utf-8 byte sequence(s) replaced by U+FFFD, the first is FF", diagnostic.Message);
        var original = SeedBytes.Text("001");
        var at = original.Split('\n').Take(line - 1).Sum(l => l.Length + 1) + 3;
        Assert.Equal(original.Insert(at, "\uFFFD\uFFFD"), decoded.Text);
    }

    [Fact]
    public void A_GBK_line_in_a_UTF8_file_is_decoded_as_GBK_with_a_warning()
    {
        var lines = SeedBytes.Lines("002");
        var line = SeedBytes.FirstChineseLine("002");
        lines[line - 1] = SeedBytes.Gbk.GetBytes(Encoding.UTF8.GetString(lines[line - 1]));
        var bytes = SeedBytes.JoinLines(lines);

        var result = NewsPipeline.Default.ParseBytes(bytes, "002-mixed.txt");

        Assert.Equal(FileStatus.Parsed, result.Report.Status);
        Assert.Equal("utf-8", result.Report.Encoding);
        var diagnostic = Assert.Single(result.Report.Diagnostics, d => d.Code == "mixed-encoding");
        Assert.Equal((line, SeedBytes.LineOffset(lines, line), Severity.Warning), (diagnostic.Line, diagnostic.ByteOffset, diagnostic.Severity));
        Assert.Equal("line decoded as gb18030; the rest of the file is utf-8", diagnostic.Message);
        Assert.Equal(SeedBytes.Text("002"), TextDecoder.Decode(bytes, "002-mixed.txt").Text);
    }

    [Fact]
    public void A_UTF8_line_in_a_GBK_file_is_decoded_as_UTF8()
    {
        var text = SeedBytes.Text("004").Split('\n');
        var line = SeedBytes.FirstChineseLine("004");
        var lines = text.Select((l, i) => i == line - 1 ? Encoding.UTF8.GetBytes(l) : SeedBytes.Gbk.GetBytes(l)).ToList();
        var bytes = SeedBytes.JoinLines(lines);

        var decoded = TextDecoder.Decode(bytes, "004-mixed.txt");

        Assert.Equal("gb18030", decoded.Encoding);
        Assert.Equal(SeedBytes.Text("004"), decoded.Text);
        var diagnostic = Assert.Single(decoded.Diagnostics);
        Assert.Equal(("mixed-encoding", line, (long?)SeedBytes.LineOffset(lines, line)), (diagnostic.Code, diagnostic.Line, diagnostic.ByteOffset));
    }

    [Fact]
    public void Invalid_bytes_in_a_GBK_file_are_named_with_their_gb18030_offset()
    {
        var lines = SeedBytes.Text("000").Split('\n').Select(l => SeedBytes.Gbk.GetBytes(l)).ToList();
        var line = SeedBytes.FirstChineseLine("000");
        var prefix = SeedBytes.Gbk.GetByteCount(SeedBytes.Text("000").Split('\n')[line - 1][..2]);
        lines[line - 1] = [.. lines[line - 1][..prefix], 0xFF, .. lines[line - 1][prefix..]];
        var bytes = SeedBytes.JoinLines(lines);

        var decoded = TextDecoder.Decode(bytes, "000-gbk.txt");

        Assert.Equal("gb18030", decoded.Encoding);
        var diagnostic = Assert.Single(decoded.Diagnostics);
        Assert.Equal(("invalid-bytes", line, (long?)SeedBytes.LineOffset(lines, line) + prefix), (diagnostic.Code, diagnostic.Line, diagnostic.ByteOffset));
        Assert.Equal(1, decoded.Text.Count(c => c == '\uFFFD'));
    }

    [Fact]
    public void NUL_bytes_become_replacement_characters_with_a_warning_per_line()
    {
        var lines = SeedBytes.Lines("001");
        lines[5] = [.. lines[5], 0, 0];
        var bytes = SeedBytes.JoinLines(lines);

        var result = NewsPipeline.Default.ParseBytes(bytes, "001-nul.txt");
        var decoded = TextDecoder.Decode(bytes, "001-nul.txt");

        Assert.Equal(FileStatus.Parsed, result.Report.Status);
        var diagnostic = Assert.Single(result.Report.Diagnostics, d => d.Code == "nul-bytes");
        Assert.Equal((6, (long?)SeedBytes.LineOffset(lines, 6) + lines[5].Length - 2), (diagnostic.Line, diagnostic.ByteOffset));
        Assert.Equal("2 NUL byte(s) on this line replaced by U+FFFD", diagnostic.Message);
        Assert.Equal(SeedBytes.Text("001").Split('\n')[5] + "\uFFFD\uFFFD", decoded.Text.Split('\n')[5]);
        Assert.DoesNotContain('\0', decoded.Text);
    }

    [Fact]
    public void A_UTF8_file_cut_inside_a_character_keeps_everything_before_the_cut()
    {
        var raw = SeedBytes.Raw("003");
        var text = SeedBytes.Text("003");
        var lastHanzi = text.LastIndexOf(text.Last(c => c is >= '\u4E00' and <= '\u9FFF'));
        var cut = Encoding.UTF8.GetByteCount(text.AsSpan(0, lastHanzi)) + 2;

        var result = NewsPipeline.Default.ParseBytes(raw.AsSpan(0, cut), "003-cut.txt");
        var decoded = TextDecoder.Decode(raw.AsSpan(0, cut), "003-cut.txt");

        Assert.Equal(FileStatus.Partial, result.Report.Status);
        var diagnostic = Assert.Single(result.Report.Diagnostics, d => d.Code == "truncated");
        Assert.Equal((text[..lastHanzi].Count(c => c == '\n') + 1, (long?)cut - 2), (diagnostic.Line, diagnostic.ByteOffset));
        Assert.DoesNotContain(result.Report.Diagnostics, d => d.Code == "invalid-bytes");
        Assert.Equal(text[..lastHanzi] + "\uFFFD", decoded.Text);
    }

    [Fact]
    public void A_GBK_file_cut_after_a_lead_byte_is_truncated_not_garbage()
    {
        var bytes = SeedBytes.Gbk.GetBytes(SeedBytes.Text("004"));
        var cut = bytes.AsSpan(0, Array.FindLastIndex(bytes, b => b >= 0x81) - 0);

        var decoded = TextDecoder.Decode(cut, "004-cut.txt");

        Assert.Equal("gb18030", decoded.Encoding);
        Assert.Equal("truncated", Assert.Single(decoded.Diagnostics).Code);
        Assert.EndsWith("\uFFFD", decoded.Text);
    }

    [Fact]
    public void A_UTF16_file_with_an_odd_byte_count_is_truncated()
    {
        var bytes = SeedBytes.Variant("001", "utf-16le");
        var decoded = TextDecoder.Decode(bytes.AsSpan(0, bytes.Length - 1), "001-cut.txt");

        Assert.Equal("utf-16le", decoded.Encoding);
        var diagnostic = Assert.Single(decoded.Diagnostics);
        Assert.Equal(("truncated", (long?)bytes.Length - 2), (diagnostic.Code, diagnostic.ByteOffset));
        Assert.Equal(SeedBytes.Text("001")[..^1] + "\uFFFD", decoded.Text);
    }

    [Theory]
    [InlineData("png", "PNG image")]
    [InlineData("gzip", "gzip archive")]
    [InlineData("zip", "ZIP archive (or docx/xlsx)")]
    [InlineData("pdf", "PDF document")]
    public void Binary_files_with_a_text_extension_are_unreadable_by_signature(string kind, string format)
    {
        var bytes = Binary(kind, SeedBytes.Raw("002"));

        var result = NewsPipeline.Default.ParseBytes(bytes, $"002.{kind}.txt");

        Assert.Equal(FileStatus.Unreadable, result.Report.Status);
        Assert.Empty(result.Articles);
        Assert.Equal($"not a text file: {format}, by its signature", Assert.Single(result.Report.Diagnostics).Message);
    }

    [Fact]
    public void Text_in_an_unsupported_encoding_is_unreadable_and_says_why()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var bytes = System.Text.Encoding.GetEncoding("big5").GetBytes("株洲日報訊 記者劉瓊 全市共有三千餘人參加獻血活動。\n");

        var result = NewsPipeline.Default.ParseBytes(bytes, "big5.txt");

        Assert.Equal(FileStatus.Unreadable, result.Report.Status);
        Assert.Matches(@"^not a text file: under gb18030 only \d+% of the characters are common Chinese, ASCII or punctuation \(an unsupported encoding such as Big5, or binary\)$",
            Assert.Single(result.Report.Diagnostics).Message);
    }

    [Fact]
    public void Random_bytes_are_unreadable_by_their_noise()
    {
        var bytes = new byte[20_000];
        new Random(8).NextBytes(bytes);

        var result = NewsPipeline.Default.ParseBytes(bytes, "noise.txt");

        Assert.Equal(FileStatus.Unreadable, result.Report.Status);
        Assert.StartsWith("not a text file: binary content: ", Assert.Single(result.Report.Diagnostics).Message);
    }

    [Fact]
    public void A_file_of_NUL_bytes_is_unreadable()
    {
        var result = NewsPipeline.Default.ParseBytes(new byte[4096], "zeros.txt");

        Assert.Equal(FileStatus.Unreadable, result.Report.Status);
        Assert.Equal("not a text file: only NUL bytes (4096)", Assert.Single(result.Report.Diagnostics).Message);
    }

    [Theory]
    [InlineData(new byte[0], "the file is empty")]
    [InlineData(new byte[] { 0x20, 0x20, 0x0D, 0x0A, 0x0A, 0x09 }, "the file holds only whitespace")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "the file is empty")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00 }, "the file holds only whitespace")]
    public void Empty_files_are_reported_empty(byte[] bytes, string message)
    {
        var result = NewsPipeline.Default.ParseBytes(bytes, "empty.txt");

        Assert.Equal(FileStatus.Empty, result.Report.Status);
        Assert.Empty(result.Articles);
        Assert.Equal(message, Assert.Single(result.Report.Diagnostics).Message);
    }

    [Fact]
    public void A_missing_file_is_unreadable_not_an_exception()
    {
        var path = Path.Combine(Seeds.RawDirectory, "no-such-page.txt");

        var result = NewsPipeline.Default.ParseFile(path);

        Assert.Equal(FileStatus.Unreadable, result.Report.Status);
        Assert.StartsWith("cannot read the file: ", Assert.Single(result.Report.Diagnostics).Message);
        Assert.Null(result.Report.ByteCount);
    }

    private static byte[] Binary(string kind, byte[] seed)
    {
        using var buffer = new MemoryStream();
        switch (kind)
        {
            case "gzip":
                using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(seed);
                break;
            case "zip":
                using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
                using (var entry = zip.CreateEntry("page.txt").Open()) entry.Write(seed);
                break;
            case "png":
                buffer.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
                buffer.Write(seed);
                break;
            case "pdf":
                buffer.Write("%PDF-1.7\n"u8);
                buffer.Write(seed);
                break;
        }
        return buffer.ToArray();
    }
}
