using Scorecard.Core.Plans;
using Scorecard.Core.Time;
using Scorecard.Reports.Audit;

namespace Scorecard.Reports.Tests.Audit;

public class IndicatorInferenceTests
{
    private static PublishedNumber Number(string text)
    {
        Assert.True(PublishedNumber.TryParse(text, out var number));
        return number;
    }

    [Theory]
    [InlineData("Burglary rate per 1,000 households", Unit.RatePer1000)]
    [InlineData("Average time to answer 999 calls (mm:ss)", Unit.DurationSeconds)]
    [InlineData("Number of days lost", Unit.Count)]
    [InlineData("Percentage disparity between victims and non-victims", Unit.Percentage)]
    public void Infer_Label_GivesUnit(string label, Unit unit)
    {
        Assert.Equal(unit, IndicatorInference.Infer(label, []).Unit);
    }

    [Fact]
    public void Infer_NoWordsDecimalValues_IsScore()
    {
        var profile = IndicatorInference.Infer("Victim satisfaction", [Number("4.2"), Number("4.5")]);

        Assert.Equal(Unit.Score, profile.Unit);
        Assert.Contains("some values have decimals", profile.UnitBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Infer_DurationValues_IsDuration()
    {
        Assert.Equal(Unit.DurationSeconds, IndicatorInference.Infer("101 wait", [Number("07:00")]).Unit);
    }

    [Theory]
    [InlineData("Number of burglaries SOLVED", Polarity.HigherIsBetter)]
    [InlineData("Number of burglaries", Polarity.LowerIsBetter)]
    [InlineData("Percentage of people who feel safe at night", Polarity.HigherIsBetter)]
    public void Infer_Label_GivesPolarity(string label, Polarity polarity)
    {
        Assert.Equal(polarity, IndicatorInference.Infer(label, []).Polarity);
    }

    [Fact]
    public void Infer_NoPlan_LeavesPercentChoiceOpen()
    {
        Assert.Null(IndicatorInference.Infer("Number of homicides", []).ShowsPercentDifference);
    }

    [Fact]
    public void Match_LabelWithFootnoteAndCase_FindsIndicator()
    {
        var plan = Plan(Indicator("homicides", "Number of Homicides <sup>2</sup>"));

        Assert.Equal("homicides", IndicatorInference.Match(plan, "number of homicides", null)?.Id);
    }

    [Fact]
    public void Match_SubGroup_PrefersSubGroupLabel()
    {
        var plan = Plan(Indicator("all", "Confidence in policing"), Indicator("victims", "Confidence in policing (Victims)"));

        Assert.Equal("victims", IndicatorInference.Match(plan, "Confidence in policing", "Victims")?.Id);
    }

    [Fact]
    public void Match_UnknownLabel_ReturnsNull()
    {
        Assert.Null(IndicatorInference.Match(Plan(Indicator("homicides", "Number of homicides")), "Number of robberies", null));
    }

    [Fact]
    public void FromPlan_Indicator_NamesPlanAsBasis()
    {
        var profile = IndicatorInference.FromPlan(Indicator("homicides", "Number of homicides"));

        Assert.Equal("plan indicator 'homicides'", profile.PolarityBasis);
        Assert.True(profile.ShowsPercentDifference);
    }

    private static Indicator Indicator(string id, string label) =>
        new(id, label, [], Unit.Count, Polarity.LowerIsBetter, new AsbCountMeasure(), true, DirectionMethodKind.Polarity);

    private static Plan Plan(params Indicator[] indicators) =>
        new("Test plan", "essex", new ReportMonth(2019, 12), [new Priority(1, "Priority", indicators)], new Dictionary<int, string>());
}
