using System.IO.Compression;

namespace NewsCorpus.Notebooks.Tests;

/// <summary>Decodes an 8-bit RGB or RGBA non-interlaced PNG (what chromium writes) far enough to count pixels of a colour.</summary>
internal static class PngPixels
{
    public static int Count(byte[] png, (byte R, byte G, byte B) colour)
    {
        var width = BigEndian(png, 16);
        var height = BigEndian(png, 20);
        var channels = png[25] switch { 2 => 3, 6 => 4, var type => throw new NotSupportedException($"PNG colour type {type}") };
        using var compressed = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BigEndian(png, at);
            if (png.AsSpan(at + 4, 4).SequenceEqual("IDAT"u8)) compressed.Write(png, at + 8, length);
            at += length + 12;
        }
        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var data = inflated.ToArray();

        var stride = width * channels;
        var previous = new byte[stride];
        var count = 0;
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            var row = data.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            for (var x = 0; x < stride; x++)
            {
                int left = x >= channels ? row[x - channels] : 0, up = previous[x], upLeft = x >= channels ? previous[x - channels] : 0;
                row[x] = (byte)(row[x] + filter switch
                {
                    0 => 0, 1 => left, 2 => up, 3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"PNG filter {filter}"),
                });
            }
            for (var x = 0; x < stride; x += channels)
                if (row[x] == colour.R && row[x + 1] == colour.G && row[x + 2] == colour.B) count++;
            previous = row;
        }
        return count;
    }

    public static int BigEndian(byte[] bytes, int at) => bytes[at] << 24 | bytes[at + 1] << 16 | bytes[at + 2] << 8 | bytes[at + 3];

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
