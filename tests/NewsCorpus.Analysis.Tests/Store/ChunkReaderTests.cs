using System.Globalization;
using DuckDB.NET.Data;
using NewsCorpus.Analysis.Store;

namespace NewsCorpus.Analysis.Tests.Store;

public sealed class ChunkReaderTests : IDisposable
{
    private readonly DuckDBConnection _connection = new("Data Source=:memory:");

    public ChunkReaderTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void Values_read_in_place_equal_what_DuckDB_NET_reads()
    {
        const string sql = """
            SELECT * FROM (VALUES
                (1::BIGINT, 7, true, 0.25::DOUBLE, 71::DECIMAL(38, 10), '株洲', '株洲市疾病预防控制中心', '\x01\xFF'::BLOB),
                (-5::BIGINT, NULL, false, -1.5::DOUBLE, -0.125::DECIMAL(38, 10), NULL, '', NULL),
                (2::BIGINT, 0, NULL, NULL, NULL, '123456789012', '1234567890123', ''::BLOB),
                (3::BIGINT, 3, true, 2.0::DOUBLE, 936.5::DECIMAL(38, 10), 'x', 'y', 'z'::BLOB)
            ) t(id, n, flag, score, amount, short_text, long_text, bytes)
            ORDER BY id
            """;
        var expected = new List<string>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = sql;
            using var r = command.ExecuteReader();
            while (r.Read())
                expected.Add(Row(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt32(1), r.IsDBNull(2) ? null : r.GetBoolean(2),
                    r.IsDBNull(3) ? null : r.GetDouble(3), r.IsDBNull(4) ? null : r.GetDecimal(4),
                    r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6),
                    r.IsDBNull(7) ? null : Convert.ToHexString(ReadAll(r.GetStream(7)))));
        }

        var actual = new List<string>();
        using (var r = ChunkReader.Open(_connection, sql))
            while (r.Read())
                actual.Add(Row(r.Int64(0), r.NullableInt32(1), r.IsNull(2) ? null : r.Boolean(2), r.IsNull(3) ? null : r.Double(3), r.Decimal(4),
                    r.String(5), r.String(6), r.Bytes(7) is { } b ? Convert.ToHexString(b) : null));

        Assert.Equal(
        [
            "-5|null|False|-1.5|-0.125|null||null",
            "1|7|True|0.25|71|株洲|株洲市疾病预防控制中心|01FF",
            "2|0|null|null|null|123456789012|1234567890123|",
            "3|3|True|2|936.5|x|y|7A",
        ], actual);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Parameters_bind_in_order_and_rows_stream_across_chunks()
    {
        using var r = ChunkReader.Open(_connection, "SELECT i FROM range($1, $2) t(i)", 10, 5000);
        var sum = 0L;
        var count = 0;
        while (r.Read())
        {
            sum += r.Int64(0);
            count++;
        }
        Assert.Equal((4990, Enumerable.Range(10, 4990).Sum(i => (long)i)), (count, sum));
        Assert.False(r.Read());
    }

    [Fact]
    public void A_column_read_as_another_type_fails_with_its_name()
    {
        using var r = ChunkReader.Open(_connection, "SELECT 1::INTEGER AS n, 'a' AS s");
        Assert.True(r.Read());
        Assert.Equal("column n is Integer, read as BigInt", Assert.Throws<InvalidDataException>(() => r.Int64(0)).Message);
        Assert.Equal("column s is Varchar, read as Integer", Assert.Throws<InvalidDataException>(() => r.Int32(1)).Message);
    }

    [Fact]
    public void A_query_DuckDB_refuses_fails_with_DuckDBs_message()
    {
        var e = Assert.Throws<InvalidOperationException>(() => ChunkReader.Open(_connection, "SELECT nothing FROM nowhere"));
        Assert.Contains("nowhere", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pool_gives_one_instance_per_distinct_value()
    {
        var pool = new Utf8StringPool();
        var first = pool.Get("株洲市"u8);
        var again = pool.Get("株洲市"u8);
        var other = pool.Get("株洲"u8);
        Assert.Equal("株洲市", first);
        Assert.Same(first, again);
        Assert.Equal("株洲", other);
    }

    private static string Row(long id, int? n, bool? flag, double? score, decimal? amount, string? shortText, string? longText, string? bytes) =>
        string.Join('|', id, n?.ToString(CultureInfo.InvariantCulture) ?? "null", flag?.ToString() ?? "null",
            score?.ToString(CultureInfo.InvariantCulture) ?? "null", amount?.ToString(CultureInfo.InvariantCulture) ?? "null",
            shortText ?? "null", longText ?? "null", bytes ?? "null");

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
