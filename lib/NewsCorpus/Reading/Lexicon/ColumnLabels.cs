using NewsCorpus.Text;

namespace NewsCorpus.Reading.Lexicon;

/// <summary>Column labels and kickers printed above a headline; they go to Article.Section.</summary>
public static class ColumnLabels
{
    public static readonly IReadOnlySet<string> Known = new HashSet<string>
    {
        "“疫”线面孔", "抗疫故事", "时代先锋", "党建论坛", "相关新闻", "相关链接", "新闻链接", "记者手记", "图片新闻", "短评", "评论", "言论", "图说", "新闻观察",
    };

    /// <summary>Longest label: every paragraph is asked, and hashing a long one to find nothing is waste.</summary>
    private static readonly int MaxLength = Known.Max(k => k.Length);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BySpan = ((HashSet<string>)Known).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsLabel(string text) => IsLabel(text.AsSpan());

    /// <inheritdoc cref="IsLabel(string)"/>
    public static bool IsLabel(ReadOnlySpan<char> text)
    {
        var trimmed = WhiteSpace.Trim(text);
        return trimmed.Length <= MaxLength && BySpan.Contains(trimmed);
    }
}
