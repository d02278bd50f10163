using System.Text;
using System.Text.Json;
using NewsCorpus.Cli.Commands;

namespace NewsCorpus.Cli.Tests;

public class ExtractCommandTests
{
    private static (int Code, List<JsonElement> Lines, string Errors) Run(string input, string? reference)
    {
        using var output = new MemoryStream();
        var errors = new StringWriter();
        var code = ExtractCommand.Run(reference, new StringReader(input), output, errors);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (code, lines, errors.ToString());
    }

    [Fact]
    public void Writes_one_object_per_line_in_order_with_dates_and_quantities()
    {
        var (code, lines, _) = Run("8日凌晨1点55分,业主反映\n共有 10.5 万个口罩\n没有数字\n", "2022-01-09");
        Assert.Equal(0, code);
        Assert.Equal(3, lines.Count);
        var date = lines[0].GetProperty("dates")[0];
        Assert.Equal("8日凌晨1点55分", date.GetProperty("text").GetString());
        Assert.Equal("2022-01-08T01:55:00", date.GetProperty("start").GetString());
        Assert.Equal("minute", date.GetProperty("grain").GetString());
        Assert.Equal("共有10.5万个口罩", lines[1].GetProperty("text").GetString());
        var q = lines[1].GetProperty("quantities")[0];
        Assert.Equal(105000m, q.GetProperty("value").GetDecimal());
        Assert.Equal("个", q.GetProperty("unit").GetString());
        Assert.Equal([2, 8], q.GetProperty("span").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(0, lines[2].GetProperty("dates").GetArrayLength());
        Assert.Equal(0, lines[2].GetProperty("quantities").GetArrayLength());
    }

    [Fact]
    public void Writes_bare_numbers_with_a_null_unit()
    {
        var (_, lines, _) = Run("容积率为1.5", null);
        var q = lines[0].GetProperty("quantities")[0];
        Assert.Equal(1.5m, q.GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, q.GetProperty("unit").ValueKind);
    }

    [Fact]
    public void Accepts_a_date_time_base_and_leaves_relative_dates_open_without_one()
    {
        var (_, withBase, _) = Run("昨日", "2020-02-19T08:30");
        Assert.Equal("2020-02-18", withBase[0].GetProperty("dates")[0].GetProperty("start").GetString());
        var (_, without, _) = Run("昨日", null);
        Assert.Equal(JsonValueKind.Null, without[0].GetProperty("dates")[0].GetProperty("start").ValueKind);
    }

    [Fact]
    public void Rejects_a_malformed_base_with_a_usage_error()
    {
        var (code, lines, errors) = Run("昨日", "19/02/2020");
        Assert.Equal(2, code);
        Assert.Empty(lines);
        Assert.Contains("--base", errors);
    }
}
