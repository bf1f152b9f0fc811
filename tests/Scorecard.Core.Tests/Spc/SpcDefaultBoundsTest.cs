using Scorecard.Core.Plans;
using Scorecard.Core.Spc;

namespace Scorecard.Core.Tests.Spc;

public class SpcDefaultBoundsTest
{
    private static readonly MeasureDefinition Crimes = new CrimeCountMeasure([], []);
    private static readonly MeasureDefinition Offences = new OffenceCountMeasure(OffenceFilter.All);
    private static readonly MeasureDefinition Survey = new SurveyProportionMeasure("confidence", SurveyGroup.Everyone);
    private static readonly MeasureDefinition Disparity = new DifferenceMeasure(
        new SurveyProportionMeasure("confidence", new SurveyGroup(false, null, null)),
        new SurveyProportionMeasure("confidence", new SurveyGroup(true, null, null)));

    public static TheoryData<Unit, MeasureDefinition> NotNegativeMeasures => new()
    {
        { Unit.Count, Crimes },
        { Unit.Count, new AsbCountMeasure() },
        { Unit.Count, Offences },
        { Unit.Count, new RepeatVictimMeasure(OffenceFilter.All, RepeatVictimCounting.Victims) },
        { Unit.Count, new CallCountMeasure("999", CallOutcome.Any) },
        { Unit.Count, new ReturnsMeasure("ocg-disruptions", ValueKind.Sum) },
        { Unit.DurationSeconds, new CallWaitMeasure("101", CallOutcome.Answered) },
        { Unit.Days, new MeanDaysToOutcomeMeasure(OffenceFilter.All) },
        { Unit.Score, new SeverityScoreMeasure(OffenceFilter.All, null) },
        { Unit.RatePer1000, new ReturnsMeasure("rate", ValueKind.Mean) },
    };

    [Theory]
    [MemberData(nameof(NotNegativeMeasures))]
    public void For_NotNegativeUnits_FloorZero(Unit unit, MeasureDefinition measure)
    {
        Assert.Equal(new SpcBounds(0, null), SpcDefaultBounds.For(unit, measure));
    }

    [Fact]
    public void For_SurveyPercentage_FloorZeroCeiling100()
    {
        Assert.Equal(new SpcBounds(0, 100), SpcDefaultBounds.For(Unit.Percentage, Survey));
    }

    [Fact]
    public void For_RatioPercentage_FloorZeroCeiling100()
    {
        var solvedRate = new RatioMeasure(new SolvedCountMeasure([]), Crimes);

        Assert.Equal(new SpcBounds(0, 100), SpcDefaultBounds.For(Unit.Percentage, solvedRate));
    }

    [Theory]
    [InlineData(Unit.Percentage)]
    [InlineData(Unit.Count)]
    public void For_Difference_NoBounds(Unit unit)
    {
        Assert.Equal(SpcBounds.None, SpcDefaultBounds.For(unit, Disparity));
    }

    [Fact]
    public void For_DifferenceWithReturnsId_NoBounds()
    {
        Assert.Equal(SpcBounds.None, SpcDefaultBounds.For(Unit.Percentage, Disparity with { ReturnsId = "victim-disparity" }));
    }

    [Fact]
    public void For_RatioOfDifference_NoBounds()
    {
        var ratio = new RatioMeasure(new DifferenceMeasure(Offences, Crimes), Crimes);

        Assert.Equal(SpcBounds.None, SpcDefaultBounds.For(Unit.Percentage, ratio));
    }

    [Fact]
    public void CanBeNegative_OnlyDifferences()
    {
        Assert.True(SpcDefaultBounds.CanBeNegative(Disparity));
        Assert.False(SpcDefaultBounds.CanBeNegative(Crimes));
        Assert.False(SpcDefaultBounds.CanBeNegative(new RatioMeasure(Offences, Crimes)));
    }
}
