using Scorecard.Core.Plans;
using Scorecard.Core.Spc;
using static Scorecard.Core.Tests.Spc.SpcTestData;

namespace Scorecard.Core.Tests.Spc;

public partial class XmrChartTest
{
    // 10, 12 four times, then 30: moving ranges 2 x 7 and 18, mean 32 / 8 = 4; 18 > 13.068 is screened,
    // so the mean moving range is 2. Mean 118 / 9 = 13.111; limits 13.111 +- 5.32 = 7.791 to 18.431.
    // 30 is above the upper limit; the eight points before it are all below the centre (a shift).
    private static readonly double?[] HighLast = [10, 12, 10, 12, 10, 12, 10, 12, 30];

    // Same with -8 last: moving ranges 2 x 7 and 20, mean 34 / 8 = 4.25, 20 > 13.885 is screened,
    // mean moving range 2. Mean 80 / 9 = 8.889; limits 3.569 to 14.209. -8 is below the lower limit;
    // the eight points before it are all above the centre.
    private static readonly double?[] LowLast = [10, 12, 10, 12, 10, 12, 10, 12, -8];

    // Rising trend crossing the centre: 10, 30, 10, 30, then 14, 16, ..., 26 (7 rising points).
    // Mean 220 / 11 = 20; moving ranges 20, 20, 20, 16, 2 x 6, mean 88 / 10 = 8.8, none above 28.75.
    // Limits 20 +- 23.408; two sigma 20 +- 15.605 = 4.395 to 35.605, which no point passes.
    // Sides: L H L H L L L (20 on the centre) H H H, so no shift. Only the trend fires.
    private static readonly double?[] RisingAcrossCentre = [10, 30, 10, 30, 14, 16, 18, 20, 22, 24, 26];

    [Fact]
    public void Calculate_HighLast_OutsideLimitsHigh()
    {
        var last = Calculate(Monthly(HighLast)).Points[^1];

        Assert.Equal([new SpcRuleHit(SpcRule.OutsideLimits, SpcSide.High)], last.Hits);
        Assert.Equal(SpcSide.High, last.Side);
    }

    [Fact]
    public void Calculate_HighLast_ShiftBelowBeforeIt()
    {
        var points = Calculate(Monthly(HighLast)).Points;

        Assert.All(points.Take(8), point => Assert.Equal([new SpcRuleHit(SpcRule.Shift, SpcSide.Low)], point.Hits));
    }

    [Fact]
    public void Calculate_HigherIsBetter_HighPointImprovement()
    {
        var points = Calculate(Monthly(HighLast), polarity: Polarity.HigherIsBetter).Points;

        Assert.Equal(SpcPointType.Improvement, points[^1].Type);
        Assert.Equal(SpcPointType.Concern, points[0].Type);
    }

    [Fact]
    public void Calculate_LowerIsBetter_HighPointConcern()
    {
        var points = Calculate(Monthly(HighLast), polarity: Polarity.LowerIsBetter).Points;

        Assert.Equal(SpcPointType.Concern, points[^1].Type);
        Assert.Equal(SpcPointType.Improvement, points[0].Type);
    }

    [Fact]
    public void Calculate_NoPolarity_SpecialCauseNeither()
    {
        var points = Calculate(Monthly(HighLast), polarity: null).Points;

        Assert.Equal(SpcPointType.Neither, points[^1].Type);
    }

    [Fact]
    public void Calculate_RisingTrendBelowCentre_DirectionDecides()
    {
        // 14 is below the centre (20) but part of a rising trend, so its side is High.
        var points = Calculate(Monthly(RisingAcrossCentre), polarity: Polarity.HigherIsBetter).Points;

        Assert.Equal([new SpcRuleHit(SpcRule.Trend, SpcSide.High)], points[4].Hits);
        Assert.Equal(SpcPointType.Improvement, points[4].Type);
        Assert.Equal(SpcPointType.CommonCause, points[3].Type);
    }

