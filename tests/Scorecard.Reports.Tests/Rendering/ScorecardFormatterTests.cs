using System.Globalization;
using Scorecard.Core.Comparison;
using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Scorecards;
using Scorecard.Core.Time;
using Scorecard.Reports.Rendering;

namespace Scorecard.Reports.Tests.Rendering;

public class ScorecardFormatterTests
{
    [Theory]
    [InlineData(0.25, 1, "0.3")]
    [InlineData(-0.25, 1, "-0.3")]
    [InlineData(2.5, 0, "3")]
    [InlineData(-2.5, 0, "-3")]
    [InlineData(0.15, 1, "0.2")] // 0.15 is 0.1499999999999999944 in binary; as a 15-digit decimal it is the midpoint.
    [InlineData(1.45, 1, "1.5")]
    [InlineData(8.44999, 1, "8.4")]
    public void Round_MidpointAwayFromZero(double value, int decimalPlaces, string expected)
    {
        Assert.Equal(expected, ScorecardFormatter.Round(value, decimalPlaces).ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(-0.04, 1)]
    [InlineData(-0.4, 0)]
    [InlineData(-0.0, 1)]
    public void Round_NegativeResultOfZero_HasNoSign(double value, int decimalPlaces)
    {
        Assert.Equal("0", ScorecardFormatter.Round(value, decimalPlaces).ToString("0.##", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Round_NotFinite_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScorecardFormatter.Round(double.NaN, 1));
    }

    [Fact]
    public void Round_BeyondDecimalRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScorecardFormatter.Round(1e30, 0));
    }

    [Fact]
    public void FormatNumberDifference_PercentagePointsFromUnroundedValues()
    {
        // 35.74 -> 27.26: unrounded difference -8.48 rounds to -8.5,
        // although the displayed values 35.7 and 27.3 differ by -8.4.
        var differences = Differences.Between(35.74, 27.26, TestReports.Indicator("abandoned", "Abandoned", Unit.Percentage));

        Assert.Equal("-8.5", ScorecardFormatter.FormatNumberDifference(differences.Number, Unit.Percentage));
    }

    [Fact]
    public void FormatNumberDifference_BinaryMidpointRoundsAsDecimal()
    {
        // 0.03 - 38.48 = -38.45 exactly, a midpoint, so away from zero gives -38.5.
        // Binary floating point stores the difference as -38.449999999999996, which would round to -38.4.
        var differences = Differences.Between(38.48, 0.03, TestReports.Indicator("rate", "Rate", Unit.Percentage));

        Assert.Equal("-38.5", ScorecardFormatter.FormatNumberDifference(differences.Number, Unit.Percentage));
    }

    [Theory]
    [InlineData(-11_102, Unit.Count, "-11,102")]
    [InlineData(3, Unit.Count, "3")]
    [InlineData(-0.4, Unit.Count, "0")]
    [InlineData(-0.04, Unit.Percentage, "0.0")]
    [InlineData(-0.04, Unit.Score, "0.0")]
    [InlineData(-0.5000000000000018, Unit.Score, "-0.5")] // 13.8 - 14.3 in binary floating point.
    [InlineData(15.9, Unit.Days, "15.9")]
    [InlineData(0.05, Unit.RatePer1000, "0.1")]
    [InlineData(-96, Unit.DurationSeconds, "-01:36")]
    [InlineData(-0.4, Unit.DurationSeconds, "00:00")]
    public void FormatNumberDifference_InUnit(double difference, Unit unit, string expected)
    {
        Assert.Equal(expected, ScorecardFormatter.FormatNumberDifference(difference, unit));
    }

    [Fact]
    public void FormatNumberDifference_Null_IsDash()
    {
        Assert.Equal("-", ScorecardFormatter.FormatNumberDifference(null, Unit.Count));
    }

    [Fact]
    public void FormatNumberDifference_NoGrouping_HasNoSeparators()
    {
        Assert.Equal("-11102", ScorecardFormatter.FormatNumberDifference(-11_102, Unit.Count, NumberGrouping.None));
    }

    [Theory]
    [InlineData(-11_102.0 / 161_421 * 100, "-6.9")] // -6.8777...
    [InlineData(3.0 / 14 * 100, "21.4")] // 21.428...
    [InlineData(-0.04, "0.0")]
    [InlineData(0, "0.0")]
    [InlineData(-12.25, "-12.3")]
    [InlineData(12_345.67, "12,345.7")]
    public void FormatPercentDifference_OneDecimal(double percent, string expected)
    {
        Assert.Equal(expected, ScorecardFormatter.FormatPercentDifference(percent));
    }

