using NewsCorpus.Extraction.Entities;

namespace NewsCorpus.Tests.Entities;

public class UnwrappedTextTests
{
    [Fact]
    public void A_text_without_hard_wraps_is_its_own_view()
    {
        const string text = "株洲新芦淞产业发展集团有限公司\n\n表格\t一行";
        var view = UnwrappedText.Of(text);
        Assert.True(view.IsSource);
        Assert.Same(text, view.Text);
        Assert.Equal(new Span(3, 5), view.ToSource(3, 5));
        Assert.Equal(new Span(text.Length, text.Length), view.ToSource(text.Length, text.Length));
    }

    [Fact]
    public void A_name_broken_across_lines_is_whole_in_the_view_and_spans_map_back()
    {
        const string text = "株洲新\n芦淞产业发展集团有\r\n限公司";
        var view = UnwrappedText.Of(text);
        Assert.False(view.IsSource);
        Assert.Equal("株洲新芦淞产业发展集团有限公司", view.Text);
        Assert.Equal(new Span(0, text.Length), view.ToSource(0, view.Text.Length));
        Assert.Equal(new Span(4, 6), view.ToSource(3, 5));
    }
}
