using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;
using Scorecard.Data.Measures;
using Scorecard.Data.Store;
using Scorecard.Data.Tests.Extracts;

namespace Scorecard.Data.Tests.Measures;

public sealed class OffenceMeasureTests : IDisposable
{
    private static readonly ReportMonth January = new(2024, 1);

    private readonly ExtractFiles _files = new();

    public void Dispose() => _files.Dispose();

    // January 2024: a (8N, domestic abuse, F), b (8N, domestic abuse and rural, M), c (105A, F),
    // d (3A, rural, F), e (1, no victim sex). February: f (28E, domestic abuse, F).
    [Theory]
    [InlineData(new string[0], new string[0], null, 5)]
    [InlineData(new[] { "domestic-abuse" }, new string[0], null, 2)]
    [InlineData(new[] { "domestic-abuse", "rural" }, new string[0], null, 1)]
    [InlineData(new[] { "Domestic-Abuse" }, new string[0], null, 2)]
    [InlineData(new string[0], new[] { "8N" }, null, 2)]
    [InlineData(new string[0], new[] { "8n" }, null, 2)]
    [InlineData(new string[0], new[] { "1" }, null, 1)]
    [InlineData(new string[0], new[] { "1*" }, null, 2)]
    [InlineData(new string[0], new[] { "10*", "3A" }, null, 2)]
    [InlineData(new string[0], new string[0], "F", 3)]
    [InlineData(new[] { "rural" }, new string[0], "f", 1)]
    public void Series_OffenceFilter_CountsMatchingOffences(string[] flags, string[] codes, string? sex, double expected)
    {
        using var store = StoreWithFilterOffences();

        var series = new StoreSeriesSource(store, ExtractFiles.Force).Series(new OffenceCountMeasure(new OffenceFilter(flags, codes, sex)));

        Assert.Equal(expected, series[January]!.Value.Numerator);
    }

    // Domestic abuse in January and February: a, b and f.
    [Fact]
    public void Evaluate_OffencesOverTwoMonths_SumsMonths()
    {
        using var store = StoreWithFilterOffences();
        var measure = new OffenceCountMeasure(new OffenceFilter(["domestic-abuse"], [], null));

        var value = WindowEvaluator.Evaluate(measure, new StoreSeriesSource(store, ExtractFiles.Force), Window.MonthsEnding(2, new ReportMonth(2024, 2)));

        Assert.Equal(3, value.Value);
    }

    [Fact]
    public void Evaluate_MonthNotLoaded_IsMissingNotSmaller()
    {
        using var store = StoreWithFilterOffences();

        var value = WindowEvaluator.Evaluate(new OffenceCountMeasure(OffenceFilter.All), new StoreSeriesSource(store, ExtractFiles.Force), Window.MonthsEnding(3, new ReportMonth(2024, 2)));

        Assert.False(value.IsAvailable);
        Assert.Equal([new ReportMonth(2023, 12)], value.MissingMonths);
    }

