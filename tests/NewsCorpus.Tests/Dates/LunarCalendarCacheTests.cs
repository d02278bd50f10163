using System.Globalization;
using NewsCorpus.Extraction.Dates;

namespace NewsCorpus.Tests.Dates;

public class LunarCalendarCacheTests
{
    /// <summary>What the calendar itself says, asked afresh every time.</summary>
    private static DateOnly? Direct(ChineseLunisolarCalendar calendar, int year, int month, int day)
    {
        var leap = calendar.GetLeapMonth(year);
        var index = leap > 0 && month >= leap ? month + 1 : month;
        if (day > calendar.GetDaysInMonth(year, index)) return null;
        return DateOnly.FromDateTime(calendar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    [Fact]
    public void Kept_months_give_the_calendars_dates_for_every_supported_year()
    {
        var calendar = new ChineseLunisolarCalendar();
        for (var year = 1902; year <= 2100; year++)
            for (var month = 1; month <= 12; month++)
                for (var day = 1; day <= 30; day++)
                    Assert.Equal(Direct(calendar, year, month, day), LunarCalendar.ToGregorian(year, month, day));
    }

    [Fact]
    public void Spring_festival_and_new_years_eve_of_the_seed_years()
    {
        Assert.Equal(new DateOnly(2020, 1, 25), LunarCalendar.ToGregorian(2020, 1, 1));
        Assert.Equal(new DateOnly(2021, 2, 11), LunarCalendar.NewYearsEve(2020));
        Assert.Equal(29, LunarCalendar.DaysInMonth(2020, 1));
        Assert.Null(LunarCalendar.ToGregorian(1901, 1, 1));
    }
}
