using System.Text.Json;
using NewsCorpus.Analysis.Store;

namespace NewsCorpus.Analysis.Tests.Store;

/// <summary>The JSON arrays DuckDB's to_json makes of the captions and continuations columns.</summary>
public sealed class MetadataJsonTests
{
    [Fact]
    public void A_string_array_is_read_with_its_escapes_undone()
    {
        var strings = MetadataJson.ReadStrings("""["▲ 图一", "转\"第二版\"", "\u00e9\ud840\udc0b", ""]"""u8);

        Assert.Equal(["▲ 图一", "转\"第二版\"", "é\U0002000B", ""], strings);
    }

    [Fact]
    public void An_empty_array_is_an_empty_list() => Assert.Empty(MetadataJson.ReadStrings("[]"u8));

    [Fact]
    public void Anything_but_an_array_is_refused() => Assert.Throws<JsonException>(() => MetadataJson.ReadStrings("""{"a":1}"""u8));
}
