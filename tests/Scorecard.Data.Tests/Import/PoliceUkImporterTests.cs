using Scorecard.Data.Import.PoliceUk;
using Scorecard.Data.Store;

namespace Scorecard.Data.Tests.Import;

public sealed class PoliceUkImporterTests : IDisposable
{
    private readonly PoliceUkFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Import_StreetFile_KeepsAsbApartFromCrimes()
    {
        var path = _files.Street("2020-11", "test-force",
            PoliceUkFiles.Crime("c1", "2020-11", "Burglary"),
            PoliceUkFiles.Asb("2020-11"),
            PoliceUkFiles.Asb("2020-11"),
            PoliceUkFiles.Crime("c2", "2020-11", "Robbery"));
        using var store = ScorecardStore.OpenInMemory();

        var result = new PoliceUkImporter(store).Import([path]);

        Assert.True(result.Committed);
        Assert.Equal(2, result.Rows);
        Assert.Equal(2, result.AsbRows);
        Assert.Equal(2, StoreCounts.Count(store, "street_crimes"));
        Assert.Equal(2, StoreCounts.Count(store, "asb_incidents"));
        Assert.Equal(0, StoreCounts.Count(store, "street_crimes", "crime_type = 'Anti-social behaviour'"));
    }

    [Fact]
    public void Import_NoLocationRow_IsKeptWithoutCoordinates()
    {
        var path = _files.Street("2020-11", "test-force", PoliceUkFiles.NoLocationCrime("c1", "2020-11", "Other theft"));
        using var store = ScorecardStore.OpenInMemory();

        new PoliceUkImporter(store).Import([path]);

        Assert.Equal(1, StoreCounts.Count(store, "street_crimes", "longitude IS NULL AND lsoa_code IS NULL AND location = 'No location'"));
    }

    [Fact]
    public void Import_SnakeCaseHeader_ReadsLikeOriginal()
    {
        var path = _files.Write("2018-01/2018-01-essex-street.csv", PoliceUkFiles.SnakeCaseHeader,
            PoliceUkFiles.Crime("c1", "2018-01", "Drugs"),
            PoliceUkFiles.Asb("2018-01"));
        using var store = ScorecardStore.OpenInMemory();

        var result = new PoliceUkImporter(store).Import([path]);

        Assert.Equal(0, result.BadRowCount);
        Assert.Equal(1, StoreCounts.Count(store, "street_crimes", "force = 'essex' AND crime_type = 'Drugs' AND crime_id = 'c1'"));
        Assert.Equal(1, StoreCounts.Count(store, "asb_incidents", "force = 'essex'"));
    }

    [Fact]
    public void Import_QuotedLocationWithComma_IsOneColumn()
    {
        var row = "c1,2020-11,Test Police,Test Police,-0.1,51.5,\"On or near Smith Street, Mews\",E01000001,City of London 001A,Burglary,Under investigation,";
        var path = _files.Street("2020-11", "test-force", row);
        using var store = ScorecardStore.OpenInMemory();

        var result = new PoliceUkImporter(store).Import([path]);

        Assert.Equal(0, result.BadRowCount);
        Assert.Equal("On or near Smith Street, Mews", store.Scalar("SELECT location FROM street_crimes"));
    }

    [Fact]
    public void Import_SameFileTwice_ReplacesNotDoubles()
    {
        var path = _files.Street("2020-11", "test-force",
            PoliceUkFiles.Crime("c1", "2020-11", "Burglary"),
            PoliceUkFiles.Asb("2020-11"));
        using var store = ScorecardStore.Open(_files.DatabasePath);

        new PoliceUkImporter(store).Import([path]);
        new PoliceUkImporter(store).Import([path]);

        Assert.Equal(1, StoreCounts.Count(store, "street_crimes"));
        Assert.Equal(1, StoreCounts.Count(store, "asb_incidents"));
        Assert.Equal(1, StoreCounts.Count(store, "loaded_months"));
    }

    [Fact]
    public void Import_CorrectedMonth_ReplacesOnlyThatMonth()
    {
        _files.Street("2020-10", "test-force", PoliceUkFiles.Crime("a", "2020-10", "Burglary"));
        var november = _files.Street("2020-11", "test-force", PoliceUkFiles.Crime("b", "2020-11", "Burglary"), PoliceUkFiles.Crime("c", "2020-11", "Burglary"));
        using var store = ScorecardStore.Open(_files.DatabasePath);
        new PoliceUkImporter(store).Import([_files.Folder]);

        _files.Street("2020-11", "test-force", PoliceUkFiles.Crime("b", "2020-11", "Burglary"));
        new PoliceUkImporter(store).Import([november]);

        Assert.Equal(1, StoreCounts.Count(store, "street_crimes", "month = DATE '2020-10-01'"));
        Assert.Equal(1, StoreCounts.Count(store, "street_crimes", "month = DATE '2020-11-01'"));
    }

