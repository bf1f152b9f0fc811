using Scorecard.Core.Measures;
using Scorecard.Core.Spc;
using Scorecard.Core.Time;

namespace Scorecard.Core.Tests.Spc;

public class RollingSeriesNotesTest
{
    private static ReportMonth Month(int year, int month) => new(year, month);

    /// <summary>
    /// Returns the 12-month value of each month from <paramref name="first"/> to <paramref name="last"/>
    /// when the data covers <paramref name="loaded"/>: 1 per month loaded, and missing months otherwise.
    /// </summary>
    private static List<WindowValue> Rolling(ReportMonth first, ReportMonth last, IReadOnlySet<ReportMonth> loaded) =>
        Window.Between(first, last).Months
            .Select(month => Window.MonthsEnding(12, month))
            .Select(window =>
            {
                var missing = window.Months.Where(month => !loaded.Contains(month)).ToList();
                return missing.Count > 0 ? WindowValue.Missing(window, missing) : WindowValue.Available(window, 12, Components.Count(12));
            })
            .ToList();

    private static HashSet<ReportMonth> Loaded(ReportMonth first, ReportMonth last, params ReportMonth[] except) =>
        Window.Between(first, last).Months.Except(except).ToHashSet();

    [Fact]
    public void Describe_EveryMonthHasValue_NoNotes()
    {
        var values = Rolling(Month(2019, 1), Month(2019, 12), Loaded(Month(2018, 1), Month(2019, 12)));

        Assert.Empty(RollingSeriesNotes.Describe(values));
    }

    [Fact]
    public void Describe_Empty_NoNotes()
    {
        Assert.Empty(RollingSeriesNotes.Describe([]));
    }

    // The City of London sample: 36 months from Dec 2017 to Nov 2020, charted from its first month.
    // The window ending Dec 2017 starts in Jan 2017, so the first full window ends in Nov 2018.
    [Fact]
    public void Describe_DataStartsWithChart_StartNote()
    {
        var values = Rolling(Month(2017, 12), Month(2020, 11), Loaded(Month(2017, 12), Month(2020, 11)));

        var notes = RollingSeriesNotes.Describe(values);

        Assert.Equal(["12-month values start in Nov 2018, the first month with 12 months of data."], notes);
    }

    [Fact]
    public void Describe_LaterGap_NamesAffectedValues()
    {
        var values = Rolling(Month(2017, 12), Month(2020, 11), Loaded(Month(2017, 12), Month(2020, 11), Month(2019, 6)));

        var notes = RollingSeriesNotes.Describe(values);

        Assert.Equal(2, notes.Count);
        Assert.Equal("12-month values start in Nov 2018, the first month with 12 months of data.", notes[0]);
        Assert.Equal("No data for Jun 2019, so there is no 12-month value for Jun 2019 to May 2020.", notes[1]);
    }

    // Data from Jan 2018 covers the window ending Jan 2019, so only the gap in Mar 2019 is noted,
    // and its values stop at the last month charted.
    [Fact]
    public void Describe_GapOnly_NoStartNote()
    {
        var values = Rolling(Month(2019, 1), Month(2019, 12), Loaded(Month(2018, 1), Month(2019, 12), Month(2019, 3)));

        var notes = RollingSeriesNotes.Describe(values);

        Assert.Equal(["No data for Mar 2019, so there is no 12-month value for Mar 2019 to Dec 2019."], notes);
    }

    [Fact]
    public void Describe_TwoGaps_OneNote()
    {
        var values = Rolling(Month(2019, 1), Month(2019, 12), Loaded(Month(2018, 1), Month(2019, 12), Month(2018, 6), Month(2019, 9)));

        var notes = RollingSeriesNotes.Describe(values);

        Assert.Equal(["No data for Jun 2018, Sep 2019, so there is no 12-month value for Jan 2019 to May 2019, Sep 2019 to Dec 2019."], notes);
    }

    // Data starts in Dec 2017 but Mar 2018 is missing, so Nov 2018, the first full window, has no value.
    [Fact]
    public void Describe_GapInFirstFullWindow_NoValueClaimed()
    {
        var values = Rolling(Month(2017, 12), Month(2019, 6), Loaded(Month(2017, 12), Month(2019, 6), Month(2018, 3)));

        var notes = RollingSeriesNotes.Describe(values);

        Assert.Equal(2, notes.Count);
        Assert.Equal("No month before Nov 2018 has 12 months of data.", notes[0]);
        Assert.Equal("No data for Mar 2018, so there is no 12-month value for Nov 2018 to Feb 2019.", notes[1]);
    }

    // The window ending Jan 2020 starts in Feb 2019. Data starts in Mar 2020, so the first full window ends in Feb 2021.
    [Fact]
    public void Describe_DataStartsTooLate_NamesFirstValue()
    {
        var values = Rolling(Month(2020, 1), Month(2020, 6), Loaded(Month(2020, 3), Month(2020, 6)));

        var notes = RollingSeriesNotes.Describe(values);

        Assert.Equal(
            ["No month charted has 12 months of data, because there is no data for Feb 2019 to Feb 2020. The first 12-month value will be for Feb 2021."],
            notes);
    }

    [Fact]
    public void Describe_NoData_SaysSo()
    {
        var values = Rolling(Month(2020, 1), Month(2020, 3), new HashSet<ReportMonth>());

        var notes = RollingSeriesNotes.Describe(values);

        Assert.Equal(["No month from Feb 2019 to Mar 2020 has data, so there are no 12-month values."], notes);
    }

    [Fact]
    public void Describe_ZeroDenominator_GivesReason()
    {
        var values = Rolling(Month(2019, 1), Month(2019, 4), Loaded(Month(2018, 1), Month(2019, 4)));
        values[1] = WindowValue.Unavailable(values[1].Window, default, "the denominator is zero");
        values[2] = WindowValue.Unavailable(values[2].Window, default, "the denominator is zero");

        var notes = RollingSeriesNotes.Describe(values);

        Assert.Equal(["No 12-month value for Feb 2019 to Mar 2019, because the denominator is zero."], notes);
    }

    [Fact]
    public void Describe_MonthlyWindow_Throws()
    {
        WindowValue[] values = [WindowValue.Available(Window.MonthsEnding(1, Month(2019, 1)), 1, Components.Count(1))];

        var error = Assert.Throws<ArgumentException>(() => RollingSeriesNotes.Describe(values));

        Assert.StartsWith("values[0] covers [2019-01, 2019-01], but each value must cover the 12 months ending with its month.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_MonthSkipped_Throws()
    {
        WindowValue[] values =
        [
            WindowValue.Available(Window.MonthsEnding(12, Month(2019, 1)), 1, Components.Count(1)),
            WindowValue.Available(Window.MonthsEnding(12, Month(2019, 3)), 1, Components.Count(1)),
        ];

        var error = Assert.Throws<ArgumentException>(() => RollingSeriesNotes.Describe(values));

        Assert.StartsWith("values[1] ends in 2019-03, not the month after values[0] (2019-01)", error.Message, StringComparison.Ordinal);
    }
}
