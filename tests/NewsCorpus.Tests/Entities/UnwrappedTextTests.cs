using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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
        Assert.Equal("株洲新芦淞产业发展集团有限公司", view.Chars.ToString());
    }

    [Fact]
    public void A_disposed_view_keeps_the_text_made_before_and_gives_its_buffer_back()
    {
        var view = UnwrappedText.Of("株洲新\n芦淞");
        Assert.Equal("株洲新芦淞", view.Text);
        view.Dispose();
        Assert.Equal("株洲新芦淞", view.Text);
        Assert.Throws<ObjectDisposedException>(() => view.Chars.Length);
    }

    private static readonly string[] Pieces = ["株", "洲", "\n", "\r\n", "\r", "\t", "，", "a", " ", "\n\n"];

    public static Arbitrary<string> Texts() => Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary();

    /// <summary>The view and its spans agree with a character-by-character copy that keeps each kept character's source offset.</summary>
    [Property(Arbitrary = [typeof(UnwrappedTextTests)], MaxTest = 300)]
    public bool Agrees_with_a_map_of_every_character(string text)
    {
        var view = UnwrappedText.Of(text);
        var kept = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var wrap = text[i] == '\n' && IsWrapByReference(text, i);
            if (wrap || text[i] == '\r') continue;
            kept.Add(i);
        }
        kept.Add(text.Length);
        if (view.Text != string.Concat(kept.SkipLast(1).Select(i => text[i]))) return false;
        for (var start = 0; start <= view.Text.Length; start++)
            for (var end = start; end <= view.Text.Length; end++)
                if (view.ToSource(start, end) != new Span(kept[start], end > start ? kept[end - 1] + 1 : kept[start])) return false;
        return true;
    }

    /// <summary>A single newline between running text on lines without tabs.</summary>
    private static bool IsWrapByReference(string s, int newline)
    {
        var before = newline - 1;
        if (before >= 0 && s[before] == '\r') before--;
        if (before < 0 || newline + 1 >= s.Length) return false;
        static bool Running(char c) => c is '株' or '洲' or '，';
        static string Line(string s, int at) => s.Split('\n')[s[..at].Count(c => c == '\n')];
        return Running(s[before]) && Running(s[newline + 1]) && !Line(s, before).Contains('\t') && !Line(s, newline + 1).Contains('\t');
    }
}
