using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;
using Scorecard.Data.Import.Extracts;
using Scorecard.Data.Measures;
using Scorecard.Data.Store;
using Scorecard.Data.Tests.Extracts;

namespace Scorecard.Data.Tests.Measures;

public sealed class CallAndSurveyMeasureTests : IDisposable
{
    private static readonly Window January = Window.MonthsEnding(1, new ReportMonth(2024, 1));

    private readonly ExtractFiles _files = new();

    public void Dispose() => _files.Dispose();

    // January: c1 101 answered after 30 s, c2 101 abandoned after 90 s, c3 999 answered after 5 s,
    // c4 online with no wait, c5 101 answered after 60 s. February: c6 101 answered after 20 s.
    [Theory]
    [InlineData(null, CallOutcome.Any, 5)]
    [InlineData("101", CallOutcome.Any, 3)]
    [InlineData("101", CallOutcome.Answered, 2)]
    [InlineData("101", CallOutcome.Abandoned, 1)]
    [InlineData("999", CallOutcome.Any, 1)]
    [InlineData("Online", CallOutcome.Any, 1)]
    public void Evaluate_CallCount_ByChannelAndOutcome(string? channel, CallOutcome outcome, double expected)
    {
        using var store = StoreWithCalls();

        var value = WindowEvaluator.Evaluate(new CallCountMeasure(channel, outcome), new StoreSeriesSource(store, ExtractFiles.Force), January);

        Assert.Equal(expected, value.Value);
    }

    // 101 in January: (30 + 90 + 60) / 3 = 60 s. Answered only: (30 + 60) / 2 = 45 s.
    // Every channel: (30 + 90 + 5 + 60) / 4 = 46.25 s, because c4 has no wait recorded.
    [Theory]
    [InlineData("101", CallOutcome.Any, 60)]
    [InlineData("101", CallOutcome.Answered, 45)]
    [InlineData(null, CallOutcome.Any, 46.25)]
    public void Evaluate_CallWait_IsMeanOfRecordedWaits(string? channel, CallOutcome outcome, double expected)
    {
        using var store = StoreWithCalls();

        var value = WindowEvaluator.Evaluate(new CallWaitMeasure(channel, outcome), new StoreSeriesSource(store, ExtractFiles.Force), January);

        Assert.Equal(expected, value.Value);
    }

    // January and February on 101: (180 + 20) / 4 = 50 s, not the mean of 60 and 20.
    [Fact]
    public void Evaluate_CallWaitTwoMonths_SumsBeforeDividing()
    {
        using var store = StoreWithCalls();

        var value = WindowEvaluator.Evaluate(new CallWaitMeasure("101", CallOutcome.Any), new StoreSeriesSource(store, ExtractFiles.Force), Window.MonthsEnding(2, new ReportMonth(2024, 2)));

        Assert.Equal(new Components(200, 4), value.Components);
        Assert.Equal(50, value.Value);
    }

    [Fact]
    public void Evaluate_CallWaitNoneRecorded_IsNotAvailable()
    {
        using var store = StoreWithCalls();

        var value = WindowEvaluator.Evaluate(new CallWaitMeasure("online", CallOutcome.Any), new StoreSeriesSource(store, ExtractFiles.Force), January);

        Assert.Equal("there are no cases to average", value.UnavailableReason);
    }

    // One abandoned 101 call of four over January and February: 25%.
    [Fact]
    public void Evaluate_AbandonedRate_IsRatioOfWindowCounts()
    {
        using var store = StoreWithCalls();
        var rate = new RatioMeasure(new CallCountMeasure("101", CallOutcome.Abandoned), new CallCountMeasure("101", CallOutcome.Any));

        var value = WindowEvaluator.Evaluate(rate, new StoreSeriesSource(store, ExtractFiles.Force), Window.MonthsEnding(2, new ReportMonth(2024, 2)));

        Assert.Equal(25, value.Value);
    }

