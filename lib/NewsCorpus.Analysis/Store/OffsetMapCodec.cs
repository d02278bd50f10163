using System.Buffers;

namespace NewsCorpus.Analysis.Store;

/// <summary>
/// Compact form of a <see cref="MappedText"/> offset map. The map is cut into runs of consecutive
/// raw offsets; each run is written as a zig-zag varint jump from where the previous run ended and
/// a varint length. A text sliced straight from the raw file is one run of a few bytes; a
/// normalised text costs a few bytes per edit instead of four bytes per character.
/// </summary>
public static class OffsetMapCodec
{
    public static byte[] Encode(ReadOnlySpan<int> offsets)
    {
        var output = new ArrayBufferWriter<byte>(16);
        var expected = 0;
        var i = 0;
        while (i < offsets.Length)
        {
            var start = offsets[i];
            var length = 1;
            while (i + length < offsets.Length && offsets[i + length] == start + length) length++;
            WriteVarint(output, ZigZag(start - expected));
            WriteVarint(output, (uint)length);
            expected = start + length;
            i += length;
        }
        return output.WrittenSpan.ToArray();
    }

    /// <summary>Decodes a map of <paramref name="count"/> offsets (a text's length + 1).</summary>
    public static int[] Decode(ReadOnlySpan<byte> data, int count)
    {
        var offsets = new int[count];
        var position = 0;
        var expected = 0;
        var i = 0;
        while (position < data.Length)
        {
            var start = expected + UnZigZag(ReadVarint(data, ref position));
            var length = (int)ReadVarint(data, ref position);
            if (i + length > count) throw new InvalidDataException($"offset map holds more than {count} entries");
            for (var k = 0; k < length; k++) offsets[i + k] = start + k;
            i += length;
            expected = start + length;
        }
        if (i != count) throw new InvalidDataException($"offset map holds {i} entries, expected {count}");
        return offsets;
    }

    private static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));

    private static int UnZigZag(uint value) => (int)(value >> 1) ^ -(int)(value & 1);

    private static void WriteVarint(ArrayBufferWriter<byte> output, uint value)
    {
        var span = output.GetSpan(5);
        var n = 0;
        while (value >= 0x80)
        {
            span[n++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[n++] = (byte)value;
        output.Advance(n);
    }

    private static uint ReadVarint(ReadOnlySpan<byte> data, ref int position)
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = data[position++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new InvalidDataException("malformed varint in offset map");
    }
}
