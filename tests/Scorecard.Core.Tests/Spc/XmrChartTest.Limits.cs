using Scorecard.Core.Plans;
using Scorecard.Core.Spc;
using static Scorecard.Core.Tests.Spc.SpcTestData;

namespace Scorecard.Core.Tests.Spc;

public partial class XmrChartTest
{
    private const double Tolerance = 1e-9;

    private static XmrResult Calculate(IReadOnlyList<SpcPoint> points, XmrOptions? options = null, Polarity? polarity = Polarity.HigherIsBetter, double? target = null) =>
        XmrChart.Calculate(points, options ?? XmrOptions.Default, polarity, target);

    [Fact]
    public void Calculate_FivePoints_LimitsFromMeanMovingRange()
    {
        // 10, 12, 11, 13, 12: mean 58 / 5 = 11.6; moving ranges 2, 1, 2, 1, mean 1.5.
        // Limits 11.6 +- 2.66 x 1.5 = 11.6 +- 3.99 = 7.61 to 15.59; sigma 2.66 / 3 x 1.5 = 1.33.
        var limits = Calculate(Monthly(10, 12, 11, 13, 12)).Segments[0].Limits!;

        Assert.Equal(11.6, limits.Centre, Tolerance);
        Assert.Equal(1.5, limits.MeanMovingRange, Tolerance);
        Assert.Equal(15.59, limits.Upper, Tolerance);
        Assert.Equal(7.61, limits.Lower, Tolerance);
        Assert.Equal(1.33, limits.Sigma, Tolerance);
        Assert.Equal(14.26, limits.UpperTwoSigma, Tolerance);
        Assert.Equal(8.94, limits.LowerTwoSigma, Tolerance);
    }

    [Fact]
    public void Calculate_FivePoints_MovingRangesPerPoint()
    {
        var points = Calculate(Monthly(10, 12, 11, 13, 12)).Points;

        Assert.Null(points[0].MovingRange);
        Assert.Equal(2, points[1].MovingRange);
        Assert.Equal(1, points[4].MovingRange);
    }

    [Fact]
    public void Calculate_ScreeningOn_LeavesOutLargeMovingRange()
    {
        // 10, 11, 10, 11, 10, 11, 30: moving ranges 1, 1, 1, 1, 1, 19, mean 24 / 6 = 4.
        // 19 > 3.267 x 4 = 13.068, so it is left out: mean moving range 5 / 5 = 1.
        // Mean 93 / 7 = 13.285714; limits 13.285714 +- 2.66 = 10.625714 to 15.945714.
        var result = Calculate(Monthly(10, 11, 10, 11, 10, 11, 30));
        var segment = result.Segments[0];

        Assert.Equal(1, segment.Limits!.MeanMovingRange, Tolerance);
        Assert.Equal(93.0 / 7 + 2.66, segment.Limits.Upper, Tolerance);
        Assert.Equal(93.0 / 7 - 2.66, segment.Limits.Lower, Tolerance);
        Assert.Equal(1, segment.ScreenedMovingRangeCount);
        Assert.True(result.Points[6].MovingRangeScreened);
    }

    [Fact]
    public void Calculate_ScreeningOff_KeepsLargeMovingRange()
    {
        // Same series: mean moving range 4, limits 13.285714 +- 10.64 = 2.645714 to 23.925714.
        var result = Calculate(Monthly(10, 11, 10, 11, 10, 11, 30), XmrOptions.Default with { ScreenMovingRanges = false });
        var segment = result.Segments[0];

        Assert.Equal(4, segment.Limits!.MeanMovingRange, Tolerance);
        Assert.Equal(93.0 / 7 + 10.64, segment.Limits.Upper, Tolerance);
        Assert.Equal(93.0 / 7 - 10.64, segment.Limits.Lower, Tolerance);
        Assert.Equal(0, segment.ScreenedMovingRangeCount);
        Assert.False(result.Points[6].MovingRangeScreened);
    }

