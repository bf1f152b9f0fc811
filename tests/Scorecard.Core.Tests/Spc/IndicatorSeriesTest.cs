using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Spc;
using Scorecard.Core.Time;

namespace Scorecard.Core.Tests.Spc;

public class IndicatorSeriesTest
{
    private static readonly CrimeCountMeasure Crimes = new([], []);
    private static readonly SolvedCountMeasure Solved = new([]);

    /// <summary>
    /// Crimes 2018-01 to 2019-12, 10 each month except 2019-06 (not covered) and 2019-02
    /// (covered, no rows, so zero). Solved crimes 3 a month, none in 2019-02.
    /// </summary>
    private static readonly FakeSource Source = new(
        new ReportMonth(2018, 1),
        new ReportMonth(2019, 12),
        uncovered: new ReportMonth(2019, 6),
        empty: new ReportMonth(2019, 2));

    [Fact]
    public void Monthly_CoveredMonths_OneValueEach()
    {
        var points = IndicatorSeries.Monthly(Crimes, Source, new ReportMonth(2019, 1), new ReportMonth(2019, 3));

        Assert.Equal([new ReportMonth(2019, 1), new ReportMonth(2019, 2), new ReportMonth(2019, 3)], points.Select(point => point.Month));
        Assert.Equal([10.0, 0.0, 10.0], points.Select(point => point.Value));
    }

    [Fact]
    public void Monthly_MonthNotCovered_GapNotZero()
    {
        var points = IndicatorSeries.Monthly(Crimes, Source, new ReportMonth(2019, 5), new ReportMonth(2019, 7));

        Assert.Null(points[1].Value);
        Assert.Equal(10, points[2].Value);
    }

    [Fact]
    public void Monthly_ZeroDenominator_Gap()
    {
        // Solved over crimes: 3 / 10 = 30% in January, 0 / 0 in February.
        var rate = new RatioMeasure(Solved, Crimes);

        var points = IndicatorSeries.Monthly(rate, Source, new ReportMonth(2019, 1), new ReportMonth(2019, 2));

        Assert.Equal(30, points[0].Value);
        Assert.Null(points[1].Value);
    }

    [Fact]
    public void Rolling12Months_SumsTwelveMonths()
    {
        // 12 months to Dec 2018: 12 x 10 = 120. 12 months to Feb 2019 include the empty
        // February 2019: 11 x 10 = 110.
        var points = IndicatorSeries.Rolling12Months(Crimes, Source, new ReportMonth(2018, 12), new ReportMonth(2019, 2));

        Assert.Equal([120.0, 120.0, 110.0], points.Select(point => point.Value));
    }

    [Fact]
    public void Rolling12Months_WindowWithGap_Gap()
    {
        // Every 12-month window ending June to December 2019 contains June 2019; May 2019's does not.
        var points = IndicatorSeries.Rolling12Months(Crimes, Source, new ReportMonth(2019, 5), new ReportMonth(2019, 12));

        Assert.Equal(110, points[0].Value);
        Assert.All(points.Skip(1), point => Assert.Null(point.Value));
    }

    [Fact]
    public void Rolling12Months_BeforeData_Gap()
    {
        // The window ending December 2017 starts January 2017, before the data.
        var points = IndicatorSeries.Rolling12Months(Crimes, Source, new ReportMonth(2017, 12), new ReportMonth(2017, 12));

        Assert.Null(points[0].Value);
    }

    [Fact]
    public void Evaluate_RollingBeforeData_KeepsMissingMonths()
    {
        // The window ending Jan 2018 starts in Feb 2017, but the data starts in Jan 2018.
        var values = IndicatorSeries.Evaluate(Crimes, Source, new ReportMonth(2018, 1), new ReportMonth(2018, 1), SpcSeriesKind.Rolling12Months);

        var value = Assert.Single(values);
        Assert.Equal(Window.MonthsEnding(12, new ReportMonth(2018, 1)), value.Window);
        Assert.Equal(Window.Between(new ReportMonth(2017, 2), new ReportMonth(2017, 12)).Months, value.MissingMonths);
    }

    [Fact]
    public void Build_SameValuesAsEvaluate()
    {
        var first = new ReportMonth(2018, 11);
        var last = new ReportMonth(2019, 8);

        var points = IndicatorSeries.Build(Crimes, Source, first, last, SpcSeriesKind.Rolling12Months);
        var values = IndicatorSeries.Evaluate(Crimes, Source, first, last, SpcSeriesKind.Rolling12Months);

        Assert.Equal(values.Select(value => value.Window.Last), points.Select(point => point.Month));
        Assert.Equal(values.Select(value => value.Value), points.Select(point => point.Value));
    }

    [Fact]
    public void Build_LastBeforeFirst_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            IndicatorSeries.Build(Crimes, Source, new ReportMonth(2019, 5), new ReportMonth(2019, 4), SpcSeriesKind.Monthly));
    }

    private sealed class FakeSource(ReportMonth first, ReportMonth last, ReportMonth uncovered, ReportMonth empty) : IMeasureSeriesSource
    {
        public MonthlySeries Series(MeasureDefinition measure)
        {
            var perMonth = measure switch
            {
                CrimeCountMeasure => 10,
                SolvedCountMeasure => 3,
                _ => throw new ArgumentException($"No fake series for {measure.Describe()}.", nameof(measure)),
            };

            var covered = Window.Between(first, last).Months.Where(month => month != uncovered).ToHashSet();
            var values = covered.Where(month => month != empty).ToDictionary(month => month, _ => Components.Count(perMonth));
            return new MonthlySeries(values, covered);
        }
    }
}
