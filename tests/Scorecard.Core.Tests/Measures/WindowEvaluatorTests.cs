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
