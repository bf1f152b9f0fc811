using Scorecard.Core.Time;

namespace Scorecard.Core.Tests.Time;

public sealed class ReportMonthTests
{
    [Fact]
    public void Construction_MonthThirteen_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ReportMonth(2020, 13));

        Assert.Contains("month is 13 but must be between 1 and 12", error.Message);
    }

    [Theory]
    [InlineData("2024-05", 2024, 5)]
    [InlineData("2019-12", 2019, 12)]
    public void Parse_YearDashMonth_Reads(string text, int year, int month)
    {
        Assert.Equal(new ReportMonth(year, month), ReportMonth.Parse(text));
    }

    [Theory]
    [InlineData("2024-5")]
    [InlineData("2024/05")]
    [InlineData("2024-00")]
    [InlineData("2024-13")]
    [InlineData("May 2024")]
    [InlineData("")]
    [InlineData("-024-05")]
    public void TryParse_NotYearDashMonth_Fails(string text)
    {
        Assert.False(ReportMonth.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Invalid_SaysTheForm()
    {
        var error = Assert.Throws<FormatException>(() => ReportMonth.Parse("May 2024"));

        Assert.Contains("yyyy-MM", error.Message);
    }

    [Theory]
    [InlineData("2024-05", -12, "2023-05")]
    [InlineData("2024-01", -1, "2023-12")]
    [InlineData("2023-12", 1, "2024-01")]
    [InlineData("2020-11", -11, "2019-12")]
    public void AddMonths_CrossesYears(string start, int months, string expected)
    {
        Assert.Equal(expected, ReportMonth.Parse(start).AddMonths(months).ToString());
    }

    [Fact]
    public void ToLongName_IsShortMonthAndYear()
    {
        Assert.Equal("May 2024", new ReportMonth(2024, 5).ToLongName());
        Assert.Equal("Sep 2020", new ReportMonth(2020, 9).ToLongName());
    }

    [Fact]
    public void Ordering_ComparesYearThenMonth()
    {
        Assert.True(new ReportMonth(2019, 12) < new ReportMonth(2020, 1));
        Assert.True(new ReportMonth(2020, 2) > new ReportMonth(2020, 1));
    }
}
