using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;
using Scorecard.Data.Measures;
using Scorecard.Data.Store;
using Scorecard.Data.Tests.Extracts;

namespace Scorecard.Data.Tests.Measures;

/// <summary>
/// Offences: 2023-12-15 28E North (weight 100, version 2020), 2024-01-15 28E North (150, version
/// 2024 in force from 2024-01-01), 2024-01-20 8N South (10), 2024-02-01 3A North rural (30).
/// Whole force December to February: 100 + 150 + 10 + 30 = 290 days; North: 280 days.
/// </summary>
public sealed class SeverityScoreTests : IDisposable
{
    private static readonly Window DecemberToFebruary = Window.MonthsEnding(3, new ReportMonth(2024, 2));

    private readonly ExtractFiles _files = new();

    public void Dispose() => _files.Dispose();

    // No 2024 population is loaded, so 2023's is used and the note names it: 290 / 1000 = 0.29.
    [Fact]
    public void EvaluateWindow_PopulationYearMissing_UsesEarlierYearWithNote()
    {
        using var store = StoreWithOffences("ALL,2023,1000", "ALL,2022,500");

        var value = Evaluate(store, new SeverityScoreMeasure(OffenceFilter.All, null), DecemberToFebruary);

        Assert.Equal(0.29, value.Value!.Value, 12);
        Assert.Equal(new Components(290, 1000), value.Components);
        Assert.Equal("the score uses the 2023 population of the force, because none is loaded for 2024", value.Note);
    }

    // 290 / 2000 = 0.145, with no note because the window's last year is loaded.
    [Fact]
    public void EvaluateWindow_PopulationOfLastMonthsYear_HasNoNote()
    {
        using var store = StoreWithOffences("ALL,2023,1000", "ALL,2024,2000");

        var value = Evaluate(store, new SeverityScoreMeasure(OffenceFilter.All, null), DecemberToFebruary);

        Assert.Equal(0.145, value.Value!.Value, 12);
        Assert.Null(value.Note);
    }

    // Without an ALL row the force is the sum of its areas: 290 / (600 + 400) = 0.29.
    [Fact]
    public void EvaluateWindow_NoWholeForceRow_SumsAreas()
    {
        using var store = StoreWithOffences("North,2024,600", "South,2024,400");

        var value = Evaluate(store, new SeverityScoreMeasure(OffenceFilter.All, null), DecemberToFebruary);

        Assert.Equal(0.29, value.Value!.Value, 12);
    }

    // An ALL row wins over the areas, so the areas are not added to it: 290 / 2000.
    [Fact]
    public void EvaluateWindow_WholeForceRowAndAreas_UsesWholeForceRow()
    {
        using var store = StoreWithOffences("ALL,2024,2000", "North,2024,600", "South,2024,400");

        var value = Evaluate(store, new SeverityScoreMeasure(OffenceFilter.All, null), DecemberToFebruary);

        Assert.Equal(0.145, value.Value!.Value, 12);
    }

    // North's offences only, over North's population: (100 + 150 + 30) / 600.
    [Fact]
    public void EvaluateWindow_Area_UsesAreaOffencesAndPopulation()
    {
        using var store = StoreWithOffences("ALL,2024,2000", "North,2024,600", "South,2024,400");

        var value = Evaluate(store, new SeverityScoreMeasure(OffenceFilter.All, "north"), DecemberToFebruary);

        Assert.Equal(280.0 / 600, value.Value!.Value, 12);
    }

    // Rural offences only: 30 / 2000.
    [Fact]
    public void EvaluateWindow_Flag_WeighsMatchingOffencesOnly()
    {
        using var store = StoreWithOffences("ALL,2024,2000");

        var value = Evaluate(store, new SeverityScoreMeasure(new OffenceFilter(["rural"], [], null), null), DecemberToFebruary);

        Assert.Equal(0.015, value.Value!.Value, 12);
    }

    // 28E weighs 100 when recorded in December 2023 and 150 in January 2024, the new version's
    // first month: December 100 / 1000 (2023 population); January (150 + 10) / 2000 (2024).
    [Theory]
    [InlineData(2023, 12, 0.1)]
    [InlineData(2024, 1, 0.08)]
    public void EvaluateWindow_WeightsVersion_InForceOnRecordedDate(int year, int month, double expected)
    {
        using var store = StoreWithOffences("ALL,2023,1000", "ALL,2024,2000");

        var value = Evaluate(store, new SeverityScoreMeasure(OffenceFilter.All, null), Window.MonthsEnding(1, new ReportMonth(year, month)));

        Assert.Equal(expected, value.Value!.Value, 12);
    }

    [Fact]
    public void EvaluateWindow_NoPopulationUpToYear_IsNotAvailable()
    {
        using var store = StoreWithOffences("ALL,2025,1000");

        var value = Evaluate(store, new SeverityScoreMeasure(OffenceFilter.All, null), DecemberToFebruary);

        Assert.False(value.IsAvailable);
        Assert.Equal("no population is loaded for the force for 2024 or earlier", value.UnavailableReason);
    }

    // Weights re-imported without 8N leave the South offence unweighted: no score, not a smaller one.
    [Fact]
    public void EvaluateWindow_OffenceWithoutWeight_IsNotAvailable()
    {
        using var store = StoreWithOffences("ALL,2024,2000");
        store.Execute("DELETE FROM severity_weights WHERE offence_code = '8N'");

        var value = Evaluate(store, new SeverityScoreMeasure(OffenceFilter.All, null), DecemberToFebruary);

        Assert.False(value.IsAvailable);
        Assert.StartsWith("1 offence(s) have no severity weight in force on their recorded date, such as code 8N", value.UnavailableReason);
    }

    [Fact]
    public void EvaluateWindow_MonthMissing_IsMissing()
    {
        using var store = StoreWithOffences("ALL,2024,2000");

        var value = Evaluate(store, new SeverityScoreMeasure(OffenceFilter.All, null), Window.MonthsEnding(4, new ReportMonth(2024, 2)));

        Assert.Equal([new ReportMonth(2023, 11)], value.MissingMonths);
    }

    private static WindowValue Evaluate(ScorecardStore store, SeverityScoreMeasure measure, Window window) =>
        WindowEvaluator.Evaluate(measure, new StoreSeriesSource(store, ExtractFiles.Force), window);

    private ScorecardStore StoreWithOffences(params string[] population)
    {
        var store = _files.StoreWithReference(population);
        var result = _files.ImportOffences(store,
            ExtractFiles.Offence("a", "2023-12-15", code: "28E", area: "North"),
            ExtractFiles.Offence("b", "2024-01-15", code: "28E", area: "North"),
            ExtractFiles.Offence("c", "2024-01-20", code: "8N", area: "South"),
            ExtractFiles.Offence("d", "2024-02-01", code: "3A", flags: "rural", area: "North"));
        Assert.Equal(0, result.BadRowCount);
        return store;
    }
}
