using Scorecard.Core.Comparison;
using Scorecard.Core.Plans;

namespace Scorecard.Core.Tests.Comparison;

public sealed class DifferencesTests
{
    private static Indicator Indicator(Unit unit = Unit.Count, bool showPercent = true) =>
        new("x", "X", [], unit, Polarity.LowerIsBetter, new AsbCountMeasure(), showPercent, DirectionMethodKind.Polarity);

    [Fact]
    public void Between_AllCrimeReference_GivesMinusSixPointEightEight()
    {
        // 150,319 - 161,421 = -11,102; -11,102 / 161,421 x 100 = -6.8777...
        var differences = Differences.Between(161_421, 150_319, Indicator());

        Assert.Equal(-11_102, differences.Number);
        Assert.Equal(-6.8777, differences.Percent!.Value, 4);
    }

    [Fact]
    public void Between_ZeroBase_HasNoPercent()
    {
        var differences = Differences.Between(0, 3, Indicator());

        Assert.Equal(3, differences.Number);
        Assert.Null(differences.Percent);
    }

    [Fact]
    public void Between_PercentSuppressed_HasNoPercent()
    {
        Assert.Null(Differences.Between(54, 44, Indicator(showPercent: false)).Percent);
    }

    [Fact]
    public void Between_Percentage_IsPointsWithoutPercent()
    {
        // 35.74% to 27.26%: -8.48 points, shown as -8.5, although the rounded values differ by 8.4.
        var differences = Differences.Between(35.74, 27.26, Indicator(Unit.Percentage));

        Assert.Equal(-8.48, differences.Number!.Value, 10);
        Assert.Null(differences.Percent);
    }

    [Fact]
    public void Between_ValueMissing_HasNeither()
    {
        Assert.Equal(new Differences(null, null), Differences.Between(null, 5, Indicator()));
        Assert.Equal(new Differences(null, null), Differences.Between(5, null, Indicator()));
    }
}