    [Fact]
    public void FormatPercentDifference_Null_IsDash()
    {
        Assert.Equal("-", ScorecardFormatter.FormatPercentDifference(null));
    }

    [Fact]
    public void FormatPercentDifference_NoGrouping_HasNoSeparators()
    {
        Assert.Equal("12345.7", ScorecardFormatter.FormatPercentDifference(12_345.67, NumberGrouping.None));
    }

    [Theory]
    [InlineData(168_218, Unit.Count, "168,218")]
    [InlineData(1_234_567.5, Unit.Count, "1,234,568")]
    [InlineData(0, Unit.Count, "0")]
    [InlineData(999, Unit.Count, "999")]
    [InlineData(1_000, Unit.Count, "1,000")]
    [InlineData(13.75, Unit.Score, "13.8")]
    [InlineData(35.74, Unit.Percentage, "35.7")]
    [InlineData(27.26, Unit.Percentage, "27.3")]
    [InlineData(34, Unit.Percentage, "34.0")]
    [InlineData(44.25, Unit.Days, "44.3")]
    [InlineData(1_234.56, Unit.RatePer1000, "1,234.6")]
    public void FormatValue_InUnit(double value, Unit unit, string expected)
    {
        Assert.Equal(expected, ScorecardFormatter.FormatValue(value, unit));
    }

    [Fact]
    public void FormatValue_NoGrouping_HasNoSeparators()
    {
        Assert.Equal("168218", ScorecardFormatter.FormatValue(168_218, Unit.Count, NumberGrouping.None));
    }

