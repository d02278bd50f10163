using FsCheck.Xunit;
using NewsCorpus.Analysis.Store;

namespace NewsCorpus.Analysis.Tests.Store;

public sealed class OffsetMapCodecTests
{
    [Property]
    public bool Any_offset_map_round_trips(int[] offsets) =>
        OffsetMapCodec.Decode(OffsetMapCodec.Encode(offsets), offsets.Length).SequenceEqual(offsets);

    [Fact]
    public void A_slice_of_the_raw_text_is_one_run_of_a_few_bytes()
    {
        var slice = MappedText.Slice(new string('字', 20000), 300, 15000);
        var encoded = OffsetMapCodec.Encode(slice.Offsets);
        // jump 300 (zig-zag 600: two varint bytes), length 15001 (two bytes)
        Assert.Equal(4, encoded.Length);
        Assert.Equal(slice.Offsets, OffsetMapCodec.Decode(encoded, 15001));
    }

    [Fact]
    public void A_repeated_offset_starts_a_new_run_with_a_negative_jump()
    {
        int[] offsets = [10, 11, 12, 12, 13, 14, 20];
        Assert.Equal([20, 3, 1, 3, 10, 1], OffsetMapCodec.Encode(offsets));
    }

    [Fact]
    public void A_map_shorter_than_its_text_is_refused()
    {
        var encoded = OffsetMapCodec.Encode([0, 1, 2]);
        Assert.Throws<InvalidDataException>(() => OffsetMapCodec.Decode(encoded, 4));
    }
}
