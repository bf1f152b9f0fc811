using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;
using Scorecard.Data.Import.Extracts;
using Scorecard.Data.Measures;
using Scorecard.Data.Store;
using Scorecard.Data.Tests.Extracts;

namespace Scorecard.Data.Tests.Measures;

public sealed class ReturnsMeasureTests : IDisposable
{
    private static readonly ReturnsMeasure Dvpo = new("dvpo", ValueKind.Sum);

    private readonly ExtractFiles _files = new();

    public void Dispose() => _files.Dispose();

    // January has North 3 and South 4: 7. February has a whole-force row of 10 beside North 6, and
    // the whole-force row is the month's figure: 10. January and February: 17.
    [Fact]
    public void Evaluate_Returns_UsesWholeForceRowElseSumsAreas()
    {
        using var store = StoreWithReturns("DVPO,2024-01,North,3,,,", "dvpo,2024-01,South,4,,,", "dvpo,2024-02,,10,,,", "dvpo,2024-02,North,6,,,");

        var value = WindowEvaluator.Evaluate(Dvpo, Source(store), Window.MonthsEnding(2, new ReportMonth(2024, 2)));

        Assert.Equal(17, value.Value);
    }

    // March has no return, so a window over it is not available: a missing return is not zero.
    [Fact]
    public void Evaluate_ReturnMonthMissing_IsMissing()
    {
        using var store = StoreWithReturns("dvpo,2024-01,,3,,,", "dvpo,2024-02,,4,,,", "dvpo,2024-04,,5,,,");

        var value = WindowEvaluator.Evaluate(Dvpo, Source(store), Window.MonthsEnding(4, new ReportMonth(2024, 4)));

        Assert.Equal([new ReportMonth(2024, 3)], value.MissingMonths);
    }

    // Waits: 600 s over 10 calls and 300 s over 5 calls: 900 / 15 = 60 s.
    [Fact]
    public void Evaluate_ReturnsMean_SumsComponents()
    {
        using var store = StoreWithReturns("wait-101,2024-01,,,600,10,", "wait-101,2024-02,,,300,5,");

        var value = WindowEvaluator.Evaluate(new ReturnsMeasure("wait-101", ValueKind.Mean), Source(store), Window.MonthsEnding(2, new ReportMonth(2024, 2)));

        Assert.Equal(60, value.Value);
    }

    // January gives a value of 10 and an incomplete numerator 3, so the value counts; February
    // gives all three, so the components count: (10 + 4) / (0 + 8) = 1.75.
    [Fact]
    public void Evaluate_ReturnsValueAndComponents_UsesCompleteComponents()
    {
        using var store = StoreWithReturns("mixed,2024-01,,10,3,,", "mixed,2024-02,,99,4,8,");

        var value = WindowEvaluator.Evaluate(new ReturnsMeasure("mixed", ValueKind.Mean), Source(store), Window.MonthsEnding(2, new ReportMonth(2024, 2)));

        Assert.Equal(new Components(14, 8), value.Components);
        Assert.Equal(1.75, value.Value);
    }

    // Weighted yes 30 of 50 and 20 of 50, squared weights 60 and 40: 50 / 100 = 50%, with an interval.
    [Fact]
    public void Evaluate_ReturnsSurveyShare_HasInterval()
    {
        using var store = StoreWithReturns("confidence,2024-01,,,30,50,60", "confidence,2024-02,,,20,50,40");

        var value = WindowEvaluator.Evaluate(new ReturnsMeasure("confidence", ValueKind.WeightedPercentage), Source(store), Window.MonthsEnding(2, new ReportMonth(2024, 2)));

        Assert.Equal(50, value.Value);
        Assert.Equal(new Components(50, 100, 100), value.Components);
        Assert.NotNull(value.Interval);
    }

    [Fact]
    public void Evaluate_NoReturnsLoaded_IsMissing()
    {
        using var store = ScorecardStore.OpenInMemory();

        var value = WindowEvaluator.Evaluate(Dvpo, Source(store), Window.MonthsEnding(1, new ReportMonth(2024, 1)));

        Assert.False(value.IsAvailable);
        Assert.Equal([new ReportMonth(2024, 1)], value.MissingMonths);
    }

    // Two offences are recorded in January, but the all-crime return gives 100, and the return is used.
    [Fact]
    public void Evaluate_ReturnsIdLoaded_ReplacesRecords()
    {
        using var store = StoreWithOffencesAndReturns("all-crime,2024-01,,100,,,");
        var measure = new OffenceCountMeasure(OffenceFilter.All) { ReturnsId = "all-crime" };

        var value = WindowEvaluator.Evaluate(measure, Source(store), Window.MonthsEnding(1, new ReportMonth(2024, 1)));

        Assert.Equal(100, value.Value);
    }