    [Fact]
    public void FormatValue_MachineCultureIgnored()
    {
        // A culture with the separators swapped, as German uses them; invariant globalisation allows a modified clone.
        var swapped = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        swapped.NumberFormat.NumberDecimalSeparator = ",";
        swapped.NumberFormat.NumberGroupSeparator = ".";
        var original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = swapped;
        try
        {
            Assert.Equal("1,234.6", ScorecardFormatter.FormatValue(1_234.56, Unit.RatePer1000));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Theory]
    [InlineData(420, "07:00")]
    [InlineData(614, "10:14")]
    [InlineData(518, "08:38")]
    [InlineData(0, "00:00")]
    [InlineData(59.5, "01:00")] // Half a second rounds away from zero to a whole minute.
    [InlineData(-59.5, "-01:00")]
    [InlineData(3_599.4, "59:59")]
    [InlineData(3_725, "62:05")] // Over an hour the minutes keep counting: 62 x 60 + 5 = 3,725.
    [InlineData(36_000, "600:00")]
    [InlineData(-0.2, "00:00")]
    public void FormatDuration_MinutesAndSeconds(double seconds, string expected)
    {
        Assert.Equal(expected, ScorecardFormatter.FormatDuration(seconds));
    }

    [Fact]
    public void FormatWindowValue_NotAvailable_ShowsNa()
    {
        var value = WindowValue.Missing(TestReports.Windows.Baseline, [new ReportMonth(2019, 3)]);

        var formatted = ScorecardFormatter.FormatWindowValue(value, "a", Unit.Count);

        Assert.Equal("n/a", formatted.Text);
        Assert.Equal("a", formatted.NoteMarker);
        Assert.False(formatted.IsAvailable);
    }

    [Fact]
    public void FormatWindowValue_Available_RoundsInUnit()
    {
        var value = WindowValue.Available(TestReports.Windows.Current, 27.26, new Components(2726, 10_000));

        var formatted = ScorecardFormatter.FormatWindowValue(value, null, Unit.Percentage);

        Assert.Equal("27.3", formatted.Text);
        Assert.Null(formatted.NoteMarker);
        Assert.True(formatted.IsAvailable);
    }

    [Fact]
    public void Headings_FromWindows()
    {
        var headings = ScorecardFormatter.Headings(TestReports.Windows);

        Assert.Equal(
            [
                "Police and Crime Plan Priorities",
                "Police Priority Indicators",
                "12 months to Dec 2019",
                "12 months to May 2023",
                "12 months to May 2024",
                "Number Difference 2023/24",
                "% Difference 2023/24",
                "Direction of Travel 2023/24",
            ],
            headings.InColumnOrder);
    }

    [Fact]
    public void Headings_AcrossCentury_TwoDigitYear()
    {
        var windows = ScorecardWindows.For(new ReportMonth(2100, 1), new ReportMonth(2019, 12));

        Assert.Equal("Number Difference 2099/00", ScorecardFormatter.Headings(windows).NumberDifference);
    }

    [Fact]
    public void FormatRow_AllCrime_ColumnsInOrder()
    {
        var report = TestReports.Essex();
        var priority = report.Priorities[0];

        var row = ScorecardFormatter.FormatRow(priority.Priority, priority.Rows[0]);

        Assert.Equal("Priority 1 - Further investment in crime prevention", row.Priority);
        Assert.Equal(["168,218", "161,421", "150,319"], row.Values.Select(value => value.Text));
        Assert.Equal("-11,102", row.NumberDifference);
        Assert.Equal("-6.9", row.PercentDifference);
        Assert.Equal(Direction.Improving, row.Direction);
    }

    [Fact]
    public void FormatRow_WrongValueCount_ThrowsNamingIndicator()
    {
        var report = TestReports.Essex();
        var priority = report.Priorities[0];
        var broken = priority.Rows[0] with { Values = priority.Rows[0].Values.Take(2).ToList() };

        var error = Assert.Throws<ArgumentException>(() => ScorecardFormatter.FormatRow(priority.Priority, broken));

        Assert.Contains("'all-crime' has 2 values", error.Message);
    }

    [Theory]
    [InlineData(Direction.Improving, "Improving")]
    [InlineData(Direction.Stable, "Stable")]
    [InlineData(Direction.Deteriorating, "Deteriorating")]
    [InlineData(Direction.NotAvailable, "n/a")]
    public void FormatDirection_Word(Direction direction, string expected)
    {
        Assert.Equal(expected, ScorecardFormatter.FormatDirection(direction));
    }

    [Fact]
    public void FormatGeneratedAt_BritishDateInUtc()
    {
        Assert.Equal("4 December 2026 20:45 UTC", ScorecardFormatter.FormatGeneratedAt(new DateTimeOffset(2026, 12, 4, 20, 45, 59, TimeSpan.Zero)));
    }

    [Fact]
    public void FormatGeneratedAt_OffsetConvertedToUtc()
    {
        // 00:30 on 5 December at UTC+01:00 is 23:30 on 4 December in UTC.
        Assert.Equal("4 December 2026 23:30 UTC", ScorecardFormatter.FormatGeneratedAt(new DateTimeOffset(2026, 12, 5, 0, 30, 0, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void FormatMonthRuns_CollapsesConsecutiveMonths()
    {
        ReportMonth[] months = [new(2020, 1), new(2019, 8), new(2019, 7), new(2019, 9), new(2019, 8)];

        Assert.Equal("Jul 2019 to Sep 2019, Jan 2020", ScorecardFormatter.FormatMonthRuns(months));
    }

    [Fact]
    public void FormatMonthRuns_Empty_IsNone()
    {
        Assert.Equal("none", ScorecardFormatter.FormatMonthRuns([]));
    }

    [Fact]
    public void FormatCoverage_MonthsAndRows()
    {
        var coverage = ScorecardFormatter.FormatCoverage(TestReports.Essex().Coverage[0]);

        Assert.Equal("Dec 2017", coverage.FirstMonth);
        Assert.Equal("May 2024", coverage.LastMonth);
        Assert.Equal("4 (Jul 2019 to Sep 2019, Jan 2020)", coverage.MissingMonths);
        Assert.Equal("1,234,567", coverage.Rows);
    }

    [Fact]
    public void FormatCoverage_NothingLoaded_ShowsDashes()
    {
        var coverage = ScorecardFormatter.FormatCoverage(new DataCoverage("Force call records", "essex", null, null, [], 0));

        Assert.Equal("-", coverage.FirstMonth);
        Assert.Equal("-", coverage.LastMonth);
        Assert.Equal("-", coverage.MissingMonths);
        Assert.Equal("0", coverage.Rows);
    }

    [Theory]
    [InlineData(1, "12,000 (1 bad row left out)")]
    [InlineData(1500, "12,000 (1,500 bad rows left out)")]
    public void FormatCoverage_BadRows_ShownBesideRows(long badRows, string expected)
    {
        var source = new DataCoverage("Force offence records", "essex", new(2019, 1), new(2024, 5), [], 12_000) { BadRows = badRows };

        Assert.Equal(expected, ScorecardFormatter.FormatCoverage(source).Rows);
    }

    [Fact]
    public void FormatFootnoteNumbers_CommaSeparated()
    {
        Assert.Equal("2, 6", ScorecardFormatter.FormatFootnoteNumbers([2, 6]));
    }
}
