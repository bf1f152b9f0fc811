using Scorecard.Core.Plans;

namespace Scorecard.Core.Tests.Plans;

public sealed class PlanNamesTests
{
    [Fact]
    public void Units_EveryUnit_HasOneName()
    {
        foreach (var unit in Enum.GetValues<Unit>())
        {
            Assert.Single(PlanNames.Units, pair => pair.Value == unit);
        }
    }

    [Fact]
    public void Polarities_EveryPolarity_HasOneName()
    {
        foreach (var polarity in Enum.GetValues<Polarity>())
        {
            Assert.Single(PlanNames.Polarities, pair => pair.Value == polarity);
        }
    }

    [Theory]
    [InlineData(Unit.Count, "count")]
    [InlineData(Unit.Percentage, "percentage")]
    [InlineData(Unit.Score, "score")]
    [InlineData(Unit.DurationSeconds, "duration")]
    [InlineData(Unit.Days, "days")]
    [InlineData(Unit.RatePer1000, "rate-per-1000")]
    public void Of_Unit_GivesPlanSpelling(Unit unit, string expected)
    {
        Assert.Equal(expected, PlanNames.Of(unit));
        Assert.Equal(unit, PlanNames.Units[expected]);
    }

    [Theory]
    [InlineData(Polarity.LowerIsBetter, "lower-is-better")]
    [InlineData(Polarity.HigherIsBetter, "higher-is-better")]
    public void Of_Polarity_GivesPlanSpelling(Polarity polarity, string expected)
    {
        Assert.Equal(expected, PlanNames.Of(polarity));
        Assert.Equal(polarity, PlanNames.Polarities[expected]);
    }

    [Fact]
    public void Of_UndefinedUnit_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PlanNames.Of((Unit)99));

        Assert.Equal("unit", error.ParamName);
    }
}