    [Fact]
    public void Calculate_ScreeningOnVersusOff_ChangesFlags()
    {
        // Screened limits 10.63 to 15.95 put every 10 below the lower limit; unscreened
        // limits 2.65 to 23.93 do not.
        var screened = Calculate(Monthly(10, 11, 10, 11, 10, 11, 30));
        var unscreened = Calculate(Monthly(10, 11, 10, 11, 10, 11, 30), XmrOptions.Default with { ScreenMovingRanges = false });

        Assert.True(screened.Points[0].IsFlaggedBy(SpcRule.OutsideLimits));
        Assert.False(unscreened.Points[0].IsFlaggedBy(SpcRule.OutsideLimits));
    }

    [Fact]
    public void Calculate_FlatSeries_ZeroWidthLimitsNoFlags()
    {
        // Moving ranges 0, 0, 0: none is above 3.267 x 0, so none is screened; every point is
        // on the centre line, so neither a shift nor (with ties) a trend.
        var result = Calculate(Monthly(5, 5, 5, 5));

        Assert.Equal(5, result.Segments[0].Limits!.Upper, Tolerance);
        Assert.Equal(0, result.Segments[0].ScreenedMovingRangeCount);
        Assert.All(result.Points, point => Assert.Equal(SpcPointType.CommonCause, point.Type));
    }

    [Fact]
    public void Calculate_MissingMonth_BreaksMovingRangeOnBothSides()
    {
        // 10, 12, gap, 11, 13: moving ranges 2 (Feb) and 2 (May); none into or out of March.
        // Mean moving range 2 (not (2 + 1 + 2) / 3 as if the gap were absent).
        // Mean (10 + 12 + 11 + 13) / 4 = 11.5; limits 11.5 +- 5.32 = 6.18 to 16.82.
        var result = Calculate(Monthly(10, 12, null, 11, 13));

        Assert.Equal(2, result.Segments[0].Limits!.MeanMovingRange, Tolerance);
        Assert.Equal(11.5, result.Segments[0].Limits!.Centre, Tolerance);
        Assert.Equal(16.82, result.Segments[0].Limits!.Upper, Tolerance);
        Assert.Null(result.Points[2].MovingRange);
        Assert.Null(result.Points[3].MovingRange);
    }

