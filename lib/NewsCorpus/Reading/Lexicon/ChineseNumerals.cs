namespace NewsCorpus.Reading.Lexicon;

/// <summary>Chinese numerals from 一 to 九十九, as in list items (九、) and lunar days (初四, 十五).</summary>
public static class ChineseNumerals
{
    private const string Digits = "一二三四五六七八九";

    /// <summary>The value of 一 … 九十九; 0 when the text is not such a numeral.</summary>
    public static int Parse(ReadOnlySpan<char> s)
    {
        var ten = s.IndexOf('十');
        if (ten < 0) return s.Length == 1 ? Digits.IndexOf(s[0]) + 1 : 0;
        var tens = ten == 0 ? 1 : Digits.IndexOf(s[0]) + 1;
        var units = ten == s.Length - 1 ? 0 : Digits.IndexOf(s[ten + 1]) + 1;
        return tens * 10 + units;
    }

    public static string Format(int n) => n switch
    {
        < 10 => Digits[n - 1].ToString(),
        10 => "十",
        < 20 => "十" + Digits[n - 11],
        _ => Digits[n / 10 - 1] + "十" + (n % 10 == 0 ? "" : Digits[n % 10 - 1].ToString()),
    };
}
