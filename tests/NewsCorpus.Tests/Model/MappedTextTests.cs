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
}
