using System.Runtime.InteropServices;
using System.Text;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace NewsCorpus.Analysis.Store;

/// <summary>
/// Streams a query's rows through DuckDB's C API, reading each value where DuckDB's data chunk
/// holds it: numbers straight from the vector, strings as UTF-8 spans. DuckDB.NET's reader makes a
/// string for every text cell it is asked for and dispatches every cell through a virtual reader;
/// over millions of mention rows whose values are a few hundred distinct names, that was most of a
/// load's cost (README, "The store and scale", Loading). Each getter checks the column's type, so a
/// query that does not return what the caller expects fails with the column's name instead of
/// reading the wrong bytes.
/// </summary>
internal sealed unsafe class ChunkReader : IDisposable
{
    private readonly DuckDBPreparedStatement _statement;
    private DuckDBResult _result;
    private readonly DuckDBType[] _types;
    private readonly byte[] _scales;
    private readonly string[] _names;
    private readonly nint[] _data;
    private readonly nint[] _validity;
    private DuckDBDataChunk? _chunk;
    private int _row;
    private int _size;

    private ChunkReader(DuckDBPreparedStatement statement, DuckDBResult result)
    {
        _statement = statement;
        _result = result;
        var columns = (int)NativeMethods.Query.DuckDBColumnCount(ref _result);
        _types = new DuckDBType[columns];
        _scales = new byte[columns];
        _names = new string[columns];
        _data = new nint[columns];
        _validity = new nint[columns];
        for (var i = 0; i < columns; i++)
        {
            _types[i] = NativeMethods.Query.DuckDBColumnType(ref _result, i);
            _names[i] = NativeMethods.Query.DuckDBColumnName(ref _result, i);
            if (_types[i] == DuckDBType.Decimal)
            {
                using var type = NativeMethods.Query.DuckDBColumnLogicalType(ref _result, i);
                if (NativeMethods.LogicalType.DuckDBDecimalInternalType(type) != DuckDBType.HugeInt)
                    throw new InvalidDataException($"column {_names[i]}: only DECIMAL of width 19 to 38 (stored as HUGEINT) is read");
                _scales[i] = NativeMethods.LogicalType.DuckDBDecimalScale(type);
            }
        }
    }

    /// <summary>Runs <paramref name="sql"/> with BIGINT parameters $1, $2 … and streams its result.</summary>
    public static ChunkReader Open(DuckDBConnection connection, string sql, params long[] parameters)
    {
        if (NativeMethods.PreparedStatements.DuckDBPrepare(connection.NativeConnection, sql, out var statement) != DuckDBState.Success)
        {
            var error = NativeMethods.PreparedStatements.DuckDBPrepareError(statement);
            statement.Dispose();
            throw new InvalidOperationException($"DuckDB: {error} ({sql})");
        }
        try
        {
            for (var i = 0; i < parameters.Length; i++)
                if (NativeMethods.PreparedStatements.DuckDBBindInt64(statement, i + 1, parameters[i]) != DuckDBState.Success)
                    throw new InvalidOperationException($"DuckDB: cannot bind parameter ${i + 1} of {sql}");
            if (NativeMethods.PreparedStatements.DuckDBExecutePreparedStreaming(statement, out var result) != DuckDBState.Success)
            {
                var error = NativeMethods.Query.DuckDBResultError(ref result);
                NativeMethods.Query.DuckDBDestroyResult(ref result);
                throw new InvalidOperationException($"DuckDB: {error} ({sql})");
            }
            return new ChunkReader(statement, result);
        }
        catch
        {
            statement.Dispose();
            throw;
        }
    }

    /// <summary>Moves to the next row; false after the last.</summary>
    public bool Read()
    {
        if (++_row < _size) return true;
        while (true)
        {
            _chunk?.Dispose();
            _chunk = NativeMethods.StreamingResult.DuckDBStreamFetchChunk(_result);
            if (_chunk.IsInvalid)
            {
                _chunk.Dispose();
                _chunk = null;
                _size = _row = 0;
                return false;
            }
            _size = (int)NativeMethods.DataChunks.DuckDBDataChunkGetSize(_chunk);
            if (_size == 0) continue;
            for (var i = 0; i < _data.Length; i++)
            {
                var vector = NativeMethods.DataChunks.DuckDBDataChunkGetVector(_chunk, i);
                _data[i] = (nint)NativeMethods.Vectors.DuckDBVectorGetData(vector);
                _validity[i] = (nint)NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
            }
            _row = 0;
            return true;
        }
    }

