using Scorecard.Data.Import.PoliceUk;
using Scorecard.Data.Store;

namespace Scorecard.Data.Tests.Import;

public sealed class PoliceUkBadRowTests : IDisposable
{
    private readonly PoliceUkFiles _files = new();

    public void Dispose() => _files.Dispose();

    // Line 1 is the header, so the first data row is line 2.
    [Theory]
    [InlineData("c9,2020-11,Test Police,Test Police,-0.1,51.5,On or near X,E01,Name,Burglary", null, null, "has 10 columns but the header has 12")]
    [InlineData("c9,2020/11,Test Police,Test Police,-0.1,51.5,On or near X,E01,Name,Burglary,Under investigation,", "Month", "2020/11", "not in the yyyy-MM form")]
    [InlineData("c9,2020-10,Test Police,Test Police,-0.1,51.5,On or near X,E01,Name,Burglary,Under investigation,", "Month", "2020-10", "does not match the file's month 2020-11")]
    [InlineData("c9,2020-11,Test Police,Test Police,-0.1,51.5,On or near X,E01,Name,Burglery,Under investigation,", "Crime type", "Burglery", "Unknown crime type")]
    [InlineData("c9,2020-11,Test Police,Test Police,west,51.5,On or near X,E01,Name,Burglary,Under investigation,", "Longitude", "west", "not a number")]
    public void Import_BadRow_IsReportedAndRestImported(string badRow, string? column, string? value, string problem)
    {
        var path = _files.Street("2020-11", "test-force",
            PoliceUkFiles.Crime("c1", "2020-11", "Burglary"),
            badRow,
            PoliceUkFiles.Crime("c2", "2020-11", "Burglary"));
        using var store = ScorecardStore.OpenInMemory();

        var result = new PoliceUkImporter(store).Import([path]);

        Assert.True(result.Committed);
        Assert.Equal(2, StoreCounts.Count(store, "street_crimes"));
        var bad = Assert.Single(result.BadRows);
        Assert.Equal(path, bad.File);
        Assert.Equal(3, bad.Line);
        Assert.Equal(column, bad.Column);
        if (value is not null)
        {
            Assert.Equal(value, bad.Value);
        }

        Assert.Contains(problem, bad.Problem);
        Assert.Equal(1, result.Files.Single().BadRows);
    }

    [Fact]
    public void Import_StrictWithBadRow_StoresNothingAndKeepsOldData()
    {
        var good = _files.Street("2020-10", "test-force", PoliceUkFiles.Crime("old", "2020-10", "Burglary"));
        using var store = ScorecardStore.Open(_files.DatabasePath);
        new PoliceUkImporter(store).Import([good]);
        _files.Street("2020-10", "test-force", PoliceUkFiles.Crime("new1", "2020-10", "Burglary"), PoliceUkFiles.Crime("new2", "2020-10", "Burglary"));
        var bad = _files.Street("2020-11", "test-force", PoliceUkFiles.Crime("c1", "2020-11", "Burglery"));

        var result = new PoliceUkImporter(store).Import([good, bad], strict: true);

        Assert.False(result.Committed);
        Assert.Equal(1, result.BadRowCount);
        Assert.Equal(1, StoreCounts.Count(store, "street_crimes"));
        Assert.Equal("old", store.Scalar("SELECT crime_id FROM street_crimes"));
        Assert.Equal(1, StoreCounts.Count(store, "loaded_months"));
    }

    [Fact]
    public void Import_StrictWithoutBadRows_Commits()
    {
        var path = _files.Street("2020-11", "test-force", PoliceUkFiles.Crime("c1", "2020-11", "Burglary"));
        using var store = ScorecardStore.OpenInMemory();

        var result = new PoliceUkImporter(store).Import([path], strict: true);

        Assert.True(result.Committed);
        Assert.Equal(1, StoreCounts.Count(store, "street_crimes"));
    }

    [Fact]
    public void Import_HeaderMissingColumn_SkipsFileAndNamesColumn()
    {
        var path = _files.Write("2020-11/2020-11-test-force-street.csv",
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Last outcome category,Context",
            "c1,2020-11,Test Police,Test Police,-0.1,51.5,On or near X,E01,Name,Under investigation,");
        using var store = ScorecardStore.OpenInMemory();

        var result = new PoliceUkImporter(store).Import([path]);

        var bad = Assert.Single(result.BadRows);
        Assert.Equal(1, bad.Line);
        Assert.Contains("crime_type", bad.Problem);
        Assert.Equal(0, StoreCounts.Count(store, "street_crimes"));
    }

    [Fact]
    public void Import_HeaderOnlyFile_IsSkippedAndMonthStaysMissing()
    {
        var path = _files.Street("2020-11", "test-force");
        using var store = ScorecardStore.OpenInMemory();

        var result = new PoliceUkImporter(store).Import([path]);

        var bad = Assert.Single(result.BadRows);
        Assert.Contains("header but no rows", bad.Problem);
        Assert.False(result.Files.Single().Stored);
        Assert.Equal(0, StoreCounts.Count(store, "loaded_months"));
    }

    [Fact]
    public void Import_EmptyFile_KeepsStoredMonth()
    {
        var good = _files.Street("2020-11", "test-force", PoliceUkFiles.Crime("c1", "2020-11", "Burglary"));
        using var store = ScorecardStore.OpenInMemory();
        new PoliceUkImporter(store).Import([good]);
        File.WriteAllText(good, "");

        var result = new PoliceUkImporter(store).Import([good]);

        Assert.Equal(1, result.BadRowCount);
        Assert.Equal(1, StoreCounts.Count(store, "street_crimes"));
        Assert.Equal(1, StoreCounts.Count(store, "loaded_months", "rows = 1"));
    }

    [Fact]
    public void Import_SameMonthTwiceInOneRun_CountsOnce()
    {
        var path = _files.Street("2020-11", "test-force", PoliceUkFiles.Crime("c1", "2020-11", "Burglary"));
        var zip = _files.Zip(Path.Combine(_files.Folder, "2020-11"), "again.zip");
        using var store = ScorecardStore.OpenInMemory();

        var result = new PoliceUkImporter(store).Import([path, zip, path]);

        Assert.Equal(1, StoreCounts.Count(store, "street_crimes"));
        Assert.Equal(2, result.BadRowCount);
        Assert.Contains("was already read from", result.BadRows[0].Problem);
        Assert.Equal(1, result.StoredFiles);
    }

    [Fact]
    public void Import_FolderWithoutPoliceUkFiles_SaysWhatNamesAreRead()
    {
        _files.Write("notes.txt", "nothing");
        using var store = ScorecardStore.OpenInMemory();

        var error = Assert.Throws<ScorecardDataException>(() => new PoliceUkImporter(store).Import([_files.Folder]));

        Assert.Contains("No police.uk street or outcomes files were found", error.Message);
        Assert.Contains("1 other file(s) skipped", error.Message);
    }

    [Fact]
    public void BadRow_ToString_NamesFileLineColumnAndValue()
    {
        var bad = new Scorecard.Data.Import.BadRow("a.csv", 7, "Month", "2020/11", "The month is not in the yyyy-MM form.");

        Assert.Equal("a.csv:7 column 'Month' value '2020/11': The month is not in the yyyy-MM form.", bad.ToString());
    }
}
