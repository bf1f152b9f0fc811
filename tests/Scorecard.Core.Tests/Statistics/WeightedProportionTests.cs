using Scorecard.Core.Statistics;

namespace Scorecard.Core.Tests.Statistics;

public sealed class WeightedProportionTests
{
    [Fact]
    public void EffectiveSampleSize_UnequalWeights_IsKish()
    {
        // Weights 1, 1, 2, 2: (1 + 1 + 2 + 2)^2 / (1 + 1 + 4 + 4) = 36 / 10 = 3.6.
        Assert.Equal(3.6, WeightedProportion.EffectiveSampleSize(6, 10), 10);
    }

    [Fact]
    public void EffectiveSampleSize_NoWeights_IsZero()
    {
        Assert.Equal(0, WeightedProportion.EffectiveSampleSize(0, 0));
    }

    [Fact]
    public void Interval95_LargeSample_IsNormal()
    {
        // p = 0.75, n = 400: 1.959964 x sqrt(0.75 x 0.25 / 400) = 0.0424345, so 70.757% to 79.243%.
        var interval = WeightedProportion.Interval95(0.75, 400);

        Assert.Equal(IntervalMethod.Normal, interval.Method);
        Assert.Equal(4.2434, interval.HalfWidth, 0.001);
        Assert.Equal(70.757, interval.Lower, 0.001);
        Assert.Equal(79.243, interval.Upper, 0.001);
    }

    [Fact]
    public void Interval95_SmallSample_IsWilson()
    {
        // n = 10, p = 0.5: centre (0.5 + 3.8415/20) / 1.38415 = 0.5;
        // half-width 1.96 x sqrt(0.025 + 3.8415/400) / 1.38415 = 0.26341.
        var interval = WeightedProportion.Interval95(0.5, 10);

        Assert.Equal(IntervalMethod.Wilson, interval.Method);
        Assert.Equal(23.659, interval.Lower, 0.01);
        Assert.Equal(76.341, interval.Upper, 0.01);
    }

    [Fact]
    public void Interval95_ShareOfZero_IsWilsonFromZero()
    {
        // n = 50, p = 0: centre = half-width = (3.841459/100) / 1.076829 = 0.035674, so 0% to 7.1348%.
        var interval = WeightedProportion.Interval95(0, 50);

        Assert.Equal(IntervalMethod.Wilson, interval.Method);
        Assert.Equal(0, interval.Lower, 6);
        Assert.Equal(7.1348, interval.Upper, 0.001);
    }

    [Fact]
    public void Interval95_ExtremeShareInLargeSample_IsWilson()
    {
        // n p = 200 x 0.02 = 4 expected "yes" answers, below 5.
        Assert.Equal(IntervalMethod.Wilson, WeightedProportion.Interval95(0.02, 200).Method);
    }

    [Fact]
    public void Interval95_ShareAboveOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightedProportion.Interval95(1.2, 100));
    }

    [Fact]
    public void Interval95_ZeroSample_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightedProportion.Interval95(0.5, 0));
    }

    [Fact]
    public void Overlaps_TouchingEnds_Overlap()
    {
        var first = new ConfidenceInterval(1, 3, 0.95, IntervalMethod.Normal, 100);
        var second = new ConfidenceInterval(3, 5, 0.95, IntervalMethod.Normal, 100);
        var third = new ConfidenceInterval(3.01, 5, 0.95, IntervalMethod.Normal, 100);

        Assert.True(first.Overlaps(second));
        Assert.False(first.Overlaps(third));
    }
}