    public bool IsNull(int column)
    {
        var validity = (ulong*)_validity[column];
        return validity is not null && (validity[_row >> 6] & (1UL << (_row & 63))) == 0;
    }

    public long Int64(int column) => ((long*)Data(column, DuckDBType.BigInt))[_row];

    public int Int32(int column) => ((int*)Data(column, DuckDBType.Integer))[_row];

    public bool Boolean(int column) => ((byte*)Data(column, DuckDBType.Boolean))[_row] != 0;

    public double Double(int column) => ((double*)Data(column, DuckDBType.Double))[_row];

    public int? NullableInt32(int column) => IsNull(column) ? null : Int32(column);

    /// <summary>A DECIMAL as the smallest-scale <see cref="decimal"/> equal to it (71, not 71.0000000000); null for NULL.</summary>
    public decimal? Decimal(int column)
    {
        if (IsNull(column)) return null;
        var value = ((Int128*)Data(column, DuckDBType.Decimal))[_row];
        var negative = value < 0;
        var magnitude = (UInt128)(negative ? -value : value);
        if (magnitude >> 96 != 0) throw new OverflowException($"column {_names[column]}: {value} does not fit a decimal");
        var unscaled = new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, 0);
        return unscaled / Pow10[_scales[column]];
    }

    /// <summary>The UTF-8 bytes of a VARCHAR or BLOB, valid until the next <see cref="Read"/>; empty for NULL.</summary>
    public ReadOnlySpan<byte> Utf8(int column)
    {
        var type = _types[column];
        if (type is not (DuckDBType.Varchar or DuckDBType.Blob)) throw WrongType(column, DuckDBType.Varchar);
        if (IsNull(column)) return default;
        // duckdb_string_t: a 4-byte length, then up to 12 bytes inline, or a 4-byte prefix and a pointer.
        var cell = (byte*)_data[column] + (long)_row * 16;
        var length = *(int*)cell;
        return length <= 12 ? new ReadOnlySpan<byte>(cell + 4, length) : new ReadOnlySpan<byte>(*(byte**)(cell + 8), length);
    }

    public string? String(int column) => IsNull(column) ? null : Encoding.UTF8.GetString(Utf8(column));

    public byte[]? Bytes(int column) => IsNull(column) ? null : Utf8(column).ToArray();

    public void Dispose()
    {
        _chunk?.Dispose();
        NativeMethods.Query.DuckDBDestroyResult(ref _result);
        _statement.Dispose();
    }

    private nint Data(int column, DuckDBType expected) =>
        _types[column] == expected ? _data[column] : throw WrongType(column, expected);

    private InvalidDataException WrongType(int column, DuckDBType expected) =>
        new($"column {_names[column]} is {_types[column]}, read as {expected}");

    private static readonly decimal[] Pow10 = [.. Enumerable.Range(0, 29).Select(e => Enumerable.Repeat(10m, e).Aggregate(1m, (a, b) => a * b))];
}

/// <summary>
/// One string per distinct UTF-8 value read: a loaded corpus holds each name, unit or grain once,
/// and a value seen before costs a hash lookup on its bytes, no allocation.
/// </summary>
internal sealed class Utf8StringPool
{
    private readonly Dictionary<byte[], string> _strings = new(Utf8Comparer.Instance);
    private readonly Dictionary<byte[], string>.AlternateLookup<ReadOnlySpan<byte>> _lookup;

    public Utf8StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<byte>>();

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (_lookup.TryGetValue(utf8, out var s)) return s;
        s = Encoding.UTF8.GetString(utf8);
        _strings[utf8.ToArray()] = s;
        return s;
    }

    /// <summary>The pooled string of a column; null for NULL.</summary>
    public string? Get(ChunkReader r, int column) => r.IsNull(column) ? null : Get(r.Utf8(column));

    private sealed class Utf8Comparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly Utf8Comparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] bytes) => GetHashCode((ReadOnlySpan<byte>)bytes);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
