using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using NewsCorpus.Serialization;

namespace NewsCorpus.Tests.Serialization;

public class ArticleJsonWriterTests
{
    [Fact]
    public void A_text_of_several_lines_is_one_escaped_string()
    {
        var json = Write("第一行\n\"引号\"\t与\\\n\n末行");
        Assert.Contains("""
            "text":"第一行\n\"引号\"\t与\\\n\n末行"
            """, json);
    }

    [Fact]
    public void A_character_beyond_the_BMP_and_a_control_character_are_escaped_between_lines()
    {
        Assert.Contains("""
            "text":"\uD840\uDC00\n\u0001\n"
            """, Write("𠀀\n\u0001\n"));
    }

    /// <summary>Written line by line, the text comes out byte for byte as the writer escapes it in one piece.</summary>
    [Property(MaxTest = 500)]
    public bool Equals_the_text_escaped_in_one_piece(string? text, bool manyLines)
    {
        var s = manyLines ? string.Join('\n', (text ?? "").Split('x')) : text ?? "";
        var whole = JsonEncodedText.Encode(s, ArticleJsonWriter.Options.Encoder);
        return Write(s).Contains($"\"text\":\"{whole}\",", StringComparison.Ordinal);
    }

    private static string Write(string text)
    {
        var article = new Article
        {
            Id = "0",
            Source = "t.txt",
            Layout = Layout.EpaperText,
            Lines = new LineRange(1, 1),
            Body = MappedText.Slice(text, 0, text.Length),
        };
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, ArticleJsonWriter.Options)) ArticleJsonWriter.Write(w, article);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
