using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;

namespace Scorecard.Core.Tests.Measures;

public sealed class WindowEvaluatorTests
{
    private static readonly MeasureDefinition Solved = new SolvedCountMeasure([]);
    private static readonly MeasureDefinition Crimes = new CrimeCountMeasure([], []);
    private static readonly Window ThreeMonths = Window.MonthsEnding(3, new ReportMonth(2020, 3));

    [Fact]
    public void Evaluate_Count_SumsMonthsOfWindowOnly()
    {
        var table = new SeriesTable()
            .Add(Crimes, "2019-12", 100)
            .Add(Crimes, "2020-01", 1)
            .Add(Crimes, "2020-02", 2)
            .Add(Crimes, "2020-03", 3)
            .Add(Crimes, "2020-04", 100);

        var value = WindowEvaluator.Evaluate(Crimes, table, ThreeMonths);

        Assert.Equal(6, value.Value);
    }

    [Fact]
    public void Evaluate_UncoveredMonth_IsMissingNotZero()
    {
        var table = new SeriesTable().Add(Crimes, "2020-01", 1).Add(Crimes, "2020-03", 3);

        var value = WindowEvaluator.Evaluate(Crimes, table, ThreeMonths);

        Assert.Null(value.Value);
        Assert.Equal([new ReportMonth(2020, 2)], value.MissingMonths);
    }

    [Fact]
    public void Evaluate_CoveredMonthWithoutRows_CountsZero()
    {
        var table = new SeriesTable().Cover(ThreeMonths).Add(Crimes, "2020-02", 4);

        Assert.Equal(4, WindowEvaluator.Evaluate(Crimes, table, ThreeMonths).Value);
    }

    [Fact]
    public void Evaluate_Ratio_DividesWindowSums()
    {
        // Solved 1, 0, 2 of crimes 2, 1, 5: 3 / 8 = 37.5%, not the mean of 50%, 0% and 40%.
        var table = new SeriesTable()
            .Add(Solved, "2020-01", 1).Add(Crimes, "2020-01", 2)
            .Add(Solved, "2020-02", 0).Add(Crimes, "2020-02", 1)
            .Add(Solved, "2020-03", 2).Add(Crimes, "2020-03", 5);

        var value = WindowEvaluator.Evaluate(new RatioMeasure(Solved, Crimes), table, ThreeMonths);

        Assert.Equal(37.5, value.Value);
        Assert.Equal(new Components(3, 8), value.Components);
    }

    [Fact]
    public void Evaluate_RatioZeroDenominator_IsUnavailableWithReason()
    {
        var table = new SeriesTable().Cover(ThreeMonths);

        var value = WindowEvaluator.Evaluate(new RatioMeasure(Solved, Crimes), table, ThreeMonths);

        Assert.False(value.IsAvailable);
        Assert.Empty(value.MissingMonths);
        Assert.Contains("denominator", value.UnavailableReason);
    }

    [Fact]
    public void Evaluate_RatioWithMissingMonth_IsMissing()
    {
        var table = new SeriesTable().Add(Solved, "2020-01", 1).Add(Crimes, "2020-01", 1).Add(Crimes, "2020-02", 1);

        var value = WindowEvaluator.Evaluate(new RatioMeasure(Solved, Crimes), table, ThreeMonths);

        Assert.Equal([new ReportMonth(2020, 3)], value.MissingMonths);
    }
}

public sealed class WindowEvaluatorValueKindTests
{
    private static readonly Window TwoMonths = Window.MonthsEnding(2, new ReportMonth(2020, 2));

    [Fact]
    public void Evaluate_Mean_DividesSummedComponents()
    {
        // Waits of 600 s over 2 calls, then 300 s over 1 call: 900 s / 3 calls = 300 s.
        var wait = new CallWaitMeasure("101", CallOutcome.Any);
        var table = new SeriesTable().Add(wait, "2020-01", new Components(600, 2)).Add(wait, "2020-02", new Components(300, 1));

        Assert.Equal(300, WindowEvaluator.Evaluate(wait, table, TwoMonths).Value);
    }

    [Fact]
    public void Evaluate_MeanWithoutCases_IsUnavailable()
    {
        var days = new MeanDaysToOutcomeMeasure(OffenceFilter.All);
        var table = new SeriesTable().Cover(TwoMonths);

        Assert.False(WindowEvaluator.Evaluate(days, table, TwoMonths).IsAvailable);
    }

