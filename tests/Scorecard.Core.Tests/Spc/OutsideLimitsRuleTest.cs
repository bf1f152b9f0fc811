using Scorecard.Core.Spc;

namespace Scorecard.Core.Tests.Spc;

public class OutsideLimitsRuleTest
{
    private static readonly XmrLimits Limits = SpcTestData.CentreTenSigma266;

    [Fact]
    public void Evaluate_Empty_ReturnsEmpty()
    {
        Assert.Empty(new OutsideLimitsRule().Evaluate([], Limits));
    }

    [Fact]
    public void Evaluate_PointsAroundLimits_FlagsOnlyStrictlyOutside()
    {
        // Limits 10 +- 2.66 x 3 = 2.02 to 17.98. A point exactly on a limit is inside.
        var flags = new OutsideLimitsRule().Evaluate([18, 17.98, 2.02, 2, 10], Limits);

        Assert.Equal(SpcSide.High, flags[0]);
        Assert.Null(flags[1]);
        Assert.Null(flags[2]);
        Assert.Equal(SpcSide.Low, flags[3]);
        Assert.Null(flags[4]);
    }
}
