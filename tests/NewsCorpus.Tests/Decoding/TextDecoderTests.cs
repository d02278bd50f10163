using System.Text;
using NewsCorpus.Decoding;
using NewsCorpus.Tests.BadInput;

namespace NewsCorpus.Tests.Decoding;

public class TextDecoderTests
{
    [Theory]
    [InlineData("001", "utf-16le")]
    [InlineData("001", "utf-16be")]
    [InlineData("004", "utf-16le")]
    [InlineData("004", "utf-16be")]
    public void UTF16_without_BOM_is_recognised_by_its_NUL_pattern(string seed, string variant)
    {
        var decoded = TextDecoder.Decode(SeedBytes.Variant(seed, variant), "x.txt");

        Assert.Equal(variant, decoded.Encoding);
        Assert.Equal(SeedBytes.Text(seed), decoded.Text);
        Assert.Empty(decoded.Diagnostics);
    }

    [Fact]
    public void UTF16_without_BOM_and_without_any_ASCII_is_recognised_by_plausibility()
    {
        var hanzi = string.Concat(SeedBytes.Text("002").Where(c => c is >= '\u4E00' and <= '\u9FFF'));

        var decoded = TextDecoder.Decode(Encoding.Unicode.GetBytes(hanzi), "x.txt");

        Assert.Equal(("utf-16le", hanzi), (decoded.Encoding, decoded.Text));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Dense_UTF16_prose_with_a_line_break_per_paragraph_is_recognised(bool bigEndian)
    {
        var hanzi = string.Concat(SeedBytes.Text("000").Where(c => c is >= '\u4E00' and <= '\u9FFF'));
        var prose = string.Join('\n', hanzi.Chunk(400).Select(chunk => new string(chunk)));
        var bytes = (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetBytes(prose);

        var decoded = TextDecoder.Decode(bytes, "x.txt");

        Assert.Equal((bigEndian ? "utf-16be" : "utf-16le", prose), (decoded.Encoding, decoded.Text));
    }

    [Fact]
    public void An_unpaired_surrogate_is_replaced_and_named()
    {
        var bytes = SeedBytes.Variant("001", "utf-16le-bom");
        var text = SeedBytes.Text("001");
        var at = text.IndexOf('\n', text.IndexOf('\n') + 1) + 1;
        bytes[2 + 2 * at] = 0x00;
        bytes[2 + 2 * at + 1] = 0xD8;

        var decoded = TextDecoder.Decode(bytes, "x.txt");

        var diagnostic = Assert.Single(decoded.Diagnostics);
        Assert.Equal(("invalid-bytes", 3, (long?)2 + 2 * at), (diagnostic.Code, diagnostic.Line, diagnostic.ByteOffset));
        Assert.Equal("unpaired utf-16le surrogate D800 replaced by U+FFFD", diagnostic.Message);
        Assert.Equal('\uFFFD', decoded.Text[at]);
    }

    [Fact]
    public void GBK_is_told_from_UTF8_by_strict_decoding()
    {
        var decoded = TextDecoder.Decode(SeedBytes.Variant("000", "gbk"), "x.txt");

        Assert.Equal(("gb18030", SeedBytes.Text("000")), (decoded.Encoding, decoded.Text));
        Assert.Empty(decoded.Diagnostics);
    }

    [Theory]
    [InlineData("株洲日报")]
    [InlineData("献血")]
    [InlineData("复工复产")]
    public void Short_UTF8_that_is_also_valid_GB18030_stays_UTF8(string text)
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(text), "x.txt");

        Assert.Equal(("utf-8", text), (decoded.Encoding, decoded.Text));
    }

    [Fact]
    public void A_short_GBK_line_is_GBK_even_when_it_could_be_misread()
    {
        var bytes = SeedBytes.Gbk.GetBytes("市民踊跃献血");

        Assert.Equal(("gb18030", "市民踊跃献血"), (TextDecoder.Decode(bytes, "x.txt").Encoding, TextDecoder.Decode(bytes, "x.txt").Text));
    }

    [Fact]
    public void Mojibake_scores_far_below_the_real_text()
    {
        var text = SeedBytes.Text("003");
        var utf8ReadAsGb = SeedBytes.Gb18030.GetString(Encoding.UTF8.GetBytes(text));
        var gbReadAsUtf8 = Encoding.UTF8.GetString(SeedBytes.Gb18030.GetBytes(text));

        Assert.InRange(ChinesePlausibility.Score(text), 0.9, 1.0);
        Assert.InRange(ChinesePlausibility.Score(utf8ReadAsGb), 0.0, 0.5);
        Assert.InRange(ChinesePlausibility.Score(gbReadAsUtf8), 0.0, 0.5);
    }

    [Theory]
    [InlineData("a\nb\n", "a\nb\n", NewlineStyle.Lf)]
    [InlineData("a\r\nb\r\n", "a\nb\n", NewlineStyle.CrLf)]
    [InlineData("a\rb\r", "a\nb\n", NewlineStyle.Cr)]
    [InlineData("a\r\nb\nc\rd", "a\nb\nc\nd", NewlineStyle.Mixed)]
    [InlineData("a\r\r\nb", "a\n\nb", NewlineStyle.Mixed)]
    [InlineData("one line", "one line", NewlineStyle.None)]
    public void Line_breaks_are_normalised_and_their_style_recorded(string raw, string text, NewlineStyle style)
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(raw), "x.txt");

        Assert.Equal((text, style), (decoded.Text, decoded.Newlines));
    }

    [Fact]
    public void Line_numbers_of_diagnostics_count_CR_CRLF_and_LF_alike()
    {
        var bytes = "甲\r乙\r\n丙\n丁"u8.ToArray().Concat(new byte[] { 0xFF }).ToArray();

        var diagnostic = Assert.Single(TextDecoder.Decode(bytes, "x.txt").Diagnostics);

        Assert.Equal((4, (long?)bytes.Length - 1), (diagnostic.Line, diagnostic.ByteOffset));
    }

    [Fact]
    public void A_file_full_of_invalid_sequences_lists_fifty_and_counts_the_rest()
    {
        var lines = Enumerable.Range(0, 120).Select(i => (byte[])[.. Encoding.UTF8.GetBytes("株洲日报讯"), 0xFF]).ToList();

        var decoded = TextDecoder.Decode(SeedBytes.JoinLines(lines), "x.txt");

        Assert.Equal(51, decoded.Diagnostics.Count);
        Assert.Equal("70 more invalid-bytes problems not listed (first 50 above)", decoded.Diagnostics[^1].Message);
    }
}
