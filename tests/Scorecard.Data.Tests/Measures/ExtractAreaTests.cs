using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;
using Scorecard.Data.Import.Extracts;
using Scorecard.Data.Measures;
using Scorecard.Data.Store;
using Scorecard.Data.Tests.Extracts;

namespace Scorecard.Data.Tests.Measures;

/// <summary>Areas of a force's extracts and monthly returns: the <c>area</c> column.</summary>
public sealed class ExtractAreaTests : IDisposable
{
    private static readonly ReportMonth January = new(2024, 1);

    private static readonly Window JanuaryOnly = Window.MonthsEnding(1, January);

    private static readonly Window JanuaryToFebruary = Window.MonthsEnding(2, new ReportMonth(2024, 2));

    private readonly ExtractFiles _files = new();

    public void Dispose() => _files.Dispose();

    // January: a North (domestic abuse), b North, c South (domestic abuse), d with no area.
    // February: e South, f North. Offences: January North 2, South 1, force 4.
    [Theory]
    [InlineData("North", 2)]
    [InlineData("south", 1)]
    public void Series_AreaOffences_CountsAreaRows(string area, double expected)
    {
        using var store = StoreWithOffences();

        var series = Source(store, area).Series(new OffenceCountMeasure(OffenceFilter.All));

        Assert.Equal(expected, series[January]!.Value.Numerator);
    }

    [Fact]
    public void Series_ForceOffences_IncludeRowWithoutArea()
    {
        using var store = StoreWithOffences();

        Assert.Equal(4, Source(store, null).Series(new OffenceCountMeasure(OffenceFilter.All))[January]!.Value.Numerator);
    }

    // Domestic abuse in January: a in North, c in South.
    [Fact]
    public void Series_AreaAndFlag_BothApply()
    {
        using var store = StoreWithOffences();
        var measure = new OffenceCountMeasure(new OffenceFilter(["domestic-abuse"], [], null));

        Assert.Equal(1, Source(store, "North").Series(measure)[January]!.Value.Numerator);
    }

    // Solved (type 1 or 8) in January: a (North, charged 2024-01-10), c (South, community
    // resolution 2024-01-20). Days to outcome: a 10 - 2 = 8, c 20 - 3 = 17, so North's mean is 8.
    [Fact]
    public void Evaluate_AreaSolvedAndDays_CountAreaOutcomes()
    {
        using var store = StoreWithOffences();
        var north = Source(store, "North");

        Assert.Equal(1, WindowEvaluator.Evaluate(new OffenceSolvedMeasure(OffenceFilter.All), north, JanuaryOnly).Value);
        Assert.Equal(8, WindowEvaluator.Evaluate(new MeanDaysToOutcomeMeasure(OffenceFilter.All), north, JanuaryOnly).Value);
        Assert.Equal(17, WindowEvaluator.Evaluate(new MeanDaysToOutcomeMeasure(OffenceFilter.All), Source(store, "South"), JanuaryOnly).Value);
    }

    // Every offence has an area: North a, b, f and South c, e, so for each month the areas add up.
    [Fact]
    public void Series_OffenceAreas_SumToForce()
    {
        using var store = _files.StoreWithReference();
        _files.ImportOffences(store,
            ExtractFiles.Offence("a", "2024-01-02", area: "North"),
            ExtractFiles.Offence("b", "2024-01-03", area: "North"),
            ExtractFiles.Offence("c", "2024-01-03", area: "South"),
            ExtractFiles.Offence("e", "2024-02-03", area: "South"),
            ExtractFiles.Offence("f", "2024-02-04", area: "North"));
        var force = Source(store, null);
        var measure = new OffenceCountMeasure(OffenceFilter.All);

        foreach (var month in JanuaryToFebruary.Months)
        {
            var sum = force.ForArea("North").Series(measure)[month]!.Value.Numerator + force.ForArea("South").Series(measure)[month]!.Value.Numerator;
            Assert.Equal(force.Series(measure)[month]!.Value.Numerator, sum);
        }
    }