    [Fact]
    public void Import_OtherForceSameMonth_IsKept()
    {
        var first = _files.Street("2020-11", "force-a", PoliceUkFiles.Crime("a", "2020-11", "Burglary"));
        var second = _files.Street("2020-11", "force-b", PoliceUkFiles.Crime("b", "2020-11", "Burglary"));
        using var store = ScorecardStore.OpenInMemory();

        new PoliceUkImporter(store).Import([first]);
        new PoliceUkImporter(store).Import([second]);

        Assert.Equal(1, StoreCounts.Count(store, "street_crimes", "force = 'force-a'"));
        Assert.Equal(1, StoreCounts.Count(store, "street_crimes", "force = 'force-b'"));
    }

    [Fact]
    public void Import_ZipArchive_ReadsMonthFoldersAndSkipsStopAndSearch()
    {
        var source = Path.Combine(_files.Folder, "download");
        Directory.CreateDirectory(source);
        using (var inner = new PoliceUkFiles())
        {
            inner.Street("2020-10", "test-force", PoliceUkFiles.Crime("a", "2020-10", "Burglary"));
            inner.Street("2020-11", "test-force", PoliceUkFiles.Crime("b", "2020-11", "Robbery"), PoliceUkFiles.Asb("2020-11"));
            inner.Write("2020-11/2020-11-test-force-stop-and-search.csv", "Type,Date", "Person search,2020-11-01");
            CopyTree(inner.Folder, source);
        }

        var zip = _files.Zip(source, "test-force.zip");
        using var store = ScorecardStore.OpenInMemory();

        var result = new PoliceUkImporter(store).Import([zip]);

        Assert.Equal(2, result.Files.Count);
        Assert.Equal(1, result.SkippedFiles);
        Assert.Equal(2, StoreCounts.Count(store, "street_crimes"));
        Assert.Equal(1, StoreCounts.Count(store, "asb_incidents"));
        Assert.EndsWith("test-force.zip!2020-10/2020-10-test-force-street.csv", result.Files[0].File);
    }

    [Fact]
    public void Import_NotPoliceUkName_ExplainsNaming()
    {
        var path = _files.Write("crimes.csv", PoliceUkFiles.Header, PoliceUkFiles.Crime("a", "2020-11", "Burglary"));
        using var store = ScorecardStore.OpenInMemory();

        var error = Assert.Throws<ScorecardDataException>(() => new PoliceUkImporter(store).Import([path]));

        Assert.Contains("crimes.csv", error.Message);
        Assert.Contains("YYYY-MM-force-street.csv", error.Message);
    }

    [Fact]
    public void Import_MissingPath_NamesIt()
    {
        using var store = ScorecardStore.OpenInMemory();

        var error = Assert.Throws<ScorecardDataException>(() => new PoliceUkImporter(store).Import(["/no/such/file.zip"]));

        Assert.Contains("/no/such/file.zip", error.Message);
    }

    [Fact]
    public void Import_Outcomes_UpdateLastOutcomeByCrimeId()
    {
        _files.Street("2020-10", "test-force",
            PoliceUkFiles.Crime("c1", "2020-10", "Burglary", "Under investigation"),
            PoliceUkFiles.Crime("c2", "2020-10", "Burglary", "Under investigation"));
        _files.Write("2020-11/2020-11-test-force-outcomes.csv", PoliceUkFiles.OutcomesHeader,
            "c1,2020-11,Test Police,Test Police,-0.091,51.515,On or near Test Street,E01000001,City of London 001A,Suspect charged");
        using var store = ScorecardStore.OpenInMemory();

        var result = new PoliceUkImporter(store).Import([_files.Folder]);

        Assert.Equal(0, result.BadRowCount);
        Assert.Equal(1, StoreCounts.Count(store, "crime_outcomes", "crime_id = 'c1' AND outcome_type = 'Suspect charged'"));
        Assert.Equal(1, StoreCounts.Count(store, "loaded_months", "kind = 'outcomes'"));
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