    [Fact]
    public void Calculate_RisingTrendLowerIsBetter_Concern()
    {
        var points = Calculate(Monthly(RisingAcrossCentre), polarity: Polarity.LowerIsBetter).Points;

        Assert.Equal(SpcPointType.Concern, points[4].Type);
    }

    [Fact]
    public void Calculate_ShiftAcrossGap_StillFlagged()
    {
        // 1, 2, 1, 2, 1, 2, 1, then 3, 4, 3, gap, 4, 3, 4, 3.
        // Mean 34 / 14 = 2.428571. Moving ranges: 1 x 6, 2, 1, 1, (none into or out of the gap),
        // 1, 1, 1: 12 ranges summing to 13, mean 1.083333, none above 3.539.
        // Limits 2.428571 +- 2.881667; two sigma +- 1.921111 = 0.507 to 4.350: no point beyond.
        // The seven points of 3 and 4 are above the centre. The gap among them is not a point,
        // so they make a shift, and the seven points of 1 and 2 below make another.
        var points = Calculate(Monthly(1, 2, 1, 2, 1, 2, 1, 3, 4, 3, null, 4, 3, 4, 3)).Points;

        Assert.All(points.Take(7), point => Assert.Equal([new SpcRuleHit(SpcRule.Shift, SpcSide.Low)], point.Hits));
        Assert.All(points.Skip(7).Where(point => point.Value is not null), point => Assert.Equal([new SpcRuleHit(SpcRule.Shift, SpcSide.High)], point.Hits));
        Assert.Empty(points[10].Hits);
    }

    // 1, 3 three times, then 5, 7 three times: mean 48 / 12 = 4; every moving range is 2 (3 -> 5 too), so the
    // limits are 4 +- 5.32 and two sigma 4 +- 3.547 = 0.453 to 7.547, which no point passes.
    // Six points below the centre, then six above; no trend.
    private static readonly double?[] SixBelowSixAbove = [1, 3, 1, 3, 1, 3, 5, 7, 5, 7, 5, 7];

    [Fact]
    public void Calculate_ShiftLengthSix_FlagsSixEachSide()
    {
        var points = Calculate(Monthly(SixBelowSixAbove), XmrOptions.Default with { ShiftLength = 6 }).Points;

        Assert.All(points.Take(6), point => Assert.Equal([new SpcRuleHit(SpcRule.Shift, SpcSide.Low)], point.Hits));
        Assert.All(points.Skip(6), point => Assert.Equal([new SpcRuleHit(SpcRule.Shift, SpcSide.High)], point.Hits));
    }

    [Fact]
    public void Calculate_ShiftLengthSeven_SixNotShift()
    {
        var points = Calculate(Monthly(SixBelowSixAbove)).Points;

        Assert.All(points, point => Assert.Equal(SpcPointType.CommonCause, point.Type));
    }

    // Before the rebase: 13, 9, 13, 9, 12, 12, 12, mean 10, so the last three are above it.
    // After: 12, 12, 12, 12, 6, 12, 6, mean 72 / 7 = 10.29, so the first four are above it.
    // As one segment (mean 142 / 14 = 10.14) the 12s at positions 4 to 10 make a shift of 7.
    private static readonly double?[] ShiftAcrossRebase = [13, 9, 13, 9, 12, 12, 12, 12, 12, 12, 12, 6, 12, 6];

    [Fact]
    public void Calculate_NoRebase_ShiftOfSeven()
    {
        var points = Calculate(Monthly(ShiftAcrossRebase)).Points;

        Assert.True(points[4].IsFlaggedBy(SpcRule.Shift));
        Assert.True(points[10].IsFlaggedBy(SpcRule.Shift));
    }

    [Fact]
    public void Calculate_Rebase_ShiftDoesNotCross()
    {
        var options = XmrOptions.Default with { Rebases = [new SpcRebase(Month(7), "Force restructure")] };
        var points = Calculate(Monthly(ShiftAcrossRebase), options).Points;

        Assert.DoesNotContain(points, point => point.IsFlaggedBy(SpcRule.Shift));
    }
}