    [Fact]
    public void Calculate_MissingMonth_IsGapNotPoint()
    {
        var result = Calculate(Monthly(10, 12, null, 11, 13));

        Assert.Equal(SpcPointType.Missing, result.Points[2].Type);
        Assert.Equal(4, result.Segments[0].PointCount);
        Assert.Contains(result.Warnings, warning => warning.StartsWith("No value for Mar 2019", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_SeriesNotes_ReplaceGapWarning()
    {
        string[] notes = ["12-month values start in Mar 2019.", "Second note."];

        var result = XmrChart.Calculate(Monthly(null, null, 10, 12, 11, 13), XmrOptions.Default, Polarity.HigherIsBetter, null, notes);

        Assert.Equal(notes, result.Warnings.Take(2));
        Assert.DoesNotContain(result.Warnings, warning => warning.StartsWith("No value for", StringComparison.Ordinal));
        Assert.Equal(SpcPointType.Missing, result.Points[0].Type);
    }

    [Fact]
    public void Calculate_SeriesNotesOnEmptySeries_ComeFirst()
    {
        var result = XmrChart.Calculate([], XmrOptions.Default, Polarity.HigherIsBetter, null, ["Note."]);

        Assert.Equal("Note.", result.Warnings[0]);
        Assert.StartsWith("The series has no months", result.Warnings[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_MonthLeftOut_SameAsNullValue()
    {
        var withNull = Calculate(Monthly(10, 12, null, 11, 13));
        var leftOut = Calculate(Monthly(10, 12, null, 11, 13).Where(point => point.Value is not null).ToList());

        Assert.Equal(withNull.Segments[0].Limits, leftOut.Segments[0].Limits);
    }

    [Fact]
    public void Calculate_Baseline_FixesLimitsFromFirstPoints()
    {
        // Baseline 10, 12, 11, 13: mean 11.5, moving ranges 2, 1, 2, mean 5 / 3.
        // Limits 11.5 +- 2.66 x 5 / 3 = 11.5 +- 4.433333 = 7.066667 to 15.933333.
        // The 30s after the baseline are judged against them.
        var result = Calculate(Monthly(10, 12, 11, 13, 30, 30, 30), XmrOptions.Default with { BaselinePoints = 4 });
        var segment = result.Segments[0];

        Assert.Equal(11.5, segment.Limits!.Centre, Tolerance);
        Assert.Equal(11.5 + 2.66 * 5 / 3, segment.Limits.Upper, Tolerance);
        Assert.Equal(4, segment.BaselinePointCount);
        Assert.True(result.Points[3].InBaseline);
        Assert.False(result.Points[4].InBaseline);
        Assert.True(result.Points[4].IsFlaggedBy(SpcRule.OutsideLimits));
    }

    [Fact]
    public void Calculate_NoBaseline_LimitsFromAllPoints()
    {
        // Mean (10 + 12 + 11 + 13 + 90) / 7 = 136 / 7 = 19.428571.
        var result = Calculate(Monthly(10, 12, 11, 13, 30, 30, 30));

        Assert.Equal(136.0 / 7, result.Segments[0].Limits!.Centre, Tolerance);
        Assert.Equal(7, result.Segments[0].BaselinePointCount);
    }

    [Fact]
    public void Calculate_Rebase_EachSegmentOwnLimits()
    {
        // Before: 10, 12, 10, 12: mean 11, moving ranges 2, 2, 2 -> 11 +- 5.32.
        // After:  20, 22, 20, 22: mean 21, moving ranges 2, 2, 2 -> 21 +- 5.32.
        // The jump 12 -> 20 crosses the rebase, so it is no moving range.
        var options = XmrOptions.Default with { Rebases = [new SpcRebase(Month(4), "New recording rules")] };
        var result = Calculate(Monthly(10, 12, 10, 12, 20, 22, 20, 22), options);

        Assert.Equal(2, result.Segments.Count);
        Assert.Equal(11, result.Segments[0].Limits!.Centre, Tolerance);
        Assert.Equal(16.32, result.Segments[0].Limits!.Upper, Tolerance);
        Assert.Equal(21, result.Segments[1].Limits!.Centre, Tolerance);
        Assert.Equal(15.68, result.Segments[1].Limits!.Lower, Tolerance);
        Assert.Null(result.Points[4].MovingRange);
        Assert.Equal(1, result.Points[4].SegmentIndex);
        Assert.Equal("New recording rules", result.Segments[1].Rebase!.Reason);
        Assert.All(result.Points, point => Assert.Equal(SpcPointType.CommonCause, point.Type));
    }

    [Fact]
    public void Calculate_TwelvePoints_LimitsProvisional()
    {
        var result = Calculate(Monthly(Alternating(12)));

        Assert.True(result.Segments[0].IsProvisional);
        Assert.Contains(result.Warnings, warning => warning.Contains("provisional because they rest on 12 points", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_ThirteenPoints_LimitsFirm()
    {
        var result = Calculate(Monthly(Alternating(13)));

        Assert.False(result.HasProvisionalLimits);
        Assert.DoesNotContain(result.Warnings, warning => warning.Contains("provisional", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_BaselineOfTwelve_LimitsProvisional()
    {
        // 20 points, but the limits rest on the first 12.
        var result = Calculate(Monthly(Alternating(20)), XmrOptions.Default with { BaselinePoints = 12 });

        Assert.True(result.Segments[0].IsProvisional);
    }

    [Fact]
    public void Calculate_Empty_NoSegmentsOneWarning()
    {
        var result = Calculate([]);

        Assert.Empty(result.Points);
        Assert.Empty(result.Segments);
        Assert.Equal(VariationIcon.None, result.Variation);
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void Calculate_OnePoint_NoLimits()
    {
        var result = Calculate(Monthly(5));

        Assert.Null(result.Segments[0].Limits);
        Assert.Equal(SpcPointType.NotAssessed, result.Points[0].Type);
        Assert.Equal(VariationIcon.None, result.Variation);
        Assert.Contains(result.Warnings, warning => warning.StartsWith("No limits for Jan 2019", StringComparison.Ordinal));
    }
}
