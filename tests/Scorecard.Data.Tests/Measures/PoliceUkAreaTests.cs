using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;
using Scorecard.Data.Import.PoliceUk;
using Scorecard.Data.Measures;
using Scorecard.Data.Store;

namespace Scorecard.Data.Tests.Measures;

/// <summary>
/// Areas of police.uk rows: the local authority district in the LSOA name. The store used by most
/// tests contains November 2020: Camden burglaries b1 and b2 and robbery r1, Tower Hamlets burglary b3
/// charged in the street file, a burglary b4 with no location, and ASB in Camden (two) and Tower
/// Hamlets (one); and December 2020: Camden robbery r2 only. b1 is charged in a December outcomes
/// row whose location is in Islington.
/// </summary>
public sealed class PoliceUkAreaTests : IDisposable
{
    private const string Force = "test-force";

    private static readonly ReportMonth November = new(2020, 11);

    private static readonly ReportMonth December = new(2020, 12);

    private static readonly CrimeCountMeasure AllCrimes = new([], []);

    private readonly PoliceUkFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("Camden 024C", "Camden")]
    [InlineData("Tower Hamlets 001A", "Tower Hamlets")]
    [InlineData("Kensington and Chelsea 010A", "Kensington and Chelsea")]
    [InlineData("Tower  Hamlets   002B", "Tower Hamlets")]
    [InlineData("Camden", "Camden")]
    public void Areas_LsoaName_IsNameWithoutFinalCodeWord(string lsoaName, string expected)
    {
        _files.Street("2020-11", Force, Crime("a", "2020-11", "Burglary", lsoaName));
        using var store = Import();

        Assert.Equal([expected], StoreInfo.Areas(store, Force, SourceKinds.Street));
    }

    // Spaces around and inside the name do not move a row out of its area.
    [Fact]
    public void Series_LsoaNameWithExtraSpaces_CountsInArea()
    {
        _files.Street("2020-11", Force, Crime("a", "2020-11", "Burglary", "Tower Hamlets 001A"), Crime("b", "2020-11", "Burglary", "  Tower   Hamlets  002B "));
        using var store = Import();

        var series = new StoreSeriesSource(store, Force, "Tower Hamlets").Series(AllCrimes);

        Assert.Equal(2, series[November]!.Value.Numerator);
    }

    // A "No location" row has neither LSOA code nor name, so it adds no area.
    [Fact]
    public void Areas_EmptyLsoaName_GivesNoArea()
    {
        _files.Street("2020-11", Force, PoliceUkFiles.NoLocationCrime("a", "2020-11", "Burglary"));
        using var store = Import();

        Assert.Empty(StoreInfo.Areas(store, Force, SourceKinds.Street));
    }

    // Islington is named only by b1's outcomes row, which does not place the crime, so it is not listed.
    [Fact]
    public void Areas_StreetAndAsb_ListedInOrder()
    {
        using var store = ImportSample();

        Assert.Equal(["Camden", "Tower Hamlets"], StoreInfo.Areas(store, Force, SourceKinds.Street));
        Assert.Empty(StoreInfo.Areas(store, Force, SourceKinds.Outcomes));
    }

    [Fact]
    public void Areas_SameNameInOtherCase_ListedOnce()
    {
        _files.Street("2020-11", Force, Crime("a", "2020-11", "Burglary", "Camden 001A"), Crime("b", "2020-11", "Burglary", "CAMDEN 002A"));
        using var store = Import();

        Assert.Single(StoreInfo.Areas(store, Force, SourceKinds.Street));
    }

    // November: Camden b1, b2, r1 = 3; Tower Hamlets b3 = 1; force 5 with the no-location b4.
    [Theory]
    [InlineData("Camden", 3)]
    [InlineData("Tower Hamlets", 1)]
    [InlineData("tower hamlets", 1)]
    public void Series_AreaCrimes_CountsRowsInArea(string area, double expected)
    {
        using var store = ImportSample();

        var series = new StoreSeriesSource(store, Force, area).Series(AllCrimes);

        Assert.Equal(expected, series[November]!.Value.Numerator);
    }

    [Fact]
    public void Series_ForceCrimes_IncludeNoLocationRow()
    {
        using var store = ImportSample();

        Assert.Equal(5, new StoreSeriesSource(store, Force).Series(AllCrimes)[November]!.Value.Numerator);
    }

    // Camden burglaries b1 and b2 in November; robberies r1 in November and r2 in December.
    [Fact]
    public void Series_AreaCrimeType_FiltersBoth()
    {
        using var store = ImportSample();
        var camden = new StoreSeriesSource(store, Force, "Camden");

        Assert.Equal(2, camden.Series(new CrimeCountMeasure(["Burglary"], []))[November]!.Value.Numerator);
        Assert.Equal(1, camden.Series(new CrimeCountMeasure(["Robbery"], []))[December]!.Value.Numerator);
    }

    [Theory]
    [InlineData("Camden", 2)]
    [InlineData("Tower Hamlets", 1)]
    public void Series_AreaAsb_CountsIncidentsInArea(string area, double expected)
    {
        using var store = ImportSample();

        Assert.Equal(expected, new StoreSeriesSource(store, Force, area).Series(new AsbCountMeasure())[November]!.Value.Numerator);
    }

    // December is loaded, and Tower Hamlets has no row in it: zero, because coverage is the force's.
    [Fact]
    public void Series_AreaEmptyMonth_IsZero()
    {
        using var store = ImportSample();

        var series = new StoreSeriesSource(store, Force, "Tower Hamlets").Series(AllCrimes);

        Assert.Equal(0, series[December]!.Value.Numerator);
    }

    [Fact]
    public void Series_AreaMonthNotLoaded_IsMissing()
    {
        using var store = ImportSample();

        var series = new StoreSeriesSource(store, Force, "Camden").Series(AllCrimes);

        Assert.Null(series[new ReportMonth(2020, 10)]);
    }

    // b1 is charged in December by an outcomes row placed in Islington; it counts in Camden, where
    // its street row is. b3 is charged in its November street row, in Tower Hamlets.
    [Fact]
    public void Series_AreaSolved_UsesStreetRowArea()
    {
        using var store = ImportSample();
        var solved = new SolvedCountMeasure([]);

        var camden = new StoreSeriesSource(store, Force, "Camden").Series(solved);
        var towerHamlets = new StoreSeriesSource(store, Force, "Tower Hamlets").Series(solved);

        Assert.Equal(0, camden[November]!.Value.Numerator);
        Assert.Equal(1, camden[December]!.Value.Numerator);
        Assert.Equal(1, towerHamlets[November]!.Value.Numerator);
        Assert.Equal(0, towerHamlets[December]!.Value.Numerator);
    }

    // Camden over November and December: 1 solved (b1) of 4 crimes (b1, b2, r1, r2) = 25%.
    [Fact]
    public void Evaluate_AreaSolvedRate_IsRatioOfSums()
    {
        using var store = ImportSample();
        var rate = new RatioMeasure(new SolvedCountMeasure([]), AllCrimes);

        var value = WindowEvaluator.Evaluate(rate, new StoreSeriesSource(store, Force, "Camden"), Window.MonthsEnding(2, December));

        Assert.Equal(new Components(1, 4), value.Components);
        Assert.Equal(25, value.Value);
    }

    // Every row has an area here, so for each measure and month the areas add up to the force.
    [Fact]
    public void Series_StreetAreas_SumToForce()
    {
        _files.Street("2020-11", Force,
            Crime("a", "2020-11", "Burglary", "Camden 001A", "Suspect charged"),
            Crime("b", "2020-11", "Robbery", "Camden 002B"),
            Crime("c", "2020-11", "Burglary", "Tower Hamlets 001A", "Local resolution"),
            Crime("d", "2020-11", "Drugs", "Islington 003C"),
            Asb("2020-11", "Islington 003C"),
            Asb("2020-11", "Camden 001A"));
        _files.Street("2020-12", Force,
            Crime("e", "2020-12", "Burglary", "Tower Hamlets 002A"),
            Crime("f", "2020-12", "Burglary", "Tower Hamlets 002A", "Offender given a caution"),
            Asb("2020-12", "Tower Hamlets 002A"));
        using var store = Import();
        var force = new StoreSeriesSource(store, Force);
        var areas = StoreInfo.Areas(store, Force, SourceKinds.Street).Select(force.ForArea).ToList();
        MeasureDefinition[] measures = [AllCrimes, new CrimeCountMeasure(["Burglary"], []), new AsbCountMeasure(), new SolvedCountMeasure([])];

        Assert.Equal(3, areas.Count);
        foreach (var measure in measures)
        {
            foreach (var month in new[] { November, December })
            {
                var total = force.Series(measure)[month]!.Value.Numerator;
                var sum = areas.Sum(area => area.Series(measure)[month]!.Value.Numerator);
                Assert.True(total == sum, $"{measure.Describe()} in {month}: force {total}, areas {sum}");
            }
        }
    }

    [Fact]
    public void Constructor_AreaInOtherCase_TakesStoreSpelling()
    {
        using var store = ImportSample();

        Assert.Equal("Tower Hamlets", new StoreSeriesSource(store, Force, " tower hamlets ").Area);
    }

    [Fact]
    public void Constructor_UnknownArea_ListsKnownAreas()
    {
        using var store = ImportSample();

        var error = Assert.Throws<ScorecardDataException>(() => new StoreSeriesSource(store, Force, "Hackney"));

        Assert.Equal("Area 'Hackney' is not recorded for force 'test-force'. Its areas are: Camden, Tower Hamlets.", error.Message);
    }

    [Fact]
    public void Constructor_NoAreas_ExplainsSource()
    {
        _files.Street("2020-11", Force, PoliceUkFiles.NoLocationCrime("a", "2020-11", "Burglary"));
        using var store = Import();

        var error = Assert.Throws<ScorecardDataException>(() => new StoreSeriesSource(store, Force, "Camden"));

        Assert.Contains("which has no areas: police.uk rows need an LSOA name", error.Message);
    }

    // A crime row in the LSOA named, with coordinates of central London.
    private static string Crime(string id, string month, string type, string lsoaName, string outcome = "Under investigation") =>
        $"{id},{month},Test Police,Test Police,-0.1,51.5,On or near Test Street,E01000001,{lsoaName},{type},{outcome},";

    private static string Asb(string month, string lsoaName) =>
        $",{month},Test Police,Test Police,-0.1,51.5,On or near Test Lane,E01000001,{lsoaName},Anti-social behaviour,,";

    private ScorecardStore ImportSample()
    {
        _files.Street("2020-11", Force,
            Crime("b1", "2020-11", "Burglary", "Camden 024C"),
            Crime("b2", "2020-11", "Burglary", "Camden 001A"),
            Crime("r1", "2020-11", "Robbery", "Camden 001A"),
            Crime("b3", "2020-11", "Burglary", "Tower Hamlets 001A", "Suspect charged"),
            PoliceUkFiles.NoLocationCrime("b4", "2020-11", "Burglary"),
            Asb("2020-11", "Camden 024C"),
            Asb("2020-11", "Camden 001A"),
            Asb("2020-11", "Tower Hamlets 001A"));
        _files.Street("2020-12", Force, Crime("r2", "2020-12", "Robbery", "Camden 024C"));
        _files.Write("2020-12/2020-12-test-force-outcomes.csv", PoliceUkFiles.OutcomesHeader,
            "b1,2020-12,Test Police,Test Police,-0.1,51.5,On or near Other Street,E01002704,Islington 001A,Suspect charged");
        return Import();
    }

    private ScorecardStore Import()
    {
        var store = ScorecardStore.OpenInMemory();
        var result = new PoliceUkImporter(store).Import([_files.Folder]);
        Assert.Equal(0, result.BadRowCount);
        return store;
    }
}
