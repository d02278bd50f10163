using static NewsCorpus.Extraction.Dates.TextAt;
using static NewsCorpus.Extraction.Dates.TemporalValues;

namespace NewsCorpus.Extraction.Dates;

/// <summary>
/// 凌晨1点55分, 晚8时许, 上午9点半, 下午一点半, 17时, 晚上10点钟. 点 or 时 comes after a period word (2 characters)
/// and an hour (3 at most). The regex:
/// <c>(?&lt;p&gt;凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间|深夜|半夜|晚|早)?(?&lt;![0-9.])(?&lt;h&gt;2[0-4]|[01]?[0-9]|[零一二两三四五六七八九十]{1,3})(?&lt;u&gt;点|时)(?:(?&lt;mi&gt;[0-5]?[0-9]|[零一二三四五六七八九十]{1,3})分|(?&lt;half&gt;半)|(?&lt;q&gt;一刻|三刻))?(?&lt;ax&gt;许|左右|多|钟)?</c>.
/// </summary>
internal sealed class TimeOfDayShape() : AnchoredRecognizer("点时", 5, "凌清早上中下傍晚夜深半两十" + Digits + ChineseDigits, "p", "h", "u", "mi", "half", "q", "ax")
{
    public const int P = 0, H = 1, U = 2, Mi = 3, Half = 4, Q = 5, Ax = 6;

    /// <summary>Periods of the day, in the order the regex tries them (晚上 before 晚).</summary>
    private static readonly string[] Periods = ["凌晨", "清晨", "早上", "早晨", "上午", "中午", "下午", "傍晚", "晚上", "夜里", "夜间", "深夜", "半夜", "晚", "早"];

    /// <summary>Periods of the day and the hours they add to a 12-hour clock reading.</summary>
    private static readonly Dictionary<string, int> Afternoon = new()
    {
        ["下午"] = 12, ["傍晚"] = 12, ["晚上"] = 12, ["晚"] = 12, ["夜里"] = 12, ["夜间"] = 12, ["深夜"] = 12, ["中午"] = 12,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> AfternoonOf = Afternoon.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>After 时 these make a word, not an hour: 一时间, 时代, 时候.</summary>
    private const string NotHourAfterShi = "间候代期段长常刻速髦装尚光节";

    private const string HourNumerals = "零一二两三四五六七八九十";
    private const string MinuteNumerals = "零一二三四五六七八九十";

    public override bool TryAt(string text, int start, out Captures match)
    {
        foreach (var period in Periods)
        {
            if (!Starts(text, start, period) || !HourAt(text, start + period.Length, out match)) continue;
            match.Set(P, start, period.Length);
            return true;
        }
        return HourAt(text, start, out match);
    }

    /// <summary>The hour, 点 or 时, and the minutes and approximation that may follow, from i.</summary>
    private static bool HourAt(string text, int i, out Captures match)
    {
        match = default;
        if (NumberBefore(text, i)) return false;
        var hour = HourLength(text, i);
        if (hour == 0) return false;
        match.Set(H, i, hour);
        match.Set(U, i + hour, 1);
        var at = i + hour + 1;
        var minute = MinuteLength(text, at);
        if (minute > 0)
        {
            match.Set(Mi, at, minute);
            at += minute + 1;
        }
        else if (Is(text, at, '半'))
        {
            match.Set(Half, at, 1);
            at++;
        }
        else if (Starts(text, at, "一刻") || Starts(text, at, "三刻"))
        {
            match.Set(Q, at, 2);
            at += 2;
        }
        var approximately = Is(text, at, '许') || Is(text, at, '多') || Is(text, at, '钟') ? 1 : Starts(text, at, "左右") ? 2 : 0;
        if (approximately > 0) match.Set(Ax, at, approximately);
        match.End = at + approximately;
        return true;
    }

    /// <summary>The length of the hour right before 点 or 时, in the regex's order of tries; 0 when there is none.</summary>
    private static int HourLength(string text, int i)
    {
        bool EndsAt(int length) => IsIn(text, i + length, "点时");
        if (Is(text, i, '2') && IsIn(text, i + 1, "01234") && EndsAt(2)) return 2;
        if (IsIn(text, i, "01") && IsDigit(text, i + 1) && EndsAt(2)) return 2;
        if (IsDigit(text, i) && EndsAt(1)) return 1;
        for (var length = Run(text, i, HourNumerals, 3); length > 0; length--)
            if (EndsAt(length)) return length;
        return 0;
    }

    /// <summary>The length of the minutes right before 分; 0 when there are none.</summary>
    private static int MinuteLength(string text, int i)
    {
        if (IsIn(text, i, "012345") && IsDigit(text, i + 1) && Is(text, i + 2, '分')) return 2;
        if (IsDigit(text, i) && Is(text, i + 1, '分')) return 1;
        for (var length = Run(text, i, MinuteNumerals, 3); length > 0; length--)
            if (Is(text, i + length, '分')) return length;
        return 0;
    }

    public override void Emit(string text, int start, in Captures match, List<TemporalExpression> into)
    {
        if (ReadTime(text, match) is not { } time) return;
        into.Add(new(ExpressionKind.TimeOfDay, start, match.End) { Time = time });
        // 今晚8点: when 今晚 wins the 晚, the hour still stands on its own.
        if (match.Has(P)) into.Add(new(ExpressionKind.TimeOfDay, match.Index(H), match.End) { Time = time });
    }

    private static TimeParts? ReadTime(string text, in Captures match)
    {
        var hourText = match.Value(text, H);
        var chinese = !char.IsAsciiDigit(hourText[0]);
        var period = match.Value(text, P);
        var detailed = match.Has(Mi) || match.Has(Half) || match.Has(Q) || match.Value(text, Ax) is "钟";
        var end = match.End;
        if (match.Value(text, U) is "时" && !match.Has(Ax) && !match.Has(Mi) && end < text.Length && NotHourAfterShi.Contains(text[end])) return null;
        if (chinese && period.Length == 0 && !detailed) return null;
        if (Number(hourText) is not { } hour || hour > 24) return null;
        var endOfDay = hour == 24 && period.Length == 0;
        int? minute = match.Has(Mi) ? Number(match.Value(text, Mi)) : match.Has(Half) ? 30 : match.Has(Q) ? (text[match.Index(Q)] == '一' ? 15 : 45) : null;
        if (minute is > 59) return null;
        if (AfternoonOf.TryGetValue(period, out var shift) && hour <= 12 && period is not "中午") hour += shift; // 晚上12点 is midnight, hour 24
        else if (period is "中午" && hour < 10) hour += shift;
        return new TimeParts(hour, minute, null, endOfDay && minute is null or 0);
    }
}
