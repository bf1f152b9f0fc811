using Scorecard.Core.Spc;

namespace Scorecard.Core.Tests.Spc;

public class TrendRuleTest
{
    // A trend ignores the limits; these are only passed through.
    private static readonly XmrLimits Limits = SpcTestData.CentreTenSigma266;

    [Fact]
    public void Evaluate_Empty_ReturnsEmpty()
    {
        Assert.Empty(new TrendRule(7).Evaluate([], Limits));
    }

    [Fact]
    public void Evaluate_SixRising_FlagsNothing()
    {
        var flags = new TrendRule(7).Evaluate([1, 2, 3, 4, 5, 6], Limits);

        Assert.All(flags, flag => Assert.Null(flag));
    }

    [Fact]
    public void Evaluate_SevenRising_FlagsAllHigh()
    {
        var flags = new TrendRule(7).Evaluate([1, 2, 3, 4, 5, 6, 7], Limits);

        Assert.All(flags, flag => Assert.Equal(SpcSide.High, flag));
    }

    [Fact]
    public void Evaluate_SevenFalling_FlagsAllLow()
    {
        var flags = new TrendRule(7).Evaluate([7, 6, 5, 4, 3, 2, 1], Limits);

        Assert.All(flags, flag => Assert.Equal(SpcSide.Low, flag));
    }

    [Fact]
    public void Evaluate_RisingBetweenFalls_FlagsOnlyTheTrend()
    {
        // 2 -> 1 falls, 1..7 rises over 7 points, 7 -> 3 falls: the trend starts at the 1.
        var values = new double[] { 2, 1, 2, 3, 4, 5, 6, 7, 3 };
        SpcSide?[] expected = [null, SpcSide.High, SpcSide.High, SpcSide.High, SpcSide.High, SpcSide.High, SpcSide.High, SpcSide.High, null];

        Assert.Equal(expected, new TrendRule(7).Evaluate(values, Limits));
    }

    [Fact]
    public void Evaluate_TieInRise_BreaksTrend()
    {
        // 1, 2, 3 rise (3 points), 3 -> 3 is a tie, then 3..7 rise (5 points): neither reaches 7.
        var flags = new TrendRule(7).Evaluate([1, 2, 3, 3, 4, 5, 6, 7], Limits);

        Assert.All(flags, flag => Assert.Null(flag));
    }

    [Fact]
    public void Evaluate_TieInFall_BreaksTrend()
    {
        var flags = new TrendRule(7).Evaluate([9, 8, 7, 6, 6, 5, 4, 3], Limits);

        Assert.All(flags, flag => Assert.Null(flag));
    }

    [Fact]
    public void Evaluate_RiseBelowCentre_SideIsDirection()
    {
        // Every point is below the centre (10), but the trend rises, so its side is High.
        var flags = new TrendRule(7).Evaluate([1, 2, 3, 4, 5, 6, 7], Limits);

        Assert.Equal(SpcSide.High, flags[^1]);
    }

    [Fact]
    public void Evaluate_LengthSix_FlagsSixFalling()
    {
        var flags = new TrendRule(6).Evaluate([6, 5, 4, 3, 2, 1], Limits);

        Assert.All(flags, flag => Assert.Equal(SpcSide.Low, flag));
    }
}
