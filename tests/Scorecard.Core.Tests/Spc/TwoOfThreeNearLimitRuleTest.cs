using Scorecard.Core.Spc;

namespace Scorecard.Core.Tests.Spc;

public class TwoOfThreeNearLimitRuleTest
{
    // Centre 10, sigma 2.66: near the upper limit means 15.32 < x <= 17.98,
    // near the lower limit 2.02 <= x < 4.68; beyond 17.98 or 2.02 is outside the limits.
    private static readonly XmrLimits Limits = SpcTestData.CentreTenSigma266;

    [Fact]
    public void Evaluate_Empty_ReturnsEmpty()
    {
        Assert.Empty(new TwoOfThreeNearLimitRule().Evaluate([], Limits));
    }

    [Fact]
    public void Evaluate_TwoPointsOnly_FlagsNothing()
    {
        // Both near the upper limit, but there is no window of three.
        var flags = new TwoOfThreeNearLimitRule().Evaluate([16, 16], Limits);

        Assert.All(flags, flag => Assert.Null(flag));
    }

    [Fact]
    public void Evaluate_TwoNearHighOfThree_FlagsTheTwo()
    {
        // 16 and 16 are near the upper limit; 11 is above the centre but not near.
        var flags = new TwoOfThreeNearLimitRule().Evaluate([16, 11, 16], Limits);

        SpcSide?[] expected = [SpcSide.High, null, SpcSide.High];
        Assert.Equal(expected, flags);
    }

    [Fact]
    public void Evaluate_TwoNearLowOfThree_FlagsTheTwo()
    {
        // 4 < 4.68 is near the lower limit; 5 is below the centre but not near.
        var flags = new TwoOfThreeNearLimitRule().Evaluate([4, 4, 5], Limits);

        SpcSide?[] expected = [SpcSide.Low, SpcSide.Low, null];
        Assert.Equal(expected, flags);
    }

    [Fact]
    public void Evaluate_OneNearOfThree_FlagsNothing()
    {
        var flags = new TwoOfThreeNearLimitRule().Evaluate([16, 11, 11], Limits);

        Assert.All(flags, flag => Assert.Null(flag));
    }

    [Fact]
    public void Evaluate_ThirdPointOtherSide_FlagsNothing()
    {
        // The middle point, 9, is below the centre, so the three are not on one side.
        var flags = new TwoOfThreeNearLimitRule().Evaluate([16, 9, 16], Limits);

        Assert.All(flags, flag => Assert.Null(flag));
    }

    [Fact]
    public void Evaluate_ThirdPointOnCentre_FlagsNothing()
    {
        var flags = new TwoOfThreeNearLimitRule().Evaluate([16, 10, 16], Limits);

        Assert.All(flags, flag => Assert.Null(flag));
    }

    [Fact]
    public void Evaluate_NearPointsOnOppositeSides_FlagsNothing()
    {
        var flags = new TwoOfThreeNearLimitRule().Evaluate([16, 4, 16], Limits);

        Assert.All(flags, flag => Assert.Null(flag));
    }

    [Fact]
    public void Evaluate_BeyondThreeSigmaAndOneNear_FlagsNothing()
    {
        // 19 > 17.98 is outside the limits, so it is not near a limit: only one of the three
        // (16) is near, and the outside-limits rule, not this one, flags the 19.
        var flags = new TwoOfThreeNearLimitRule().Evaluate([19, 16, 11], Limits);

        Assert.All(flags, flag => Assert.Null(flag));
    }

    [Fact]
    public void Evaluate_BeyondThreeSigmaAndTwoNear_FlagsOnlyTheNear()
    {
        // 16 and 16 are near; the 19 still counts as one of the three on the high side.
        var flags = new TwoOfThreeNearLimitRule().Evaluate([19, 16, 16], Limits);

        SpcSide?[] expected = [null, SpcSide.High, SpcSide.High];
        Assert.Equal(expected, flags);
    }

    [Fact]
    public void Evaluate_NearPointsFourApart_FlagsNothing()
    {
        // 16 at positions 0 and 3: no window of three contains both.
        var flags = new TwoOfThreeNearLimitRule().Evaluate([16, 11, 11, 16], Limits);

        Assert.All(flags, flag => Assert.Null(flag));
    }
}
