using Scorecard.Core.Plans;
using Scorecard.Core.Time;
using Scorecard.Data.Import.PoliceUk;
using Scorecard.Data.Measures;
using Scorecard.Data.Store;

namespace Scorecard.Data.Tests.Measures;

/// <summary>Areas of the City of London sample (December 2017 to November 2020), imported once for the class.</summary>
public sealed class PoliceUkAreaSampleTests : IClassFixture<PoliceUkAreaSampleTests.ImportedSample>
{
    private const string Force = "city-of-london";

    private static readonly CrimeCountMeasure AllCrimes = new([], []);

    private readonly ScorecardStore _store;

    public PoliceUkAreaSampleTests(ImportedSample sample)
    {
        _store = sample.Store;
    }

    // Points snapped to the street grid fall in neighbouring boroughs, and a few in districts far
    // away such as Derbyshire Dales. "No location" rows fall in none.
    [Fact]
    public void Areas_Sample_IncludeCityAndNeighbours()
    {
        var areas = StoreInfo.Areas(_store, Force, SourceKinds.Street);

        Assert.Contains("City of London", areas);
        Assert.Contains("Tower Hamlets", areas);
        Assert.Contains("Kensington and Chelsea", areas);
        Assert.Equal(18, areas.Count);
    }

    // grep "Tower Hamlets" 2020-11/2020-11-city-of-london-street.csv finds 19 rows, none of them
    // anti-social behaviour.
    [Fact]
    public void Series_TowerHamletsNovember2020_CountsStreetRows()
    {
        var series = new StoreSeriesSource(_store, Force, "Tower Hamlets").Series(AllCrimes);

        Assert.Equal(19, series[new ReportMonth(2020, 11)]!.Value.Numerator);
    }

    // Each month the force's crimes are its areas' crimes plus the crimes with no LSOA.
    [Fact]
    public void Series_Sample_AreasAddUpToForce()
    {
        var force = new StoreSeriesSource(_store, Force);
        var areas = StoreInfo.Areas(_store, Force, SourceKinds.Street).Select(force.ForArea).ToList();

        foreach (var month in Window.Between(new ReportMonth(2017, 12), new ReportMonth(2020, 11)).Months)
        {
            var noLocation = StoreCounts.Count(_store, "street_crimes", $"lsoa_name IS NULL AND month = DATE '{month.FirstDay:yyyy-MM-dd}'");
            var sum = areas.Sum(area => area.Series(AllCrimes)[month]!.Value.Numerator) + noLocation;
            Assert.True(force.Series(AllCrimes)[month]!.Value.Numerator == sum, $"{month}: force {force.Series(AllCrimes)[month]}, areas and no location {sum}");
        }
    }

    public sealed class ImportedSample : IDisposable
    {
        public ImportedSample()
        {
            Store = ScorecardStore.OpenInMemory();
            new PoliceUkImporter(Store).Import([Path.Combine(RepositoryRoot.Path, "samples", "police-uk", "city-of-london-2017-2020.zip")]);
        }

        public ScorecardStore Store { get; }

        public void Dispose() => Store.Dispose();
    }
}
