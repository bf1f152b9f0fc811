using Scorecard.Core.Plans;
using Scorecard.Core.Spc;

namespace Scorecard.Core.Tests.Spc;

public class SeriesLabelTest
{
    private static readonly OffenceFilter AllOffences = new([], [], null);

    public static TheoryData<string, Unit, MeasureDefinition, string> RollingLabels => new()
    {
        { "all crime", Unit.Count, new CrimeCountMeasure([], []), "12-month total" },
        { "solved offences", Unit.Count, new OffenceSolvedMeasure(AllOffences), "12-month total" },
        { "repeat victims", Unit.Count, new RepeatVictimMeasure(AllOffences, RepeatVictimCounting.Victims), "12-month count" },
        { "solved rate", Unit.Percentage, new RatioMeasure(new SolvedCountMeasure([]), new CrimeCountMeasure([], [])), "12-month percentage" },
        { "confidence", Unit.Percentage, new SurveyProportionMeasure("confident", SurveyGroup.Everyone), "12-month percentage" },
        { "disparity", Unit.Percentage, new DifferenceMeasure(new SurveyProportionMeasure("confident", SurveyGroup.Everyone), new SurveyProportionMeasure("confident", SurveyGroup.Everyone)), "12-month difference" },
        { "101 wait", Unit.DurationSeconds, new CallWaitMeasure("101", CallOutcome.Answered), "12-month mean" },
        { "days to outcome", Unit.Days, new MeanDaysToOutcomeMeasure(AllOffences), "12-month mean" },
        { "harm score", Unit.Score, new SeverityScoreMeasure(AllOffences, null), "12-month score" },
        { "crime rate", Unit.RatePer1000, new ReturnsMeasure("crime-rate", ValueKind.Percentage), "12-month rate per 1,000" },
        { "days from returns", Unit.Days, new ReturnsMeasure("days", ValueKind.Sum), "12-month value" },
    };

    [Theory]
    [MemberData(nameof(RollingLabels))]
    public void For_Rolling_NamesTheTwelveMonthFigure(string id, Unit unit, MeasureDefinition measure, string expected)
    {
        var indicator = new Indicator(id, id, [], unit, Polarity.LowerIsBetter, measure, true, DirectionMethodKind.Polarity);

        Assert.Equal(expected, SeriesLabel.For(indicator, SpcSeriesKind.Rolling12Months));
    }

    [Fact]
    public void For_Monthly_IsMonthlyValue()
    {
        var indicator = new Indicator("all-crime", "All crime", [], Unit.Count, Polarity.LowerIsBetter, new CrimeCountMeasure([], []), true, DirectionMethodKind.Polarity);

        Assert.Equal("Monthly value", SeriesLabel.For(indicator, SpcSeriesKind.Monthly));
    }
}