    // s1: type 1 on 2023-02-05, solved in February. s2: type 21 on 2023-03-31, the last day it
    // counts as solved, so solved in March. s3: type 21 on 2023-04-01, no longer solved. s4: type 18,
    // never solved. s5: type 8 dated before its offence, left out. s6: type 8 on 2023-04-03, solved in April.
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 1)]
    public void Series_Solved_CountsByOutcomeMonthWithTypeInForce(int month, double expected)
    {
        using var store = StoreWithOutcomes();

        var series = new StoreSeriesSource(store, ExtractFiles.Force).Series(new OffenceSolvedMeasure(OffenceFilter.All));

        Assert.Equal(expected, series[new ReportMonth(2023, month)]!.Value.Numerator);
    }

    [Fact]
    public void Evaluate_SolvedFourMonths_CountsThree()
    {
        using var store = StoreWithOutcomes();

        var value = WindowEvaluator.Evaluate(new OffenceSolvedMeasure(OffenceFilter.All), new StoreSeriesSource(store, ExtractFiles.Force), Window.MonthsEnding(4, new ReportMonth(2023, 4)));

        Assert.Equal(3, value.Value);
    }

    // Days from recorded to outcome date, by outcome month. February: s1 26 days (10 Jan to 5 Feb)
    // and s4 10 days, so 36 over 2. March: s2 80 days (21 + 28 + 31); s5 is dated before its
    // offence and left out. April: s3 81 days and s6 1 day, so 82 over 2.
    // February to April: (36 + 80 + 82) / 5 = 198 / 5 = 39.6 days.
    [Fact]
    public void Evaluate_MeanDaysToOutcome_SumsDaysAndCasesFirst()
    {
        using var store = StoreWithOutcomes();
        var source = new StoreSeriesSource(store, ExtractFiles.Force);
        var measure = new MeanDaysToOutcomeMeasure(OffenceFilter.All);

        var value = WindowEvaluator.Evaluate(measure, source, Window.MonthsEnding(3, new ReportMonth(2023, 4)));

        Assert.Equal(new Components(198, 5), value.Components);
        Assert.Equal(39.6, value.Value!.Value, 10);
        Assert.Equal(new Components(80, 1), source.Series(measure)[new ReportMonth(2023, 3)]);
    }

    [Fact]
    public void Evaluate_MeanDaysWithoutOutcomes_IsNotAvailable()
    {
        using var store = StoreWithOutcomes();

        var value = WindowEvaluator.Evaluate(new MeanDaysToOutcomeMeasure(OffenceFilter.All), new StoreSeriesSource(store, ExtractFiles.Force), Window.MonthsEnding(1, new ReportMonth(2023, 1)));

        Assert.False(value.IsAvailable);
        Assert.Equal("there are no cases to average", value.UnavailableReason);
    }

    // v1: 2023-12-20 and 2024-01-05, one on each side of the year's edge. v2: three domestic
    // abuse offences, 2024-01-10, 2024-02-10 and 2024-02-11. v3: one offence in February. v4:
    // 2024-01-03 (domestic abuse) and 2024-01-04. Two January offences have no victim id.
    [Theory]
    [InlineData("2024-01", 2, RepeatVictimCounting.Victims, 2)]   // v2 (3) and v4 (2); v1 has one offence in the window
    [InlineData("2024-01", 2, RepeatVictimCounting.Offences, 5)]
    [InlineData("2023-12", 2, RepeatVictimCounting.Victims, 2)]   // December to January: v1 (2) and v4 (2)
    [InlineData("2023-12", 2, RepeatVictimCounting.Offences, 4)]
    [InlineData("2023-12", 1, RepeatVictimCounting.Victims, 0)]   // v1 alone in December
    [InlineData("2024-01", 1, RepeatVictimCounting.Victims, 1)]   // v4; v1 and v2 have one January offence each
    public void EvaluateWindow_RepeatVictims_CountsWithinWindowOnly(string first, int months, RepeatVictimCounting counting, double expected)
    {
        using var store = StoreWithVictims();
        var window = Window.MonthsEnding(months, ReportMonth.Parse(first).AddMonths(months - 1));

        var value = WindowEvaluator.Evaluate(new RepeatVictimMeasure(OffenceFilter.All, counting), new StoreSeriesSource(store, ExtractFiles.Force), window);

        Assert.Equal(expected, value.Value);
    }

    // Only domestic abuse offences count: v2 has three in January and February; v4 has one.
    [Fact]
    public void EvaluateWindow_RepeatVictimsFiltered_CountsMatchingOffencesOnly()
    {
        using var store = StoreWithVictims();
        var measure = new RepeatVictimMeasure(new OffenceFilter(["domestic-abuse"], [], null), RepeatVictimCounting.Victims);

        var value = WindowEvaluator.Evaluate(measure, new StoreSeriesSource(store, ExtractFiles.Force), Window.MonthsEnding(2, new ReportMonth(2024, 2)));

        Assert.Equal(1, value.Value);
    }

    [Fact]
    public void EvaluateWindow_RepeatVictimsMonthMissing_IsMissing()
    {
        using var store = StoreWithVictims();

        var value = WindowEvaluator.Evaluate(new RepeatVictimMeasure(OffenceFilter.All, RepeatVictimCounting.Victims), new StoreSeriesSource(store, ExtractFiles.Force), Window.MonthsEnding(3, January));

        Assert.Equal([new ReportMonth(2023, 11)], value.MissingMonths);
    }

    [Fact]
    public void Series_RepeatVictims_PointsToEvaluateWindow()
    {
        using var store = StoreWithVictims();

        var error = Assert.Throws<ArgumentException>(() => new StoreSeriesSource(store, ExtractFiles.Force).Series(new RepeatVictimMeasure(OffenceFilter.All, RepeatVictimCounting.Victims)));

        Assert.Contains("EvaluateWindow", error.Message);
    }

    private ScorecardStore StoreWithFilterOffences()
    {
        var store = _files.StoreWithReference();
        var result = _files.ImportOffences(store,
            ExtractFiles.Offence("a", "2024-01-02", code: "8N", flags: "domestic-abuse", sex: "F"),
            ExtractFiles.Offence("b", "2024-01-03", code: "8N", flags: "domestic-abuse;rural", sex: "M"),
            ExtractFiles.Offence("c", "2024-01-04", code: "105A", sex: "F"),
            ExtractFiles.Offence("d", "2024-01-05", code: "3A", flags: "rural", sex: "F"),
            ExtractFiles.Offence("e", "2024-01-06", code: "1"),
            ExtractFiles.Offence("f", "2024-02-01", code: "28E", flags: "domestic-abuse", sex: "F"));
        Assert.Equal(0, result.BadRowCount);
        return store;
    }

    private ScorecardStore StoreWithOutcomes()
    {
        var store = _files.StoreWithReference();
        var result = _files.ImportOffences(store,
            ExtractFiles.Offence("s1", "2023-01-10", outcome: "1", outcomeDate: "2023-02-05"),
            ExtractFiles.Offence("s2", "2023-01-10", outcome: "21", outcomeDate: "2023-03-31"),
            ExtractFiles.Offence("s3", "2023-01-10", outcome: "21", outcomeDate: "2023-04-01"),
            ExtractFiles.Offence("s4", "2023-02-10", outcome: "18", outcomeDate: "2023-02-20"),
            ExtractFiles.Offence("s5", "2023-03-10", outcome: "8", outcomeDate: "2023-03-05"),
            ExtractFiles.Offence("s6", "2023-04-02", outcome: "8", outcomeDate: "2023-04-03"));
        Assert.Equal(1, result.BadRowCount);
        return store;
    }

    private ScorecardStore StoreWithVictims()
    {
        var store = _files.StoreWithReference();
        var result = _files.ImportOffences(store,
            ExtractFiles.Offence("v1a", "2023-12-20", victim: "v1"),
            ExtractFiles.Offence("v1b", "2024-01-05", victim: "v1"),
            ExtractFiles.Offence("v2a", "2024-01-10", flags: "domestic-abuse", victim: "v2"),
            ExtractFiles.Offence("v2b", "2024-02-10", flags: "domestic-abuse", victim: "v2"),
            ExtractFiles.Offence("v2c", "2024-02-11", flags: "domestic-abuse", victim: "v2"),
            ExtractFiles.Offence("v3a", "2024-02-15", victim: "v3"),
            ExtractFiles.Offence("v4a", "2024-01-03", flags: "domestic-abuse", victim: "v4"),
            ExtractFiles.Offence("v4b", "2024-01-04", victim: "v4"),
            ExtractFiles.Offence("n1", "2024-01-20"),
            ExtractFiles.Offence("n2", "2024-01-21"));
        Assert.Equal(0, result.BadRowCount);
        return store;
    }
}
