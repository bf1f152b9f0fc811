using Scorecard.Core.Plans;
using Scorecard.Core.Spc;
using static Scorecard.Core.Tests.Spc.SpcTestData;

namespace Scorecard.Core.Tests.Spc;

public partial class XmrChartTest
{
    // 1, 0, 2, 0, 1, 3, 0, 1: mean 8 / 8 = 1; moving ranges 1, 2, 2, 1, 2, 3, 1, mean 12 / 7.
    // None is above 3.267 x 12 / 7 = 5.6, so none is screened. 2.66 x 12 / 7 = 4.56, so the
    // limits are 1 +- 4.56 = -3.56 to 5.56. Sigma 2.66 / 3 x 12 / 7 = 1.52, so the two-sigma
    // band is 1 +- 3.04 = -2.04 to 4.04. No rule fires.
    private static readonly double?[] SmallCounts = [1, 0, 2, 0, 1, 3, 0, 1];

    // 96, 99, 97, 100, 98: mean 490 / 5 = 98; moving ranges 3, 2, 3, 2, mean 2.5.
    // Limits 98 +- 2.66 x 2.5 = 98 +- 6.65 = 91.35 to 104.65. Sigma 2.66 / 3 x 2.5 = 2.216667,
    // so the two-sigma band is 98 +- 4.433333 = 93.566667 to 102.433333.
    private static readonly double?[] HighPercentages = [96, 99, 97, 100, 98];

    private static readonly XmrOptions CountBounds = XmrOptions.Default with { Bounds = new SpcBounds(0, null) };
    private static readonly XmrOptions PercentageBounds = XmrOptions.Default with { Bounds = new SpcBounds(0, 100) };

    [Fact]
    public void Calculate_FloorZero_LowerShownAtZero()
    {
        var limits = Calculate(Monthly(SmallCounts), CountBounds).Segments[0].Limits!;

        Assert.Equal(1, limits.Centre, Tolerance);
        Assert.Equal(12.0 / 7, limits.MeanMovingRange, Tolerance);
        Assert.Equal(-3.56, limits.Lower, Tolerance);
        Assert.Equal(5.56, limits.Upper, Tolerance);
        Assert.Equal(0, limits.LowerShown, Tolerance);
        Assert.Equal(5.56, limits.UpperShown, Tolerance);
        Assert.True(limits.IsLowerTruncated);
        Assert.False(limits.IsUpperTruncated);
    }

    [Fact]
    public void Calculate_FloorZero_TwoSigmaShownAtZero()
    {
        var limits = Calculate(Monthly(SmallCounts), CountBounds).Segments[0].Limits!;

        Assert.Equal(-2.04, limits.LowerTwoSigma, Tolerance);
        Assert.Equal(4.04, limits.UpperTwoSigma, Tolerance);
        Assert.Equal(0, limits.LowerTwoSigmaShown, Tolerance);
        Assert.Equal(4.04, limits.UpperTwoSigmaShown, Tolerance);
    }

