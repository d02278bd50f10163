using System.Globalization;

namespace NewsCorpus.Extraction.Dates;

/// <summary>
/// Lunar dates (正月初一, 腊月二十三, 除夕) to Gregorian ones through <see cref="ChineseLunisolarCalendar"/>.
/// Each lunar month's first day and length are asked of the calendar once and kept: news text names the
/// same festivals over and over, and every mention is resolved against three lunar years.
/// </summary>
public static class LunarCalendar
{
    private const int FirstYear = 1902, LastYear = 2100;
    /// <summary>Month numbers of a lunar year, 1 to 13 (a leap year has 13).</summary>
    private const int MonthSlots = 14;

    private static readonly ChineseLunisolarCalendar Calendar = new();

    /// <summary>Per lunar year, its leap month plus one (0 while not yet asked).</summary>
    private static readonly int[] LeapPlusOne = new int[LastYear - FirstYear + 1];

    /// <summary>Per lunar year and month number, the month's first day and length (null while not yet asked).</summary>
    private static readonly LunarMonth?[] Months = new LunarMonth?[(LastYear - FirstYear + 1) * MonthSlots];

    private sealed record LunarMonth(DateOnly First, int Days);

    /// <summary>The Gregorian date of a lunar month and day in the lunar year that starts in <paramref name="lunarYear"/>.</summary>
    public static DateOnly? ToGregorian(int lunarYear, int month, int day)
    {
        if (lunarYear < FirstYear || lunarYear > LastYear) return null;
        var m = MonthOf(lunarYear, month);
        if (day > m.Days) return null;
        return m.First.AddDays(day - 1);
    }

    /// <summary>除夕: the last day of the lunar year, the eve of 正月初一 of the next one.</summary>
    public static DateOnly? NewYearsEve(int lunarYear) => ToGregorian(lunarYear + 1, 1, 1)?.AddDays(-1);

    /// <summary>Number of days in a lunar month (for a month-grain 腊月).</summary>
    public static int DaysInMonth(int lunarYear, int month) =>
        lunarYear is >= FirstYear and <= LastYear ? MonthOf(lunarYear, month).Days : Calendar.GetDaysInMonth(lunarYear, Index(lunarYear, month));

    /// <summary>The calendar's number of a month: months after a leap month shift by one.</summary>
    private static int Index(int lunarYear, int month)
    {
        var leap = lunarYear is >= FirstYear and <= LastYear ? LeapMonth(lunarYear) : Calendar.GetLeapMonth(lunarYear);
        return leap > 0 && month >= leap ? month + 1 : month;
    }

    private static int LeapMonth(int lunarYear)
    {
        ref var slot = ref LeapPlusOne[lunarYear - FirstYear];
        if (slot == 0) slot = Calendar.GetLeapMonth(lunarYear) + 1;
        return slot - 1;
    }

    private static LunarMonth MonthOf(int lunarYear, int month)
    {
        var index = Index(lunarYear, month);
        return Months[(lunarYear - FirstYear) * MonthSlots + index] ??=
            new LunarMonth(DateOnly.FromDateTime(Calendar.ToDateTime(lunarYear, index, 1, 0, 0, 0, 0)), Calendar.GetDaysInMonth(lunarYear, index));
    }
}
