using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsCorpus.Extraction.Dates;

namespace NewsCorpus.Tests.Dates;

public class DateFormatTests
{
    [Theory]
    [InlineData(2020, 2, 1, 13, 30, 17, "second", "2020-02-01T13:30:17")]
    [InlineData(2022, 1, 8, 1, 55, 0, "minute", "2022-01-08T01:55:00")]
    [InlineData(2020, 2, 13, 20, 0, 0, "hour", "2020-02-13T20:00:00")]
    [InlineData(2020, 2, 19, 0, 0, 0, "day", "2020-02-19")]
    [InlineData(2, 1, 5, 0, 0, 0, "month", "0002-01-05")]
    [InlineData(9999, 12, 31, 0, 0, 0, "year", "9999-12-31")]
    public void Writes_iso_dates_by_grain(int y, int m, int d, int h, int mi, int s, string grain, string expected) =>
        Assert.Equal(expected, DateResolver.Format(new DateTime(y, m, d, h, mi, s), grain));

    [Property(MaxTest = 2000)]
    public Property Writes_what_DateTime_formatting_writes() =>
        Prop.ForAll(Gen.Choose(0, 3_652_058).Select(n => DateOnly.FromDayNumber(n)).ToArbitrary(), Gen.Choose(0, 86_399).ToArbitrary(), (day, second) =>
        {
            var value = day.ToDateTime(TimeOnly.MinValue).AddSeconds(second);
            Assert.Equal(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DateResolver.Format(value, DateGrains.Day));
            Assert.Equal(value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), DateResolver.Format(value, DateGrains.Second));
        });
}
