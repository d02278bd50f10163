using static NewsCorpus.Extraction.Dates.TextAt;
using static NewsCorpus.Extraction.Dates.TemporalValues;

namespace NewsCorpus.Extraction.Dates;

/// <summary>A shape that is one of a list of words (今天, 本月 …), tried in the list's order as a regex alternation is.</summary>
internal abstract class WordShape(string anchors, int lead, string[] words)
    : AnchoredRecognizer(anchors, lead, string.Concat(words.Select(w => w[0]).Distinct()))
{
    protected string[] Words { get; } = words;

    public override bool TryAt(string text, int start, out Captures match)
    {
        match = default;
        var word = WordAt(text, start, Words);
        if (word < 0) return false;
        match.End = start + Words[word].Length;
        return true;
    }

    public sealed override void Emit(string text, int start, in Captures match, List<TemporalExpression> into) =>
        into.Add(Expression(text, start, match.End, WordAt(text, start, Words)));

    protected abstract TemporalExpression Expression(string text, int start, int end, int word);
}

/// <summary>今天, 昨日, 当天, 次日, 第二天 …, anchored on the second character (二 of 第二天), so a common first one (前, 后, 当, 第) alone costs no try.</summary>
internal sealed class RelativeDayShape() : WordShape("天日晚早二", 1, DayWords)
{
    private static readonly string[] DayWords =
        ["今天", "今日", "今晚", "今早", "昨天", "昨日", "昨晚", "前天", "前日", "明天", "明日", "明晚", "后天", "当天", "当日", "当晚", "次日", "翌日", "第二天"];

    private static readonly int[] Offsets = [0, 0, 0, 0, -1, -1, -1, -2, -2, 1, 1, 1, 2, 0, 0, 0, 1, 1, 1];

    /// <summary>Counted from the date last mentioned rather than from the publication date.</summary>
    private static readonly HashSet<string> FromAnchor = ["当天", "当日", "当晚", "次日", "翌日", "第二天"];

    protected override TemporalExpression Expression(string text, int start, int end, int word) =>
        new(ExpressionKind.RelativeDay, start, end)
        {
            Offset = Offsets[word],
            FromAnchor = FromAnchor.Contains(Words[word]) || (Words[word][0] == '今' && InsideQuotation(text, start)),
            Evening = Words[word][^1] == '晚',
        };
}

/// <summary>今年, 去年, 前年, 明年.</summary>
internal sealed class RelativeYearShape() : WordShape("年", 1, RelativeYearWords)
{
    protected override TemporalExpression Expression(string text, int start, int end, int word) =>
        new(ExpressionKind.RelativeYear, start, end) { Offset = RelativeYearOffsets[word] };
}

/// <summary>本月, 上个月, 下月.</summary>
internal sealed class RelativeMonthShape() : WordShape("月", 2, ["本月", "上个月", "上月", "下个月", "下月", "当月"])
{
    protected override TemporalExpression Expression(string text, int start, int end, int word) =>
        new(ExpressionKind.RelativeMonth, start, end) { Offset = text[start] switch { '上' => -1, '下' => 1, _ => 0 } };
}

/// <summary>近日, 日前: recent, kept as vague. Anchored on 近 and 前 rather than on the common 日.</summary>
internal sealed class VagueShape() : WordShape("近前", 1, ["近日", "日前"])
{
    protected override TemporalExpression Expression(string text, int start, int end, int word) => new(ExpressionKind.Vague, start, end);
}

/// <summary>Holidays by name (<see cref="Holidays"/>), lunar and Gregorian, longest name first, anchored on the
/// last character of a name (节, 日, 年 …: fewer common ones than first characters).</summary>
internal sealed class HolidayShape() : WordShape(string.Concat(ByLength.Select(h => h.Name[^1])), ByLength.Max(h => h.Name.Length) - 1, [.. ByLength.Select(h => h.Name)])
{
    private static readonly Holiday[] ByLength = [.. Holidays.All.OrderByDescending(h => h.Name.Length)];

    protected override TemporalExpression Expression(string text, int start, int end, int word) =>
        ByLength[word] is { Lunar: true } h
            ? new(ExpressionKind.Lunar, start, end) { LunarMonth = h.Month, LunarDay = h.Day }
            : new(ExpressionKind.Holiday, start, end) { Month = ByLength[word].Month, Day = ByLength[word].Day };
}

/// <summary>上周, 本周, 下周三, 上个星期. The regex: <c>(?&lt;w&gt;上个?|本|这|下个?)(?:周|星期|礼拜)(?&lt;wd&gt;[一二三四五六日天])?</c>.</summary>
internal sealed class RelativeWeekShape() : AnchoredRecognizer("周星礼", 2, "上本这下", "w", "wd")
{
    public const int W = 0, Wd = 1;

    private static readonly string[] Which = ["上个", "上", "本", "这", "下个", "下"];

    public override bool TryAt(string text, int start, out Captures match)
    {
        match = default;
        foreach (var which in Which)
        {
            if (!Starts(text, start, which)) continue;
            var at = start + which.Length;
            var day = Is(text, at, '周') ? at + 1 : Starts(text, at, "星期") || Starts(text, at, "礼拜") ? at + 2 : -1;
            if (day < 0) continue;
            match.Set(W, start, which.Length);
            if (IsIn(text, day, WeekdayNames)) match.Set(Wd, day, 1);
            match.End = match.Has(Wd) ? day + 1 : day;
            return true;
        }
        return false;
    }

    public override void Emit(string text, int start, in Captures match, List<TemporalExpression> into) =>
        into.Add(new(ExpressionKind.RelativeWeek, start, match.End)
        {
            Offset = text[start] switch { '上' => -1, '下' => 1, _ => 0 },
            Weekday = match.Has(Wd) ? Weekday(text[match.Index(Wd)]) : null,
        });
}

/// <summary>星期三, 周三 (not 每周三). The regex:
/// <c>(?&lt;!每)(?:星期(?&lt;wd&gt;[一二三四五六日天])|礼拜(?&lt;wd&gt;[一二三四五六日天])|周(?&lt;wd&gt;[一二三四五六日]))</c>.</summary>
internal sealed class WeekdayShape() : AnchoredRecognizer("星礼周", 0, "星礼周", "wd")
{
    public const int Wd = 0;

    public override bool TryAt(string text, int start, out Captures match)
    {
        match = default;
        if (start > 0 && text[start - 1] == '每') return false;
        var day = (Starts(text, start, "星期") || Starts(text, start, "礼拜")) && IsIn(text, start + 2, WeekdayNames) ? start + 2
            : Is(text, start, '周') && IsIn(text, start + 1, "一二三四五六日") ? start + 1
            : -1;
        if (day < 0) return false;
        match.Set(Wd, day, 1);
        match.End = day + 1;
        return true;
    }

    public override void Emit(string text, int start, in Captures match, List<TemporalExpression> into) =>
        into.Add(new(ExpressionKind.Weekday, start, match.End) { Weekday = Weekday(text[match.Index(Wd)]) });
}