    // v1 has a and b in North and e in South; v2 has c in South and f in North. Force: v1 (3
    // offences) and v2 (2) repeat. North: v1 only (a, b). South: no victim has two offences there.
    [Theory]
    [InlineData(null, RepeatVictimCounting.Victims, 2)]
    [InlineData(null, RepeatVictimCounting.Offences, 5)]
    [InlineData("North", RepeatVictimCounting.Victims, 1)]
    [InlineData("North", RepeatVictimCounting.Offences, 2)]
    [InlineData("South", RepeatVictimCounting.Victims, 0)]
    public void Evaluate_AreaRepeatVictims_CountsOffencesInArea(string? area, RepeatVictimCounting counting, double expected)
    {
        using var store = StoreWithOffences();

        var value = WindowEvaluator.Evaluate(new RepeatVictimMeasure(OffenceFilter.All, counting), Source(store, area), JanuaryToFebruary);

        Assert.Equal(expected, value.Value);
    }

    // North in January and February: a 8N (10), b 105A (20), f 3A (30) = 60 days over 600 people.
    [Fact]
    public void Evaluate_AreaSeverityScore_UsesAreaPopulation()
    {
        using var store = StoreWithOffences("North,2024,600", "South,2024,400");

        var value = WindowEvaluator.Evaluate(new SeverityScoreMeasure(OffenceFilter.All, null), Source(store, "North"), JanuaryToFebruary);

        Assert.Equal(new Components(60, 600), value.Components);
        Assert.Equal(0.1, value.Value!.Value, 12);
    }

    [Fact]
    public void Evaluate_OtherAreaScore_NotAvailable()
    {
        using var store = StoreWithOffences("North,2024,600", "South,2024,400");

        var value = WindowEvaluator.Evaluate(new SeverityScoreMeasure(OffenceFilter.All, "South"), Source(store, "North"), JanuaryToFebruary);

        Assert.False(value.IsAvailable);
        Assert.Equal("the measure is the crime severity score of South only, so it has no value for North", value.UnavailableReason);
    }

    // January calls: c1 101 North, c2 101 North abandoned, c3 999 with no area, c4 101 South.
    [Theory]
    [InlineData(null, 4)]
    [InlineData("North", 2)]
    [InlineData("South", 1)]
    public void Evaluate_AreaCalls_CountsAreaCalls(string? area, double expected)
    {
        using var store = StoreWithCalls();

        var value = WindowEvaluator.Evaluate(new CallCountMeasure(null, CallOutcome.Any), Source(store, area), JanuaryOnly);

        Assert.Equal(expected, value.Value);
    }

    // North's 101 waits: (30 + 90) / 2 = 60 s; abandoned share of North's 101 calls: 1 of 2 = 50%.
    [Fact]
    public void Evaluate_AreaCallWait_UsesAreaCalls()
    {
        using var store = StoreWithCalls();
        var north = Source(store, "North");
        var abandoned = new RatioMeasure(new CallCountMeasure("101", CallOutcome.Abandoned), new CallCountMeasure("101", CallOutcome.Any));

        Assert.Equal(60, WindowEvaluator.Evaluate(new CallWaitMeasure("101", CallOutcome.Any), north, JanuaryOnly).Value);
        Assert.Equal(50, WindowEvaluator.Evaluate(abandoned, north, JanuaryOnly).Value);
    }

    // North: s1 w=1 yes, s2 w=2 no, s5 w=0.5 yes: yes 1.5, weights 3.5, squares 1 + 4 + 0.25 = 5.25,
    // share 1.5 / 3.5 = 42.857%. South: s3 w=1 yes (s4 did not answer): 1, 1, 1 and 100%.
    [Theory]
    [InlineData("North", 1.5, 3.5, 5.25)]
    [InlineData("south", 1, 1, 1)]
    public void Evaluate_AreaSurvey_GivesAreaWeightedShare(string area, double yes, double weights, double squares)
    {
        using var store = StoreWithSurvey();

        var value = WindowEvaluator.Evaluate(new SurveyProportionMeasure("confidence", SurveyGroup.Everyone), Source(store, area), JanuaryOnly);

        Assert.Equal(new Components(yes, weights, squares), value.Components);
        Assert.Equal(100 * yes / weights, value.Value!.Value, 10);
        Assert.NotNull(value.Interval);
    }