    // s1 w=1 non-victim F North yes; s2 w=2 non-victim M North no; s3 w=1 victim F South yes;
    // s4 w=3 victim M South not asked; s5 w=0.5 victim status unknown, F North yes.
    // Everyone: yes 1 + 1 + 0.5 = 2.5, weights 1 + 2 + 1 + 0.5 = 4.5, squares 1 + 4 + 1 + 0.25 = 6.25.
    [Theory]
    [InlineData(null, null, null, 2.5, 4.5, 6.25)]
    [InlineData(true, null, null, 1, 1, 1)]
    [InlineData(false, null, null, 1, 3, 5)]
    [InlineData(null, "f", null, 2.5, 2.5, 2.25)]
    [InlineData(null, null, "south", 1, 1, 1)]
    public void Evaluate_SurveyGroup_GivesWeightedComponents(bool? victim, string? sex, string? area, double yes, double weights, double squares)
    {
        using var store = StoreWithSurvey();
        var measure = new SurveyProportionMeasure("Confidence", new SurveyGroup(victim, sex, area));

        var value = WindowEvaluator.Evaluate(measure, new StoreSeriesSource(store, ExtractFiles.Force), January);

        Assert.Equal(new Components(yes, weights, squares), value.Components);
        Assert.Equal(100 * yes / weights, value.Value!.Value, 10);
    }

    // 2.5 / 4.5 = 55.6%, with an interval from the effective sample size 4.5^2 / 6.25 = 3.24.
    [Fact]
    public void Evaluate_SurveyEveryone_HasInterval()
    {
        using var store = StoreWithSurvey();

        var value = WindowEvaluator.Evaluate(new SurveyProportionMeasure("confidence", SurveyGroup.Everyone), new StoreSeriesSource(store, ExtractFiles.Force), January);

        Assert.NotNull(value.Interval);
    }

    // Nobody recorded as X answered, so the weights sum to zero: no value rather than 0%.
    [Fact]
    public void Evaluate_SurveyGroupWithNoResponses_IsNotAvailable()
    {
        using var store = StoreWithSurvey();

        var value = WindowEvaluator.Evaluate(new SurveyProportionMeasure("confidence", new SurveyGroup(null, "X", null)), new StoreSeriesSource(store, ExtractFiles.Force), January);

        Assert.False(value.IsAvailable);
        Assert.Contains("the weights sum to zero", value.UnavailableReason);
    }

    // The second question is answered by s2 (yes) and s4 (no) only: 2 / (2 + 3).
    [Fact]
    public void Evaluate_SurveyOtherQuestion_ReadsItsOwnAnswers()
    {
        using var store = StoreWithSurvey();

        var value = WindowEvaluator.Evaluate(new SurveyProportionMeasure("feel-safe", SurveyGroup.Everyone), new StoreSeriesSource(store, ExtractFiles.Force), January);

        Assert.Equal(40, value.Value!.Value, 10);
    }

    private ScorecardStore StoreWithCalls()
    {
        var store = ScorecardStore.OpenInMemory();
        var path = _files.Write("calls.csv", ExtractFiles.CallsHeader,
            "c1,101,2024-01-02T09:00:00,yes,30,North",
            "c2,101,2024-01-02T09:05:00,no,90,North",
            "c3,999,2024-01-03T22:10:00,yes,5,",
            "c4,Online,2024-01-04T10:00:00,yes,,South",
            "c5,101,2024-01-31T23:59:59,yes,60,South",
            "c6,101,2024-02-01T00:00:00,yes,20,South");
        var result = new ExtractImporter(store).Import(ExtractKind.Calls, [path], new ExtractImportOptions(ExtractFiles.Force));
        Assert.Equal(0, result.BadRowCount);
        return store;
    }

    private ScorecardStore StoreWithSurvey()
    {
        var store = ScorecardStore.OpenInMemory();
        var path = _files.Write("survey.csv", "response_id,date,weight,victim,sex,area,Confidence,Feel-safe",
            "s1,2024-01-05,1,no,F,North,yes,",
            "s2,2024-01-06,2,no,M,North,no,yes",
            "s3,2024-01-07,1,yes,F,South,Yes,",
            "s4,2024-01-08,3,yes,M,South,,no",
            "s5,2024-01-09,0.5,,F,North,yes,");
        var result = new ExtractImporter(store).Import(ExtractKind.Survey, [path], new ExtractImportOptions(ExtractFiles.Force));
        Assert.Equal(0, result.BadRowCount);
        return store;
    }
}
