using Scorecard.Core.Plans;
using Scorecard.Core.Time;
using Scorecard.Data.Plans;

namespace Scorecard.Data.Tests.Plans;

public sealed class PlanReaderTests
{
    private const string ValidPlan = """
        name: Test plan
        force: test-force
        footnotes:
          1: Counted by month recorded.
        priorities:
          - number: 1
            title: Reducing crime
            indicators:
              - id: all-crime
                label: Number of all crime offences
                footnotes: [1]
                unit: count
                polarity: lower-is-better
                measure: { kind: crimes }
              - id: solved-rate
                label: Percentage of offences solved
                unit: percentage
                polarity: higher-is-better
                measure:
                  kind: ratio
                  numerator: { kind: solved, crime-types: [burglary] }
                  denominator: { kind: crimes, crime-types: [Burglary] }
        """;

    [Fact]
    public void Read_ValidPlan_BuildsIndicators()
    {
        var plan = PlanReader.Read(ValidPlan, "test.yaml");

        Assert.Equal("Test plan", plan.Name);
        Assert.Equal("test-force", plan.Force);
        Assert.Equal(new ReportMonth(2019, 12), plan.BaselineEnd);
        var indicators = plan.Indicators.ToList();
        Assert.Equal(2, indicators.Count);
        Assert.Equal([1], indicators[0].Footnotes);
        Assert.True(indicators[0].ShowPercentDifference);
        Assert.False(indicators[1].ShowPercentDifference);
        Assert.Equal(Polarity.HigherIsBetter, indicators[1].Polarity);
        var ratio = Assert.IsType<RatioMeasure>(indicators[1].Measure);
        Assert.Equal(new SolvedCountMeasure(["Burglary"]), ratio.Numerator);
    }

    [Fact]
    public void Read_Baseline_OverridesDefault()
    {
        var plan = PlanReader.Read(ValidPlan.Replace("force: test-force", "force: test-force\nbaseline: 2018-03"), "test.yaml");

        Assert.Equal(new ReportMonth(2018, 3), plan.BaselineEnd);
    }

    [Theory]
    [InlineData("unit: count", "unit: cnt", "test.yaml line 12, key 'unit': found 'cnt', expected one of count, percentage")]
    [InlineData("polarity: lower-is-better", "polarity: down", "line 13, key 'polarity': found 'down', expected one of lower-is-better, higher-is-better")]
    [InlineData("footnotes: [1]", "footnotes: [7]", "line 11, key 'footnotes': found '7', expected a footnote number defined")]
    [InlineData("measure: { kind: crimes }", "measure: { kind: crime }", "line 14, key 'kind': found 'crime', expected one of crimes, asb, solved, ratio")]
    [InlineData("measure: { kind: crimes }", "measure: { kind: crimes, crime-types: [Anti-social behaviour] }", "key 'crime-types': found 'Anti-social behaviour'")]
    [InlineData("label: Number of all crime offences", "lable: Number of all crime offences", "line 10: unknown key 'lable' under 'indicators', expected one of the keys id, label")]
    [InlineData("- number: 1", "- number: one", "line 6, key 'number': found 'one', expected priority number")]
    public void Read_InvalidValue_NamesLineKeyAndExpected(string valid, string invalid, string expected)
    {
        var error = Assert.Throws<ScorecardDataException>(() => PlanReader.Read(ValidPlan.Replace(valid, invalid), "test.yaml"));

        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("polarity: lower-is-better", "polarty: lower-is-better", "unknown key 'polarty' under 'indicators', expected one of the keys id, label", "Did you mean 'polarity'?")]
    [InlineData("label: Number of all crime offences", "lable: Number of all crime offences", "unknown key 'lable'", "Did you mean 'label'?")]
    [InlineData("footnotes: [1]", "foot: [1]", "unknown key 'foot'", "Did you mean 'footnotes'?")]
    [InlineData("unit: count", "unit: cnt", "key 'unit': found 'cnt', expected one of count", "Did you mean 'count'?")]
    [InlineData("measure: { kind: crimes }", "measure: { kind: crime }", "key 'kind': found 'crime', expected one of crimes", "Did you mean 'crimes'?")]
    [InlineData("measure: { kind: crimes }", "measure: { kind: crimes, crime-type: [Burglary] }", "unknown key 'crime-type'", "Did you mean 'crime-types'?")]
    public void Read_NearMiss_SuggestsNearestName(string valid, string invalid, string expected, string suggestion)
    {
        var error = Assert.Throws<ScorecardDataException>(() => PlanReader.Read(ValidPlan.Replace(valid, invalid), "test.yaml"));

        Assert.Contains(expected, error.Message);
        Assert.EndsWith(". " + suggestion, error.Message);
    }

    [Theory]
    [InlineData("polarity: lower-is-better", "colour: lower-is-better")]
    [InlineData("polarity: lower-is-better", "polarity: down")]
    public void Read_NothingClose_SuggestsNothing(string valid, string invalid)
    {
        var error = Assert.Throws<ScorecardDataException>(() => PlanReader.Read(ValidPlan.Replace(valid, invalid), "test.yaml"));

        Assert.DoesNotContain("Did you mean", error.Message);
        Assert.EndsWith(".", error.Message);
    }

    [Fact]
    public void Read_MissingKey_NamesItAndLine()
    {
        var error = Assert.Throws<ScorecardDataException>(() => PlanReader.Read(ValidPlan.Replace("polarity: lower-is-better\n" + new string(' ', 8), ""), "test.yaml"));

        Assert.Contains("has no 'polarity' key", error.Message);
        Assert.Contains("line 9", error.Message);
    }

    [Fact]
    public void Read_RatioWithCountUnit_IsRejected()
    {
        var error = Assert.Throws<ScorecardDataException>(() => PlanReader.Read(ValidPlan.Replace("unit: percentage", "unit: count"), "test.yaml"));

        Assert.Contains("expected percentage", error.Message);
    }

    [Fact]
    public void Read_DuplicateId_IsRejected()
    {
        var error = Assert.Throws<ScorecardDataException>(() => PlanReader.Read(ValidPlan.Replace("id: solved-rate", "id: all-crime"), "test.yaml"));

        Assert.Contains("'all-crime' is used more than once", error.Message);
    }

    [Fact]
    public void Read_BrokenYaml_NamesLine()
    {
        var error = Assert.Throws<ScorecardDataException>(() => PlanReader.Read("name: x\n  force: [unclosed\n", "bad.yaml"));

        Assert.StartsWith("bad.yaml line ", error.Message);
    }

    [Fact]
    public void ReadFile_Missing_NamesPath()
    {
        var error = Assert.Throws<ScorecardDataException>(() => PlanReader.ReadFile("/no/plan.yaml"));

        Assert.Contains("/no/plan.yaml", error.Message);
    }

    [Fact]
    public void ReadFile_ShippedExamplePlan_IsValid()
    {
        var plan = PlanReader.ReadFile(Path.Combine(RepositoryRoot.Path, "plans", "police-uk-example.yaml"));

        var ids = plan.Indicators.Select(indicator => indicator.Id).ToList();
        Assert.Contains("all-crime", ids);
        Assert.Contains("asb", ids);
        Assert.Contains("solved", ids);
        Assert.Contains("solved-rate", ids);
        Assert.Equal(13, plan.Indicators.Count(indicator => indicator.Measure is CrimeCountMeasure { CrimeTypes.Count: 1 }));
    }
}