    // Non-victims in North: s1 (yes, w=1) and s2 (no, w=2): 1 / 3.
    [Fact]
    public void Evaluate_AreaSurveyVictimGroup_AppliesBoth()
    {
        using var store = StoreWithSurvey();

        var value = WindowEvaluator.Evaluate(new SurveyProportionMeasure("confidence", new SurveyGroup(false, null, null)), Source(store, "North"), JanuaryOnly);

        Assert.Equal(new Components(1, 3, 5), value.Components);
    }

    [Fact]
    public void Evaluate_OtherAreaSurveyGroup_NotAvailable()
    {
        using var store = StoreWithSurvey();

        var value = WindowEvaluator.Evaluate(new SurveyProportionMeasure("confidence", new SurveyGroup(null, null, "South")), Source(store, "North"), JanuaryOnly);

        Assert.Equal("the measure counts survey respondents in South only, so it has no value for North", value.UnavailableReason);
    }

    [Fact]
    public void Evaluate_SurveyGroupOfSameArea_IsAvailable()
    {
        using var store = StoreWithSurvey();

        var value = WindowEvaluator.Evaluate(new SurveyProportionMeasure("confidence", new SurveyGroup(null, null, "north")), Source(store, "North"), JanuaryOnly);

        Assert.Equal(new Components(1.5, 3.5, 5.25), value.Components);
    }

    // Offences are recorded in North and South only, so an offence measure for East, an area named
    // only by a call, has no value rather than zero.
    [Fact]
    public void Evaluate_AreaMissingFromSource_NotAvailable()
    {
        using var store = StoreWithOffences();
        ImportCalls(store, "c1,101,2024-01-02T09:00:00,yes,30,East");

        var value = WindowEvaluator.Evaluate(new OffenceCountMeasure(OffenceFilter.All), Source(store, "East"), JanuaryOnly);

        Assert.False(value.IsAvailable);
        Assert.Equal("the area East is not named in any row of force offence records", value.UnavailableReason);
    }

    // January: North 3, South 4 and a whole-force row of 10; February: North 6 only.
    [Theory]
    [InlineData("North", 9)]
    [InlineData("South", 4)]
    public void Evaluate_AreaReturns_SumsAreaRows(string area, double expected)
    {
        using var store = StoreWithReturns("dvpo,2024-01,North,3,,,", "dvpo,2024-01,South,4,,,", "dvpo,2024-01,,10,,,", "dvpo,2024-02,North,6,,,");

        var value = WindowEvaluator.Evaluate(new ReturnsMeasure("dvpo", ValueKind.Sum), Source(store, area), JanuaryToFebruary);

        Assert.Equal(expected, value.Value);
    }

    // March has only a whole-force row, so it is missing for an area rather than zero.
    [Fact]
    public void Evaluate_ForceOnlyReturnMonth_IsMissing()
    {
        using var store = StoreWithReturns("dvpo,2024-01,North,3,,,", "dvpo,2024-02,North,6,,,", "dvpo,2024-03,,10,,,");

        var value = WindowEvaluator.Evaluate(new ReturnsMeasure("dvpo", ValueKind.Sum), Source(store, "North"), Window.MonthsEnding(3, new ReportMonth(2024, 3)));

        Assert.Equal([new ReportMonth(2024, 3)], value.MissingMonths);
    }