    [Fact]
    public void Evaluate_WeightedPercentage_HasInterval()
    {
        // 150 of 200 weighted "yes" each month with unit weights: 300 / 400 = 75%, n = 400, +-4.2434 points.
        var survey = new SurveyProportionMeasure("confidence", SurveyGroup.Everyone);
        var table = new SeriesTable().Add(survey, "2020-01", new Components(150, 200, 200)).Add(survey, "2020-02", new Components(150, 200, 200));

        var value = WindowEvaluator.Evaluate(survey, table, TwoMonths);

        Assert.Equal(75, value.Value);
        Assert.NotNull(value.Interval);
        Assert.Equal(400, value.Interval.EffectiveSampleSize);
        Assert.Equal(4.2434, value.Interval.HalfWidth, 0.001);
    }

    [Fact]
    public void Evaluate_WeightsSumToZero_IsUnavailable()
    {
        var survey = new SurveyProportionMeasure("confidence", SurveyGroup.Everyone);
        var table = new SeriesTable().Add(survey, "2020-01", new Components(0, 0, 0)).Add(survey, "2020-02", new Components(0, 0, 0));

        var value = WindowEvaluator.Evaluate(survey, table, TwoMonths);

        Assert.False(value.IsAvailable);
        Assert.Contains("weights sum to zero", value.UnavailableReason);
    }

    [Fact]
    public void Evaluate_Difference_SubtractsWindowValues()
    {
        // Non-victims 75.5% minus victims 60.9% is a disparity of 14.6 points.
        var nonVictims = new ReturnsMeasure("non-victims", ValueKind.Percentage);
        var victims = new ReturnsMeasure("victims", ValueKind.Percentage);
        var table = new SeriesTable()
            .Add(nonVictims, "2020-01", new Components(755, 1000)).Add(nonVictims, "2020-02", new Components(0, 0))
            .Add(victims, "2020-01", new Components(609, 1000)).Add(victims, "2020-02", new Components(0, 0));

        var value = WindowEvaluator.Evaluate(new DifferenceMeasure(nonVictims, victims), table, TwoMonths);

        Assert.Equal(14.6, value.Value!.Value, 10);
    }

    [Fact]
    public void Evaluate_NotAdditive_AsksSourceForWindow()
    {
        var repeat = new RepeatVictimMeasure(OffenceFilter.All, RepeatVictimCounting.Victims);
        var source = new WindowOnlySource(7);

        Assert.Equal(7, WindowEvaluator.Evaluate(repeat, source, TwoMonths).Value);
    }

    private sealed class WindowOnlySource(double value) : IMeasureSeriesSource
    {
        public MonthlySeries Series(MeasureDefinition measure) => throw new InvalidOperationException("A window-level measure must not be summed by month.");

        public WindowValue? EvaluateWindow(MeasureDefinition measure, Window window) =>
            measure.IsAdditiveByMonth ? null : WindowValue.Available(window, value, Components.Count(value));
    }
}

public sealed class WindowEvaluatorReturnsTests
{
    private static readonly Window OneMonth = Window.MonthsEnding(1, new ReportMonth(2020, 1));

    [Fact]
    public void Evaluate_ReturnsLoaded_TakePlaceOfRecords()
    {
        // The ratio's parts would give 1 / 4 = 25%, but returns of 34 over 100 are loaded for it: 34%.
        var crimes = new CrimeCountMeasure([], []);
        var solved = new SolvedCountMeasure([]);
        var rate = new RatioMeasure(solved, crimes) { ReturnsId = "solved-rate" };
        var table = new SeriesTable().Add(solved, "2020-01", 1).Add(crimes, "2020-01", 4);
        var source = new ReturnsTable(table, "solved-rate", new Components(34, 100));

        Assert.Equal(34, WindowEvaluator.Evaluate(rate, source, OneMonth).Value);
    }

    [Fact]
    public void Evaluate_NoReturnsLoaded_CountsRecords()
    {
        var crimes = new CrimeCountMeasure([], []) { ReturnsId = "all-crime" };
        var table = new SeriesTable().Add(crimes, "2020-01", 4);

        Assert.Equal(4, WindowEvaluator.Evaluate(crimes, table, OneMonth).Value);
    }

    private sealed class ReturnsTable(SeriesTable records, string returnsId, Components components) : IMeasureSeriesSource
    {
        public MonthlySeries Series(MeasureDefinition measure) => records.Series(measure);

        public MonthlySeries? ReturnsSeries(string id) => id == returnsId
            ? new MonthlySeries(new Dictionary<ReportMonth, Components> { [new ReportMonth(2020, 1)] = components }, new HashSet<ReportMonth> { new(2020, 1) })
            : null;
    }
}