    [Fact]
    public void Evaluate_ReturnsIdNotLoaded_CountsRecords()
    {
        using var store = StoreWithOffencesAndReturns("other,2024-01,,100,,,");
        var measure = new OffenceCountMeasure(OffenceFilter.All) { ReturnsId = "all-crime" };

        var value = WindowEvaluator.Evaluate(measure, Source(store), Window.MonthsEnding(1, new ReportMonth(2024, 1)));

        Assert.Equal(2, value.Value);
    }

    // Offences cover January and February, the return only January: with the return in use the
    // window's February is missing, because coverage is then the return's months.
    [Fact]
    public void Evaluate_ReturnsIdLoaded_CoverageIsReturnsMonths()
    {
        using var store = StoreWithOffencesAndReturns("all-crime,2024-01,,100,,,");
        var measure = new OffenceCountMeasure(OffenceFilter.All) { ReturnsId = "all-crime" };

        var value = WindowEvaluator.Evaluate(measure, Source(store), Window.MonthsEnding(2, new ReportMonth(2024, 2)));

        Assert.Equal([new ReportMonth(2024, 2)], value.MissingMonths);
    }

    // A repeat-victim measure has no monthly series of its own, but its return has: 4 + 5.
    [Fact]
    public void Evaluate_WindowOnlyMeasureWithReturns_SumsReturns()
    {
        using var store = StoreWithOffencesAndReturns("repeat,2024-01,,4,,,", "repeat,2024-02,,5,,,");
        var measure = new RepeatVictimMeasure(OffenceFilter.All, RepeatVictimCounting.Victims) { ReturnsId = "repeat" };

        var value = WindowEvaluator.Evaluate(measure, Source(store), Window.MonthsEnding(2, new ReportMonth(2024, 2)));

        Assert.Equal(9, value.Value);
    }

    // A ratio's return gives its numerator and denominator: (25 + 5) / (100 + 100) = 15%.
    [Fact]
    public void Evaluate_RatioWithReturns_UsesReturnedComponents()
    {
        using var store = StoreWithReturns("abandoned,2024-01,,,25,100,", "abandoned,2024-02,,,5,100,");
        var rate = new RatioMeasure(new CallCountMeasure("101", CallOutcome.Abandoned), new CallCountMeasure("101", CallOutcome.Any)) { ReturnsId = "abandoned" };

        var value = WindowEvaluator.Evaluate(rate, Source(store), Window.MonthsEnding(2, new ReportMonth(2024, 2)));

        Assert.Equal(15, value.Value);
    }

    [Fact]
    public void Import_ReturnsAgain_ReplacesMeasureMonth()
    {
        using var store = StoreWithReturns("dvpo,2024-01,North,3,,,", "dvpo,2024-01,South,4,,,", "dvpn,2024-01,,9,,,");

        Import(store, "dvpo,2024-01,,8,,,");

        Assert.Equal(1, StoreCounts.Count(store, "monthly_returns", "measure_id = 'dvpo'"));
        Assert.Equal(8, WindowEvaluator.Evaluate(Dvpo, Source(store), Window.MonthsEnding(1, new ReportMonth(2024, 1))).Value);
        Assert.Equal(1, StoreCounts.Count(store, "monthly_returns", "measure_id = 'dvpn'"));
    }

    [Fact]
    public void Import_Returns_RecordsMonthsPerMeasure()
    {
        using var store = StoreWithReturns("dvpo,2024-01,,3,,,", "dvpo,2024-03,,4,,,", "dvpn,2024-02,,9,,,");

        Assert.Equal(2, StoreCounts.Count(store, "loaded_months", "kind = 'returns:dvpo'"));
        Assert.Equal(1, StoreCounts.Count(store, "loaded_months", "kind = 'returns:dvpn' AND month = DATE '2024-02-01'"));
    }

    private static StoreSeriesSource Source(ScorecardStore store) => new(store, ExtractFiles.Force);

    private ScorecardStore StoreWithReturns(params string[] rows)
    {
        var store = ScorecardStore.OpenInMemory();
        Import(store, rows);
        return store;
    }

    private ScorecardStore StoreWithOffencesAndReturns(params string[] rows)
    {
        var store = _files.StoreWithReference();
        _files.ImportOffences(store,
            ExtractFiles.Offence("a", "2024-01-05", victim: "v1"),
            ExtractFiles.Offence("b", "2024-01-06", victim: "v1"),
            ExtractFiles.Offence("c", "2024-02-06"));
        Import(store, rows);
        return store;
    }

    private void Import(ScorecardStore store, params string[] rows)
    {
        var path = _files.Write("returns.csv", ExtractFiles.ReturnsHeader, rows);
        var result = new ExtractImporter(store).Import(ExtractKind.Returns, [path], new ExtractImportOptions(ExtractFiles.Force));
        Assert.Equal(0, result.BadRowCount);
    }
}
