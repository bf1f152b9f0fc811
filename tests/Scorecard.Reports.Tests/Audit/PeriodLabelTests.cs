using Scorecard.Core.Time;
using Scorecard.Reports.Audit;

namespace Scorecard.Reports.Tests.Audit;

public class PeriodLabelTests
{
    [Theory]
    [InlineData("12 months to May 2024", 12, 2024, 5)]
    [InlineData("12 months to Dec 2019", 12, 2019, 12)]
    [InlineData("12 Months to December 2019", 12, 2019, 12)]
    [InlineData("3 months ending Sept. 2023", 3, 2023, 9)]
    [InlineData("12 months to end of March 2024", 12, 2024, 3)]
    public void TryParse_Heading_GivesWindow(string heading, int months, int year, int month)
    {
        Assert.Equal(Window.MonthsEnding(months, new ReportMonth(year, month)), PeriodLabel.TryParse(heading));
    }

    [Theory]
    [InlineData("Number Difference 2023/24")]
    [InlineData("12 months to Mayday 2024")]
    [InlineData("12 months to Xyz 2024")]
    public void TryParse_NotAPeriod_ReturnsNull(string heading)
    {
        Assert.Null(PeriodLabel.TryParse(heading));
    }

    // May 2023 against May 2024 is the 2023/24 comparison.
    [Fact]
    public void ComparisonYears_YearApart_GivesSlashForm()
    {
        var previous = Window.MonthsEnding(12, new ReportMonth(2023, 5));
        var current = Window.MonthsEnding(12, new ReportMonth(2024, 5));

        Assert.Equal("2023/24", PeriodLabel.ComparisonYears(previous, current));
    }

    [Theory]
    [InlineData("Direction of Travel 2022/23", "2022/23")]
    [InlineData("% Difference 2023-24", "2023/24")]
    [InlineData("Number Difference 2023/2024", "2023/24")]
    [InlineData("Direction of Travel", null)]
    public void YearsNamed_Heading_GivesYears(string heading, string? years)
    {
        Assert.Equal(years, PeriodLabel.YearsNamed(heading));
    }
}