    [Fact]
    public void Calculate_FloorZero_SameFlags()
    {
        // The zeros lie on the shown lower limit, which is inside because comparisons are strict.
        var bounded = Calculate(Monthly(SmallCounts), CountBounds);
        var unbounded = Calculate(Monthly(SmallCounts));

        Assert.Equal(unbounded.Points.Select(point => point.Type), bounded.Points.Select(point => point.Type));
        Assert.All(bounded.Points, point => Assert.Equal(SpcPointType.CommonCause, point.Type));
        Assert.DoesNotContain(bounded.Warnings, warning => warning.Contains("limits floor", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_PercentagesCeiling100_UpperShownAt100()
    {
        var limits = Calculate(Monthly(HighPercentages), PercentageBounds).Segments[0].Limits!;

        Assert.Equal(98, limits.Centre, Tolerance);
        Assert.Equal(104.65, limits.Upper, Tolerance);
        Assert.Equal(91.35, limits.Lower, Tolerance);
        Assert.Equal(100, limits.UpperShown, Tolerance);
        Assert.Equal(91.35, limits.LowerShown, Tolerance);
        Assert.Equal(100, limits.UpperTwoSigmaShown, Tolerance);
        Assert.Equal(98 - 2 * 2.66 / 3 * 2.5, limits.LowerTwoSigmaShown, Tolerance);
        Assert.True(limits.IsUpperTruncated);
        Assert.False(limits.IsLowerTruncated);
    }

    [Fact]
    public void Calculate_NoBounds_ShownEqualsCalculated()
    {
        var limits = Calculate(Monthly(SmallCounts)).Segments[0].Limits!;

        Assert.Equal(SpcBounds.None, limits.Bounds);
        Assert.Equal(-3.56, limits.LowerShown, Tolerance);
        Assert.Equal(5.56, limits.UpperShown, Tolerance);
        Assert.Equal(-2.04, limits.LowerTwoSigmaShown, Tolerance);
        Assert.Equal(4.04, limits.UpperTwoSigmaShown, Tolerance);
        Assert.False(limits.IsLowerTruncated);
        Assert.False(limits.IsUpperTruncated);
    }

    [Fact]
    public void Calculate_FloorAboveCentre_FloorLeftOut()
    {
        // The centre is 1, so a floor of 2 is passed by most values and cannot be natural.
        var result = Calculate(Monthly(SmallCounts), XmrOptions.Default with { Bounds = new SpcBounds(2, 10) });
        var limits = result.Segments[0].Limits!;

        Assert.Equal(new SpcBounds(null, 10), limits.Bounds);
        Assert.Equal(-3.56, limits.LowerShown, Tolerance);
        Assert.False(limits.IsLowerTruncated);
        Assert.Contains(
            "The limits floor 2 is not applied to Jan 2019 to Aug 2019, because Jan 2019 has the value 1, below it, " +
            "so the lower process limit is shown as calculated. If values below 2 are possible, set 'limits-floor: none' in the indicator's spc settings.",
            result.Warnings);
    }

    [Fact]
    public void Calculate_ValueBelowFloor_FloorLeftOut()
    {
        // The centre 1 is above a floor of 0.5, but the zeros are below it and would be drawn
        // under a lower limit truncated at 0.5 while being common cause.
        var result = Calculate(Monthly(SmallCounts), XmrOptions.Default with { Bounds = new SpcBounds(0.5, null) });

        Assert.Equal(SpcBounds.None, result.Segments[0].Limits!.Bounds);
        Assert.Contains(result.Warnings, warning => warning.StartsWith("The limits floor 0.5 is not applied to Jan 2019 to Aug 2019, because Feb 2019 has the value 0,", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_ValueAboveCeiling_CeilingLeftOut()
    {
        // 96, 99, 97, 104, 98: the 104 passes a ceiling of 100, as a ratio whose numerator is not
        // part of its denominator can. Mean 494 / 5 = 98.8; moving ranges 3, 2, 7, 6, mean 4.5;
        // limits 98.8 +- 11.97 = 86.83 to 110.77.
        var result = Calculate(Monthly(96, 99, 97, 104, 98), PercentageBounds);
        var limits = result.Segments[0].Limits!;

        Assert.Equal(new SpcBounds(0, null), limits.Bounds);
        Assert.Equal(110.77, limits.UpperShown, Tolerance);
        Assert.Contains(result.Warnings, warning => warning.StartsWith("The limits ceiling 100 is not applied to Jan 2019 to May 2019, because Apr 2019 has the value 104, above it,", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_RebaseBounds_FittedPerSegment()
    {
        // Before the rebase 1, 0, 2, 0 (mean 0.75, moving ranges 1, 2, 2, limits 0.75 +- 4.433333)
        // respect a floor of 0; after it -1, 1, -1, 1 pass it, so only the second segment loses it.
        var options = XmrOptions.Default with { Bounds = new SpcBounds(0, null), Rebases = [new SpcRebase(Month(4), "Net figures from here")] };
        var result = Calculate(Monthly(1, 0, 2, 0, -1, 1, -1, 1), options);

        Assert.True(result.Segments[0].Limits!.IsLowerTruncated);
        Assert.Equal(SpcBounds.None, result.Segments[1].Limits!.Bounds);
        Assert.Single(result.Warnings, warning => warning.StartsWith("The limits floor 0 is not applied to May 2019 to Aug 2019", StringComparison.Ordinal));
    }

    [Fact]
    public void XmrLimits_FloorAboveCentre_Rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new XmrLimits(1, 12.0 / 7) { Bounds = new SpcBounds(2, null) });

        Assert.Equal("Bounds", error.ParamName);
        Assert.StartsWith("The bounds (floor 2) do not contain the centre line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void XmrLimits_CeilingBelowCentre_Rejected()
    {
        Assert.Throws<ArgumentException>(() => new XmrLimits(98, 2.5) { Bounds = new SpcBounds(0, 90) });
    }

    [Fact]
    public void XmrLimits_FloorOnCentre_Accepted()
    {
        // A flat series of zeros has its centre on the floor; the shown limits are 0 to 0.
        var limits = new XmrLimits(0, 0) { Bounds = new SpcBounds(0, null) };

        Assert.Equal(0, limits.LowerShown);
        Assert.False(limits.IsLowerTruncated);
    }

    [Theory]
    [InlineData(Polarity.LowerIsBetter, -1.0, AssuranceIcon.ConsistentlyFailing)]
    [InlineData(Polarity.HigherIsBetter, -1.0, AssuranceIcon.ConsistentlyPassing)]
    [InlineData(Polarity.LowerIsBetter, 0.0, AssuranceIcon.HitAndMiss)]
    [InlineData(Polarity.LowerIsBetter, 5.0, AssuranceIcon.HitAndMiss)]
    [InlineData(Polarity.LowerIsBetter, 6.0, AssuranceIcon.ConsistentlyPassing)]
    public void Calculate_TargetWithFloor_AssuranceFromShownLimits(Polarity polarity, double target, AssuranceIcon expected)
    {
        // Shown limits 0 to 5.56 (calculated -3.56 to 5.56): no month can be at -1, so a target
        // there is always failed when lower is better, though it lies within the calculated limits.
        Assert.Equal(expected, Calculate(Monthly(SmallCounts), CountBounds, polarity, target).Assurance);
    }

    [Fact]
    public void Calculate_TargetAboveCeiling_ConsistentlyFailing()
    {
        // Shown limits 91.35 to 100 (calculated 91.35 to 104.65): no month can pass 100%.
        var result = Calculate(Monthly(HighPercentages), PercentageBounds, Polarity.HigherIsBetter, 101);

        Assert.Equal(AssuranceIcon.ConsistentlyFailing, result.Assurance);
    }
}