    [Fact]
    public void Evaluate_WholeForceReturns_NotAvailable()
    {
        using var store = StoreWithOffences();
        ImportReturns(store, "ocg-disruptions,2024-01,,5,,,");

        var value = WindowEvaluator.Evaluate(new ReturnsMeasure("OCG-disruptions", ValueKind.Sum), Source(store, "North"), JanuaryOnly);

        Assert.False(value.IsAvailable);
        Assert.Equal("monthly returns 'ocg-disruptions' give figures for the whole force only, with no rows by area", value.UnavailableReason);
    }

    // The force's figure comes from the whole-force return, so North's offences (2) must not stand in for it.
    [Fact]
    public void Evaluate_RecordsBehindForceReturns_NotUsed()
    {
        using var store = StoreWithOffences();
        ImportReturns(store, "all-crime,2024-01,,100,,,");
        var measure = new OffenceCountMeasure(OffenceFilter.All) { ReturnsId = "all-crime" };

        var value = WindowEvaluator.Evaluate(measure, Source(store, "North"), JanuaryOnly);

        Assert.Contains("monthly returns 'all-crime' give figures for the whole force only", value.UnavailableReason);
    }

    // The ratio's parts could be counted from North's calls, but the ratio's own return is whole-force only.
    [Fact]
    public void Evaluate_RatioWithForceReturns_NotAvailable()
    {
        using var store = StoreWithCalls();
        ImportReturns(store, "calls-101-abandoned,2024-01,,,25,100,");
        var rate = new RatioMeasure(new CallCountMeasure("101", CallOutcome.Abandoned), new CallCountMeasure("101", CallOutcome.Any)) { ReturnsId = "calls-101-abandoned" };

        var value = WindowEvaluator.Evaluate(rate, Source(store, "North"), JanuaryOnly);

        Assert.False(value.IsAvailable);
        Assert.Contains("'calls-101-abandoned' give figures for the whole force only", value.UnavailableReason);
    }

    [Fact]
    public void Series_WholeForceOnlyReturns_Throws()
    {
        using var store = StoreWithOffences();
        ImportReturns(store, "dvpn,2024-01,,5,,,");

        Assert.Throws<ArgumentException>(() => Source(store, "North").Series(new ReturnsMeasure("dvpn", ValueKind.Sum)));
    }

    [Fact]
    public void Areas_EachKind_ListsItsOwnAreas()
    {
        using var store = StoreWithOffences("Rural West,2024,100", "ALL,2024,1000");
        ImportCalls(store, "c1,101,2024-01-02T09:00:00,yes,30,East", "c2,101,2024-01-02T09:00:00,yes,30,");
        ImportReturns(store, "dvpo,2024-01,Central,3,,,", "dvpn,2024-01,,3,,,");

        Assert.Equal(["North", "South"], StoreInfo.Areas(store, ExtractFiles.Force, SourceKinds.Offences));
        Assert.Equal(["East"], StoreInfo.Areas(store, ExtractFiles.Force, SourceKinds.Calls));
        Assert.Equal(["Central"], StoreInfo.Areas(store, ExtractFiles.Force, SourceKinds.Returns("dvpo")));
        Assert.Empty(StoreInfo.Areas(store, ExtractFiles.Force, SourceKinds.Returns("dvpn")));
        Assert.Equal(["Central", "East", "North", "Rural West", "South"], StoreInfo.Areas(store, ExtractFiles.Force));
    }

    [Fact]
    public void Areas_UnknownKind_Throws()
    {
        using var store = ScorecardStore.OpenInMemory();

        var error = Assert.Throws<ArgumentException>(() => StoreInfo.Areas(store, ExtractFiles.Force, "crimes"));

        Assert.Contains("'crimes' is not a kind of source", error.Message);
    }

