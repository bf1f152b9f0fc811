using Scorecard.Core.Time;

namespace Scorecard.Core.Tests.Time;

public sealed class WindowTests
{
    [Fact]
    public void MonthsEnding_TwelveToMay2024_IsJune2023ToMay2024()
    {
        var window = Window.MonthsEnding(12, new ReportMonth(2024, 5));

        Assert.Equal(new ReportMonth(2023, 6), window.First);
        Assert.Equal(new ReportMonth(2024, 5), window.Last);
        Assert.Equal(12, window.Months.Count());
        Assert.Equal("12 months to May 2024", window.Label);
        Assert.Equal("[2023-06, 2024-05]", window.ToString());
    }

    [Fact]
    public void Contains_BothEndsIncluded()
    {
        var window = Window.MonthsEnding(12, new ReportMonth(2020, 11));

        Assert.True(window.Contains(new ReportMonth(2019, 12)));
        Assert.True(window.Contains(new ReportMonth(2020, 11)));
        Assert.False(window.Contains(new ReportMonth(2019, 11)));
        Assert.False(window.Contains(new ReportMonth(2020, 12)));
    }

    [Fact]
    public void MonthsEnding_Zero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Window.MonthsEnding(0, new ReportMonth(2020, 1)));
    }

    [Fact]
    public void Between_LastBeforeFirst_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Window.Between(new ReportMonth(2020, 2), new ReportMonth(2020, 1)));

        Assert.Contains("2020-01 is before its first month 2020-02", error.Message);
    }

    [Fact]
    public void YearEarlier_ShiftsBothEnds()
    {
        var window = Window.MonthsEnding(12, new ReportMonth(2024, 5)).YearEarlier;

        Assert.Equal("12 months to May 2023", window.Label);
    }

    [Fact]
    public void MonthList_Describe_CollapsesRuns()
    {
        var months = new[] { "2019-09", "2019-07", "2019-08", "2020-01" }.Select(ReportMonth.Parse);

        Assert.Equal("Jul 2019 to Sep 2019, Jan 2020", MonthList.Describe(months));
    }
}
