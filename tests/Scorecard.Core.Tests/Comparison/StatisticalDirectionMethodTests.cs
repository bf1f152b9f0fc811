using Scorecard.Core.Comparison;
using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Spc;
using Scorecard.Core.Statistics;
using Scorecard.Core.Time;

namespace Scorecard.Core.Tests.Comparison;

public sealed class StatisticalDirectionMethodTests
{
    private static readonly Window Previous = Window.MonthsEnding(12, new ReportMonth(2023, 5));
    private static readonly Window Current = Window.MonthsEnding(12, new ReportMonth(2024, 5));

    private static WindowValue Count(Window window, double value) => WindowValue.Available(window, value, Components.Count(value));

    private static WindowValue Survey(Window window, double percent, double halfWidth, double n = 1000) =>
        WindowValue.WithInterval(window, percent, default, new ConfidenceInterval(percent - halfWidth, percent + halfWidth, 0.95, IntervalMethod.Normal, n));

    private static DirectionInput Input(WindowValue previous, WindowValue current, Polarity polarity = Polarity.HigherIsBetter) =>
        new(previous, current, polarity);

    [Theory]
    [InlineData(57.6, 1.2, 59.4, 1.2, Direction.Stable)]
    [InlineData(73.5, 1.0, 76.1, 1.0, Direction.Improving)]
    [InlineData(74.0, 2.0, 76.4, 1.9, Direction.Stable)]
    [InlineData(78.6, 1.0, 80.8, 0.9, Direction.Improving)]
    [InlineData(60.9, 3.0, 60.3, 3.1, Direction.Stable)]
    [InlineData(80.0, 1.0, 70.0, 1.0, Direction.Deteriorating)]
    public void IntervalOverlap_ReferenceRows(double before, double beforeHalf, double after, double afterHalf, Direction expected)
    {
        var direction = new IntervalOverlapDirectionMethod().Decide(Input(Survey(Previous, before, beforeHalf), Survey(Current, after, afterHalf)));

        Assert.Equal(expected, direction);
    }

    [Fact]
    public void IntervalOverlap_NoInterval_IsNotAvailable()
    {
        Assert.Equal(Direction.NotAvailable, new IntervalOverlapDirectionMethod().Decide(Input(Count(Previous, 1), Count(Current, 2))));
    }

    [Fact]
    public void ZTest_ScoreByHand()
    {
        // p1 = 0.5, p2 = 0.65, n = 100 each: pooled 0.575, SE = sqrt(0.575 x 0.425 x 0.02) = 0.069911, z = 2.1456.
        Assert.Equal(2.1456, TwoProportionZTestDirectionMethod.ZScore(0.5, 100, 0.65, 100), 3);
    }

    [Theory]
    [InlineData(50, 60, Direction.Stable)]
    [InlineData(50, 65, Direction.Improving)]
    [InlineData(65, 50, Direction.Deteriorating)]
    public void ZTest_SignificantAtFivePercent(double before, double after, Direction expected)
    {
        // With n = 100 each, 50% to 60% gives z = 1.42 and 50% to 65% gives z = 2.15.
        var direction = new TwoProportionZTestDirectionMethod().Decide(Input(Survey(Previous, before, 5, 100), Survey(Current, after, 5, 100)));

        Assert.Equal(expected, direction);
    }

    [Theory]
    [InlineData(0, 0, 1.0)]
    [InlineData(3, 3, 1.0)]
    [InlineData(5, 0, 0.0625)]
    [InlineData(6, 0, 0.03125)]
    [InlineData(10, 0, 0.001953125)]
    public void PoissonPValue_ExactByHand(long previous, long current, double expected)
    {
        // 5 to 0: P(X <= 0) for Binomial(5, 1/2) is 1/32, doubled 1/16. 6 to 0: 2/64. 10 to 0: 2/1024.
        Assert.Equal(expected, PoissonRateRatioDirectionMethod.PValue(previous, current), 9);
    }

    [Theory]
    [InlineData(54, 44, Polarity.LowerIsBetter, Direction.Stable)]
    [InlineData(6, 0, Polarity.LowerIsBetter, Direction.Improving)]
    [InlineData(5, 0, Polarity.LowerIsBetter, Direction.Stable)]
    [InlineData(161_421, 150_319, Polarity.LowerIsBetter, Direction.Improving)]
    [InlineData(421, 403, Polarity.HigherIsBetter, Direction.Stable)]
    public void Poisson_ChangeCountsWhenSignificant(double before, double after, Polarity polarity, Direction expected)
    {
        Assert.Equal(expected, new PoissonRateRatioDirectionMethod().Decide(Input(Count(Previous, before), Count(Current, after), polarity)));
    }

    [Fact]
    public void PoissonPValue_LargeCounts_UsesNormal()
    {
        // 1,000 to 1,100: n = 2,100, |1,100 - 1,050| - 0.5 = 49.5, sd = sqrt(525) = 22.913, z = 2.1603, p = 0.0307.
        Assert.Equal(0.0307, PoissonRateRatioDirectionMethod.PValue(1000, 1100), 3);
    }

    [Theory]
    [InlineData(100, 104, Direction.Stable)]
    [InlineData(100, 105, Direction.Stable)]
    [InlineData(100, 106, Direction.Deteriorating)]
    [InlineData(100, 94, Direction.Improving)]
    [InlineData(0, 1, Direction.Deteriorating)]
    [InlineData(0, 0, Direction.Stable)]
    public void ToleranceBand_FivePercent(double before, double after, Direction expected)
    {
        var method = new ToleranceBandDirectionMethod(5);

        Assert.Equal(expected, method.Decide(Input(Count(Previous, before), Count(Current, after), Polarity.LowerIsBetter)));
    }

    [Fact]
    public void Spc_LatestPointAboveLimits_IsDeterioratingWhenLowerIsBetter()
    {
        // Twelve months alternating 10 and 12 (mean 11, mean moving range 2, limits 5.68 to 16.32), then 30.
        var points = Enumerable.Range(0, 12).Select(i => new SpcPoint(new ReportMonth(2023, 6).AddMonths(i), i % 2 == 0 ? 10 : 12)).ToList();
        points.Add(new SpcPoint(new ReportMonth(2024, 6), 30));
        var input = new DirectionInput(Count(Previous, 1), Count(Current, 1), Polarity.LowerIsBetter, () => points);

        Assert.Equal(Direction.Deteriorating, new SpcDirectionMethod().Decide(input));
    }

    [Fact]
    public void Spc_CommonCause_IsStable()
    {
        var points = Enumerable.Range(0, 13).Select(i => new SpcPoint(new ReportMonth(2023, 6).AddMonths(i), i % 2 == 0 ? 10 : 12)).ToList();
        var input = new DirectionInput(Count(Previous, 1), Count(Current, 1), Polarity.LowerIsBetter, () => points);

        Assert.Equal(Direction.Stable, new SpcDirectionMethod().Decide(input));
    }
}