    // The abandoned rate draws on calls only, so its areas are the calls' areas.
    [Fact]
    public void Areas_Measure_ListsAreasOfItsSources()
    {
        using var store = StoreWithOffences();
        ImportCalls(store, "c1,101,2024-01-02T09:00:00,yes,30,East");
        var rate = new RatioMeasure(new CallCountMeasure("101", CallOutcome.Abandoned), new CallCountMeasure("101", CallOutcome.Any));

        Assert.Equal(["East"], Source(store, null).Areas(rate));
        Assert.Equal(["North", "South"], Source(store, null).Areas(new OffenceCountMeasure(OffenceFilter.All)));
    }

    [Fact]
    public void Constructor_UnknownArea_ListsKnownAreas()
    {
        using var store = StoreWithOffences();

        var error = Assert.Throws<ScorecardDataException>(() => Source(store, "West"));

        Assert.Equal("Area 'West' is not recorded for force 'test-force'. Its areas are: North, South.", error.Message);
    }

    private static StoreSeriesSource Source(ScorecardStore store, string? area) => new(store, ExtractFiles.Force, area);

    private ScorecardStore StoreWithOffences(params string[] population)
    {
        var store = _files.StoreWithReference(population);
        var result = _files.ImportOffences(store,
            ExtractFiles.Offence("a", "2024-01-02", code: "8N", flags: "domestic-abuse", victim: "v1", area: "North", outcome: "1", outcomeDate: "2024-01-10"),
            ExtractFiles.Offence("b", "2024-01-03", code: "105A", victim: "v1", area: "North"),
            ExtractFiles.Offence("c", "2024-01-03", code: "8N", flags: "domestic-abuse", victim: "v2", area: "South", outcome: "8", outcomeDate: "2024-01-20"),
            ExtractFiles.Offence("d", "2024-01-04", code: "8N", area: ""),
            ExtractFiles.Offence("e", "2024-02-03", code: "8N", victim: "v1", area: "South"),
            ExtractFiles.Offence("f", "2024-02-04", code: "3A", victim: "v2", area: "North"));
        Assert.Equal(0, result.BadRowCount);
        return store;
    }

    private ScorecardStore StoreWithCalls()
    {
        var store = ScorecardStore.OpenInMemory();
        ImportCalls(store,
            "c1,101,2024-01-02T09:00:00,yes,30,North",
            "c2,101,2024-01-02T09:05:00,no,90,North",
            "c3,999,2024-01-03T22:10:00,yes,5,",
            "c4,101,2024-01-31T23:59:59,yes,60,South");
        return store;
    }

    private ScorecardStore StoreWithSurvey()
    {
        var store = ScorecardStore.OpenInMemory();
        var path = _files.Write("survey.csv", "response_id,date,weight,victim,sex,area,Confidence",
            "s1,2024-01-05,1,no,F,North,yes",
            "s2,2024-01-06,2,no,M,North,no",
            "s3,2024-01-07,1,yes,F,South,yes",
            "s4,2024-01-08,3,yes,M,South,",
            "s5,2024-01-09,0.5,,F,North,yes");
        var result = new ExtractImporter(store).Import(ExtractKind.Survey, [path], new ExtractImportOptions(ExtractFiles.Force));
        Assert.Equal(0, result.BadRowCount);
        return store;
    }

    private ScorecardStore StoreWithReturns(params string[] rows)
    {
        var store = ScorecardStore.OpenInMemory();
        ImportReturns(store, rows);
        return store;
    }

    private void ImportCalls(ScorecardStore store, params string[] rows)
    {
        var path = _files.Write("calls.csv", ExtractFiles.CallsHeader, rows);
        var result = new ExtractImporter(store).Import(ExtractKind.Calls, [path], new ExtractImportOptions(ExtractFiles.Force));
        Assert.Equal(0, result.BadRowCount);
    }

    private void ImportReturns(ScorecardStore store, params string[] rows)
    {
        var path = _files.Write("returns.csv", ExtractFiles.ReturnsHeader, rows);
        var result = new ExtractImporter(store).Import(ExtractKind.Returns, [path], new ExtractImportOptions(ExtractFiles.Force));
        Assert.Equal(0, result.BadRowCount);
    }
}
