namespace NewsCorpus.Tests.Model;

public sealed class MappedTextTests
{
    [Fact]
    public void Lazy_offsets_are_computed_on_first_use_and_kept()
    {
        var calls = 0;
        var text = MappedText.WithLazyOffsets("株洲日报", () =>
        {
            calls++;
            return [10, 11, 12, 13, 14];
        });

        Assert.Equal(0, calls);
        Assert.Equal((11, 13), text.ToRaw(new Span(1, 3)));
        Assert.Same(text.Offsets, text.Offsets);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Lazy_offsets_of_the_wrong_length_are_refused_when_used()
    {
        var text = MappedText.WithLazyOffsets("株洲", () => [0, 1]);

        Assert.Equal("株洲", text.Text);
        var error = Assert.Throws<ArgumentException>(() => text.Offsets);
        Assert.Contains("3 entries, not 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_identity_slice_maps_each_character_to_its_raw_position()
    {
        var slice = MappedText.Slice("##株洲日报讯 ", 2, 5);

        Assert.Equal("株洲日报讯", slice.Text);
        Assert.Equal(2, slice.OffsetAt(0));
        Assert.Equal(7, slice.OffsetAt(5));
        Assert.Equal([2, 3, 4, 5, 6, 7], slice.Offsets);
    }

    [Fact]
    public void Slicing_keeps_the_offsets_of_identity_and_explicit_maps_alike()
    {
        var identity = MappedText.Slice("##株洲日报讯 ", 2, 5).Slice(1, 3);
        var mapped = new MappedText("株洲日报", [10, 12, 13, 20, 21]).Slice(1, 3);

        Assert.Equal("洲日", identity.Text);
        Assert.Equal([3, 4, 5], identity.Offsets);
        Assert.Equal("洲日", mapped.Text);
        Assert.Equal([12, 13, 20], mapped.Offsets);
    }

    [Fact]
    public void A_slice_over_the_whole_text_is_the_text_itself()
    {
        var text = new MappedText("株洲", [4, 5, 6]);

        Assert.Same(text, text.Slice(0, 2));
    }

    [Fact]
    public void Copied_offsets_of_an_identity_slice_match_its_map()
    {
        var slice = MappedText.Slice("株洲日报讯", 1, 3);
        var copied = new int[2];

        slice.CopyOffsets(1, copied);

        Assert.Equal([2, 3], copied);
        Assert.Equal(slice.Offsets[1..3], copied);
    }

    [Fact]
    public void A_builder_appends_an_identity_slice_as_it_appends_raw_text()
    {
        const string raw = "株洲日报讯 本报讯";
        var fromSlice = new MappedTextBuilder().Append(MappedText.Slice(raw, 6, 3)).Build(9);
        var fromRaw = new MappedTextBuilder().Append(raw, 6, 3).Build(9);

        Assert.Equal("本报讯", fromSlice.Text);
        Assert.Equal(fromRaw.Offsets, fromSlice.Offsets);
        Assert.Equal([6, 7, 8, 9], fromSlice.Offsets);
    }

    [Fact]
    public void A_builder_of_exact_size_and_one_that_grows_build_the_same_text_and_start_empty_again()
    {
        const string raw = "株洲日报讯 本报讯";
        var exact = new MappedTextBuilder(5).Append(raw, 0, 2).AppendSynthetic("\n", 2).Append(raw, 6, 2);
        var grown = new MappedTextBuilder(1).Append(raw, 0, 2).AppendSynthetic("\n", 2).Append(raw, 6, 2);
        var a = exact.Build(8);
        var b = grown.Build(8);

        Assert.Equal("株洲\n本报", a.Text);
        Assert.Equal([0, 1, 2, 6, 7, 8], a.Offsets);
        Assert.Equal(a.Offsets, b.Offsets);
        Assert.Equal(0, exact.Length);
        var again = exact.Append('讯', 8).Append('。', 9).Build(10);
        Assert.Equal("讯。", again.Text);
        Assert.Equal([8, 9, 10], again.Offsets);
        Assert.Equal([0, 1, 2, 6, 7, 8], a.Offsets);
    }
}
