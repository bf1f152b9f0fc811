using Scorecard.Core.Spc;

namespace Scorecard.Core.Tests.Spc;

public class ShiftRuleTest
{
    // Centre 10: above means > 10, below < 10, and 10 itself is on neither side.
    private static readonly XmrLimits Limits = SpcTestData.CentreTenSigma266;

    [Fact]
    public void Evaluate_Empty_ReturnsEmpty()
    {
        Assert.Empty(new ShiftRule(7).Evaluate([], Limits));
    }

    [Fact]
    public void Evaluate_SixAbove_FlagsNothing()
    {
        var flags = new ShiftRule(7).Evaluate([11, 12, 11, 12, 11, 12], Limits);

        Assert.All(flags, flag => Assert.Null(flag));
    }

    [Fact]
    public void Evaluate_SevenAbove_FlagsAllHigh()
    {
        var flags = new ShiftRule(7).Evaluate([11, 12, 11, 12, 11, 12, 11], Limits);

        Assert.All(flags, flag => Assert.Equal(SpcSide.High, flag));
    }

    [Fact]
    public void Evaluate_SevenBelow_FlagsAllLow()
    {
        var flags = new ShiftRule(7).Evaluate([9, 8, 9, 8, 9, 8, 9], Limits);

        Assert.All(flags, flag => Assert.Equal(SpcSide.Low, flag));
    }

    [Fact]
    public void Evaluate_EightAboveBetweenTwoBelow_FlagsOnlyTheRun()
    {
        //            below  --------- 7 above ---------  below
        var values = new double[] { 9, 11, 11, 11, 11, 11, 11, 11, 9 };
        SpcSide?[] expected = [null, SpcSide.High, SpcSide.High, SpcSide.High, SpcSide.High, SpcSide.High, SpcSide.High, SpcSide.High, null];

        Assert.Equal(expected, new ShiftRule(7).Evaluate(values, Limits));
    }

    [Fact]
    public void Evaluate_PointOnCentreLine_BreaksRun()
    {
        // 3 above, one exactly on the centre line, 4 above: no run reaches 7.
        var flags = new ShiftRule(7).Evaluate([11, 11, 11, 10, 11, 11, 11, 11], Limits);

        Assert.All(flags, flag => Assert.Null(flag));
    }

    [Fact]
    public void Evaluate_SideChange_BreaksRun()
    {
        // 4 above, 1 below, 3 above.
        var flags = new ShiftRule(7).Evaluate([11, 11, 11, 11, 9, 11, 11, 11], Limits);

        Assert.All(flags, flag => Assert.Null(flag));
    }

    [Fact]
    public void Evaluate_LengthSix_FlagsSixAbove()
    {
        var flags = new ShiftRule(6).Evaluate([11, 12, 11, 12, 11, 12], Limits);

        Assert.All(flags, flag => Assert.Equal(SpcSide.High, flag));
    }
}
