using Scorecard.Core.Plans;
using Scorecard.Core.Spc;
using static Scorecard.Core.Tests.Spc.SpcTestData;

namespace Scorecard.Core.Tests.Spc;

public partial class XmrChartTest
{
    // 10, 12, 11, 13, 12: limits 7.61 to 15.59 (worked above); no rule fires.
    private static readonly double?[] CommonCause = [10, 12, 11, 13, 12];

    [Fact]
    public void Calculate_NoSpecialCause_CommonCauseIcon()
    {
        Assert.Equal(VariationIcon.CommonCause, Calculate(Monthly(CommonCause)).Variation);
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, VariationIcon.ImprovingHigh)]
    [InlineData(Polarity.LowerIsBetter, VariationIcon.ConcerningHigh)]
    public void Calculate_HighLast_VariationByPolarity(Polarity polarity, VariationIcon expected)
    {
        Assert.Equal(expected, Calculate(Monthly(HighLast), polarity: polarity).Variation);
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, VariationIcon.ConcerningLow)]
    [InlineData(Polarity.LowerIsBetter, VariationIcon.ImprovingLow)]
    public void Calculate_LowLast_VariationByPolarity(Polarity polarity, VariationIcon expected)
    {
        Assert.Equal(expected, Calculate(Monthly(LowLast), polarity: polarity).Variation);
    }

    [Fact]
    public void Calculate_NoPolarityHighLast_NeitherHigh()
    {
        Assert.Equal(VariationIcon.NeitherHigh, Calculate(Monthly(HighLast), polarity: null).Variation);
    }

    [Fact]
    public void Calculate_NoPolarityLowLast_NeitherLow()
    {
        Assert.Equal(VariationIcon.NeitherLow, Calculate(Monthly(LowLast), polarity: null).Variation);
    }

    [Fact]
    public void Calculate_RisingTrendLast_ImprovingHigh()
    {
        Assert.Equal(VariationIcon.ImprovingHigh, Calculate(Monthly(RisingAcrossCentre)).Variation);
    }

    [Fact]
    public void Calculate_LatestMonthMissing_IconFromLastValue()
    {
        // HighLast followed by a gap: the icon describes the 30 in September 2019.
        var result = Calculate(Monthly([.. HighLast, null]));

        Assert.Equal(VariationIcon.ImprovingHigh, result.Variation);
        Assert.Contains(result.Warnings, warning => warning.StartsWith("The latest month, Oct 2019, has no value", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, 20.0, AssuranceIcon.ConsistentlyFailing)]
    [InlineData(Polarity.LowerIsBetter, 20.0, AssuranceIcon.ConsistentlyPassing)]
    [InlineData(Polarity.HigherIsBetter, 5.0, AssuranceIcon.ConsistentlyPassing)]
    [InlineData(Polarity.LowerIsBetter, 5.0, AssuranceIcon.ConsistentlyFailing)]
    [InlineData(Polarity.HigherIsBetter, 12.0, AssuranceIcon.HitAndMiss)]
    [InlineData(Polarity.LowerIsBetter, 12.0, AssuranceIcon.HitAndMiss)]
    public void Calculate_Target_AssuranceByPolarity(Polarity polarity, double target, AssuranceIcon expected)
    {
        // Limits 7.61 to 15.59: a target of 20 is above them, 5 below, 12 within.
        Assert.Equal(expected, Calculate(Monthly(CommonCause), polarity: polarity, target: target).Assurance);
    }

    [Fact]
    public void Calculate_TargetOnUpperLimit_HitAndMiss()
    {
        Assert.Equal(AssuranceIcon.HitAndMiss, Calculate(Monthly(CommonCause), target: 15.59).Assurance);
    }

    [Fact]
    public void Calculate_NoTarget_NoAssurance()
    {
        Assert.Equal(AssuranceIcon.None, Calculate(Monthly(CommonCause)).Assurance);
    }

    [Fact]
    public void Calculate_TargetNoPolarity_NoAssurance()
    {
        Assert.Equal(AssuranceIcon.None, Calculate(Monthly(CommonCause), polarity: null, target: 20).Assurance);
    }

    [Fact]
    public void Calculate_Rebase_AssuranceUsesLatestSegment()
    {
        // Segments 11 +- 5.32 (5.68 to 16.32) and 21 +- 5.32 (15.68 to 26.32): a target of 14
        // is within the first but below the second, so higher-is-better passes consistently.
        var options = XmrOptions.Default with { Rebases = [new SpcRebase(Month(4), "New recording rules")] };
        var result = Calculate(Monthly(10, 12, 10, 12, 20, 22, 20, 22), options, Polarity.HigherIsBetter, 14);

        Assert.Equal(AssuranceIcon.ConsistentlyPassing, result.Assurance);
    }
}
