using Scorecard.Core.Plans;
using Scorecard.Core.Time;
using Scorecard.Data.Plans;

namespace Scorecard.Data.Tests.Plans;

public sealed class PlanReaderMeasureTests
{
    private static Indicator ReadOne(string indicatorYaml)
    {
        var indented = string.Join("\n", indicatorYaml.Split('\n').Select(line => "      " + line));
        var yaml = $"""
            name: Test plan
            force: test-force
            footnotes:
              5: Interval note.
            priorities:
              - number: 1
                title: Test
                indicators:
            {indented}
            """;
        return PlanReader.Read(yaml, "test.yaml").Indicators.Single();
    }

    [Fact]
    public void Read_OffenceFilter_WithReturnsId()
    {
        var indicator = ReadOne("""
            - id: da
              label: Number of domestic abuse offences
              unit: count
              polarity: lower-is-better
              measure: { kind: offences, flags: [domestic-abuse], codes: ["8N", "5*"], victim-sex: F, returns: da }
            """);

        var measure = Assert.IsType<OffenceCountMeasure>(indicator.Measure);
        Assert.Equal(new OffenceFilter(["domestic-abuse"], ["8N", "5*"], "F"), measure.Filter);
        Assert.Equal("da", measure.ReturnsId);
    }

    [Fact]
    public void Read_SurveyWithInterval_AndSubgroup()
    {
        var indicator = ReadOne("""
            - id: victims
              label: Confidence of victims
              subgroup: Victims
              unit: percentage
              polarity: higher-is-better
              measure: { kind: survey, question: confidence, victim: yes }
              direction: confidence-intervals
              interval: true
              interval-footnotes: [5]
            """);

        var measure = Assert.IsType<SurveyProportionMeasure>(indicator.Measure);
        Assert.Equal(new SurveyGroup(true, null, null), measure.Group);
        Assert.Equal("Victims", indicator.Subgroup);
        Assert.True(indicator.ShowInterval);
        Assert.Equal([5], indicator.IntervalFootnotes);
        Assert.Equal(DirectionMethodKind.IntervalOverlap, indicator.DirectionMethod);
    }

    [Fact]
    public void Read_IntervalOnCount_IsRejected()
    {
        var error = Assert.Throws<ScorecardDataException>(() => ReadOne("""
            - id: x
              label: X
              unit: count
              polarity: lower-is-better
              measure: { kind: offences }
              interval: true
            """));

        Assert.Contains("only survey measures have confidence intervals", error.Message);
    }

    [Fact]
    public void Read_ToleranceDirection_TakesPercent()
    {
        var indicator = ReadOne("""
            - id: x
              label: X
              unit: count
              polarity: lower-is-better
              measure: { kind: offences }
              direction: { method: tolerance, percent: 2.5 }
            """);

        Assert.Equal(DirectionMethodKind.ToleranceBand, indicator.DirectionMethod);
        Assert.Equal(2.5, indicator.TolerancePercent);
    }

    [Fact]
    public void Read_ToleranceWithoutPercent_SaysWhat()
    {
        var error = Assert.Throws<ScorecardDataException>(() => ReadOne("""
            - id: x
              label: X
              unit: count
              polarity: lower-is-better
              measure: { kind: offences }
              direction: tolerance
            """));

        Assert.Contains("{ method: tolerance, percent: N }", error.Message);
    }

    [Theory]
    [InlineData("polarity", DirectionMethodKind.Polarity)]
    [InlineData("z-test", DirectionMethodKind.ZTest)]
    [InlineData("poisson", DirectionMethodKind.PoissonRateRatio)]
    [InlineData("spc", DirectionMethodKind.Spc)]
    public void Read_DirectionNames(string name, DirectionMethodKind expected)
    {
        var indicator = ReadOne($"""
            - id: x
              label: X
              unit: count
              polarity: lower-is-better
              measure: {"{"} kind: offences {"}"}
              direction: {name}
            """);

        Assert.Equal(expected, indicator.DirectionMethod);
    }

    [Fact]
    public void Read_SpcSettings_AndTarget()
    {
        var indicator = ReadOne("""
            - id: x
              label: X
              unit: count
              polarity: lower-is-better
              measure: { kind: offences }
              target: 600
              spc:
                screening: false
                baseline-points: 12
                trend-length: 6
                rebase:
                  - { month: 2020-04, reason: First national lockdown }
            """);

        Assert.Equal(600, indicator.Target);
        Assert.False(indicator.SpcOptions.ScreenMovingRanges);
        Assert.Equal(12, indicator.SpcOptions.BaselinePoints);
        Assert.Equal(6, indicator.SpcOptions.TrendLength);
        var rebase = Assert.Single(indicator.SpcOptions.Rebases);
        Assert.Equal(new ReportMonth(2020, 4), rebase.Month);
        Assert.Equal("First national lockdown", rebase.Reason);
    }

    [Fact]
    public void Read_DifferenceOfSurveys()
    {
        var indicator = ReadOne("""
            - id: gap
              label: Disparity
              unit: percentage
              polarity: lower-is-better
              measure:
                kind: difference
                minuend: { kind: survey, question: confidence, victim: no }
                subtrahend: { kind: survey, question: confidence, victim: yes }
            """);

        var difference = Assert.IsType<DifferenceMeasure>(indicator.Measure);
        Assert.Equal(new SurveyGroup(false, null, null), Assert.IsType<SurveyProportionMeasure>(difference.Minuend).Group);
    }

    [Fact]
    public void Read_CallsAndWaits()
    {
        var indicator = ReadOne("""
            - id: abandoned
              label: Percentage of 101 calls abandoned
              unit: percentage
              polarity: lower-is-better
              measure:
                kind: ratio
                numerator: { kind: calls, channel: "101", outcome: abandoned }
                denominator: { kind: calls, channel: "101" }
            """);

        var ratio = Assert.IsType<RatioMeasure>(indicator.Measure);
        Assert.Equal(new CallCountMeasure("101", CallOutcome.Abandoned), ratio.Numerator);
        Assert.Equal(new CallCountMeasure("101", CallOutcome.Any), ratio.Denominator);
    }

    [Fact]
    public void ReadFile_EssexPlan_HasEveryPublishedRow()
    {
        var plan = PlanReader.ReadFile(Path.Combine(RepositoryRoot.Path, "plans", "essex-2021-24.yaml"));

        Assert.Equal(7, plan.Priorities.Count);
        Assert.Equal(39, plan.Indicators.Count());
        Assert.Equal(7, plan.Indicators.Count(indicator => indicator.ShowInterval));
        Assert.Equal(["Victims", "Non-Victims"], plan.Indicators.Select(indicator => indicator.Subgroup).OfType<string>());
        Assert.Equal("Further investment in crime prevention", plan.Priorities[0].Title);
        Assert.Equal("Preventing dog theft", plan.Priorities[6].Title);
    }
}
