using NewsCorpus.Extraction.Numbers;
using static NewsCorpus.Extraction.Dates.TextAt;
using static NewsCorpus.Extraction.Dates.TemporalValues;

namespace NewsCorpus.Extraction.Dates;

/// <summary>
/// 除夕, 大年三十, 大年初四, 正月十五, 腊月二十三, 农历十月初一. 夕, 年 or 月 comes at most 4 characters in (农历十一月).
/// The regex: <c>(?:(?:农历)?(?:(?&lt;eve&gt;除夕|大年三十)|大年初(?&lt;d1&gt;[一二三四五六七八九十])|(?&lt;lm&gt;正|腊|冬)月(?&lt;ld&gt;DAY)?)|农历(?&lt;nm&gt;十[一二]?|[一二三四五六七八九])月(?&lt;nd&gt;DAY)?)</c>
/// with DAY <c>初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十</c>.
/// </summary>
internal sealed class LunarShape() : AnchoredRecognizer("夕年月", 4, "农除大正腊冬", "eve", "d1", "lm", "ld", "nm", "nd")
{
    public const int Eve = 0, D1 = 1, Lm = 2, Ld = 3, Nm = 4, Nd = 5;

    private const string Lunar = "农历";

    public override bool TryAt(string text, int start, out Captures match)
    {
        match = default;
        if (Starts(text, start, Lunar) && Named(text, start + Lunar.Length, ref match)) return true;
        if (Named(text, start, ref match)) return true;
        if (!Starts(text, start, Lunar)) return false;
        var m = start + Lunar.Length;
        var month = Is(text, m, '十') && IsIn(text, m + 1, "一二") && Is(text, m + 2, '月') ? 2
            : IsIn(text, m, "十" + OneToNine) && Is(text, m + 1, '月') ? 1
            : 0;
        if (month == 0) return false;
        match.Set(Nm, m, month);
        match.End = DayAfter(text, m + month + 1, Nd, ref match);
        return true;
    }

    /// <summary>除夕, 大年初四, 腊月二十三: the named days and months, from i.</summary>
    private static bool Named(string text, int i, ref Captures match)
    {
        var eve = Starts(text, i, "除夕") ? 2 : Starts(text, i, "大年三十") ? 4 : 0;
        if (eve > 0)
        {
            match.Set(Eve, i, eve);
            match.End = i + eve;
            return true;
        }
        if (Starts(text, i, "大年初") && IsIn(text, i + 3, OneToNine + "十"))
        {
            match.Set(D1, i + 3, 1);
            match.End = i + 4;
            return true;
        }
        if (!IsIn(text, i, "正腊冬") || !Is(text, i + 1, '月')) return false;
        match.Set(Lm, i, 1);
        match.End = DayAfter(text, i + 2, Ld, ref match);
        return true;
    }

    /// <summary>The lunar day that may follow a month at i, in <paramref name="group"/>: where the match ends.</summary>
    private static int DayAfter(string text, int i, int group, ref Captures match)
    {
        var length = Starts(text, i, "初") && IsIn(text, i + 1, OneToNine + "十") ? 2
            : Is(text, i, '十') ? (IsIn(text, i + 1, OneToNine) ? 2 : 1)
            : Starts(text, i, "二十") ? (IsIn(text, i + 2, OneToNine) ? 3 : 2)
            : Is(text, i, '廿') && IsIn(text, i + 1, OneToNine) ? 2
            : Starts(text, i, "三十") ? 2
            : 0;
        if (length > 0) match.Set(group, i, length);
        return i + length;
    }

    public override void Emit(string text, int start, in Captures match, List<TemporalExpression> into)
    {
        var e = new TemporalExpression(ExpressionKind.Lunar, start, match.End);
        if (match.Has(Eve)) e = e with { LunarEve = true };
        else if (match.Has(D1)) e = e with { LunarMonth = 1, LunarDay = LunarDayNumber("初" + match.Value(text, D1).ToString()) };
        else
        {
            var month = match.Has(Lm)
                ? text[match.Index(Lm)] switch { '正' => 1, '冬' => 11, _ => 12 }
                : Number(match.Value(text, Nm))!.Value;
            var day = match.Has(Ld) ? match.Value(text, Ld).ToString() : match.Has(Nd) ? match.Value(text, Nd).ToString() : null;
            e = e with { LunarMonth = month, LunarDay = day is null ? null : LunarDayNumber(day) };
        }
        into.Add(e);
    }

    private static int LunarDayNumber(string day) =>
        day.StartsWith('初') ? (int)ChineseNumerals.Parse(day.AsSpan(1))! : (int)ChineseNumerals.Parse(day.Replace("廿", "二十"))!;
}
