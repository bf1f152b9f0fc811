using Scorecard.Core.Time;
using Scorecard.Data.Import.Extracts;
using Scorecard.Data.Store;

namespace Scorecard.Data.Tests.Extracts;

public sealed class OffenceImportTests : IDisposable
{
    private readonly ExtractFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Import_Offences_StoresEachFieldNormalised()
    {
        using var store = _files.StoreWithReference();

        var result = _files.ImportOffences(store,
            ExtractFiles.Offence("r1", "2024-01-15", code: "8n", flags: "Domestic-Abuse; rural", victim: "v1", sex: "f", outcome: "1", outcomeDate: "2024-02-01"));

        Assert.True(result.Committed);
        Assert.Equal(1, result.Rows);
        Assert.Equal(1, StoreCounts.Count(store, "offences",
            "reference = 'r1' AND offence_code = '8N' AND flags = ['domestic-abuse', 'rural'] AND victim_sex = 'F' AND area = 'North' "
            + "AND outcome_type = '1' AND outcome_date = DATE '2024-02-01' AND month = DATE '2024-01-01' AND force = 'test-force'"));
    }

    [Fact]
    public void Import_OpenOffence_StoresNullOutcome()
    {
        using var store = _files.StoreWithReference();

        _files.ImportOffences(store, ExtractFiles.Offence("r1", "2024-01-15"));

        Assert.Equal(1, StoreCounts.Count(store, "offences", "outcome_type IS NULL AND outcome_date IS NULL AND victim_id IS NULL AND flags = []"));
    }

    // The file's offences are recorded in January and March, so it covers January to March:
    // February is loaded with no offences, because a records extract with no row in a month had none.
    [Fact]
    public void Import_GapMonthInsideRange_IsLoadedWithZeroRows()
    {
        using var store = _files.StoreWithReference();

        _files.ImportOffences(store, ExtractFiles.Offence("r1", "2024-01-15"), ExtractFiles.Offence("r2", "2024-03-02"));

        Assert.Equal(3, StoreCounts.Count(store, "loaded_months", "kind = 'offences'"));
        Assert.Equal(1, StoreCounts.Count(store, "loaded_months", "kind = 'offences' AND month = DATE '2024-02-01' AND rows = 0"));
    }

    [Fact]
    public void Import_SameFileTwice_ReplacesNotDoubles()
    {
        using var store = ScorecardStore.Open(_files.DatabasePath);
        _files.ImportReference(store);
        _files.ImportOffences(store, ExtractFiles.Offence("r1", "2024-01-15"), ExtractFiles.Offence("r2", "2024-02-15"));

        _files.ImportOffences(store, ExtractFiles.Offence("r1", "2024-01-15"), ExtractFiles.Offence("r2", "2024-02-15"));

        Assert.Equal(2, StoreCounts.Count(store, "offences"));
        Assert.Equal(2, StoreCounts.Count(store, "loaded_months"));
        Assert.Equal(2L, Convert.ToInt64(store.Scalar("SELECT sum(rows)::BIGINT FROM loaded_months")));
    }

    // The first import covers January to March and the second only February. January and March
    // keep their rows, and February's one offence is replaced by the new file's two.
    [Fact]
    public void Import_NarrowerFile_ReplacesOnlyItsMonths()
    {
        using var store = _files.StoreWithReference();
        _files.ImportOffences(store, ExtractFiles.Offence("a", "2024-01-10"), ExtractFiles.Offence("b", "2024-02-10"), ExtractFiles.Offence("c", "2024-03-10"));

        _files.ImportOffences(store, ExtractFiles.Offence("b2", "2024-02-11"), ExtractFiles.Offence("b3", "2024-02-12"));

        Assert.Equal(4, StoreCounts.Count(store, "offences"));
        Assert.Equal(0, StoreCounts.Count(store, "offences", "reference = 'b'"));
        Assert.Equal(1, StoreCounts.Count(store, "offences", "reference = 'a'"));
        Assert.Equal(1, StoreCounts.Count(store, "offences", "reference = 'c'"));
    }

    [Fact]
    public void Import_TwoFilesOneRunSameMonth_BothCount()
    {
        using var store = _files.StoreWithReference();
        var first = _files.Write("a.csv", ExtractFiles.OffencesHeader, ExtractFiles.Offence("a", "2024-01-10"));
        var second = _files.Write("b.csv", ExtractFiles.OffencesHeader, ExtractFiles.Offence("b", "2024-01-20"));

        var result = new ExtractImporter(store).Import(ExtractKind.Offences, [first, second], new ExtractImportOptions(ExtractFiles.Force));

        Assert.Equal(2, result.Rows);
        Assert.Equal(2, StoreCounts.Count(store, "offences"));
        Assert.Equal(2L, Convert.ToInt64(store.Scalar("SELECT rows FROM loaded_months WHERE kind = 'offences'")));
    }

    [Fact]
    public void Import_Folder_ReadsEveryCsvInNameOrder()
    {
        using var store = _files.StoreWithReference();
        _files.Write("extracts/2024-02.csv", ExtractFiles.OffencesHeader, ExtractFiles.Offence("b", "2024-02-10"));
        _files.Write("extracts/2024-01.csv", ExtractFiles.OffencesHeader, ExtractFiles.Offence("a", "2024-01-10"));

        var result = new ExtractImporter(store).Import(ExtractKind.Offences, [Path.Combine(_files.Folder, "extracts")], new ExtractImportOptions(ExtractFiles.Force));

        Assert.Equal(2, result.Files.Count);
        Assert.EndsWith("2024-01.csv", result.Files[0].File);
        Assert.Equal(new ReportMonth(2024, 1), result.Files[0].FirstMonth);
    }

    [Fact]
    public void Import_StrictWithBadRow_StoresNothingAndKeepsOldData()
    {
        using var store = ScorecardStore.Open(_files.DatabasePath);
        _files.ImportReference(store);
        _files.ImportOffences(store, ExtractFiles.Offence("old", "2024-01-10"));
        var path = _files.Write("new.csv", ExtractFiles.OffencesHeader, ExtractFiles.Offence("new", "2024-01-11"), ExtractFiles.Offence("bad", "2024-01-12", code: "99Z"));

        var result = new ExtractImporter(store).Import(ExtractKind.Offences, [path], new ExtractImportOptions(ExtractFiles.Force) { Strict = true });

        Assert.False(result.Committed);
        Assert.Equal(0, result.Rows);
        Assert.Equal(1, result.BadRowCount);
        Assert.Equal("old", store.Scalar("SELECT reference FROM offences"));
        Assert.Equal(1L, Convert.ToInt64(store.Scalar("SELECT rows FROM loaded_months WHERE kind = 'offences'")));
    }

    [Fact]
    public void Import_StrictWithoutBadRows_Commits()
    {
        using var store = _files.StoreWithReference();
        var path = _files.Write("new.csv", ExtractFiles.OffencesHeader, ExtractFiles.Offence("new", "2024-01-11"));

        var result = new ExtractImporter(store).Import(ExtractKind.Offences, [path], new ExtractImportOptions(ExtractFiles.Force) { Strict = true });

        Assert.True(result.Committed);
        Assert.Equal(1, StoreCounts.Count(store, "offences"));
    }

    // The outcome is dated before the offence: the offence is stored and counted, the row is
    // listed as bad, and the month's record carries one bad row.
    [Fact]
    public void Import_OutcomeBeforeOffence_IsStoredAndListed()
    {
        using var store = _files.StoreWithReference();
        var path = _files.Write("offences.csv", ExtractFiles.OffencesHeader,
            ExtractFiles.Offence("r1", "2024-03-10", outcome: "1", outcomeDate: "2024-03-09"));

        var result = new ExtractImporter(store).Import(ExtractKind.Offences, [path], new ExtractImportOptions(ExtractFiles.Force));

        var bad = Assert.Single(result.BadRows);
        Assert.Equal(path, bad.File);
        Assert.Equal(2, bad.Line);
        Assert.Equal("outcome_date", bad.Column);
        Assert.Equal("2024-03-09", bad.Value);
        Assert.Contains("before the offence was recorded", bad.Problem);
        Assert.Equal(1, StoreCounts.Count(store, "offences"));
        Assert.Equal(1, StoreCounts.Count(store, "loaded_months", "rows = 1 AND bad_rows = 1"));
    }

    [Fact]
    public void Import_ExtraFlagNamed_IsAccepted()
    {
        using var store = _files.StoreWithReference();
        var path = _files.Write("offences.csv", ExtractFiles.OffencesHeader, ExtractFiles.Offence("r1", "2024-01-10", flags: "hate-crime;rural"));

        var result = new ExtractImporter(store).Import(ExtractKind.Offences, [path], new ExtractImportOptions(ExtractFiles.Force) { ExtraFlags = ["Hate-Crime"] });

        Assert.Equal(0, result.BadRowCount);
        Assert.Equal(1, StoreCounts.Count(store, "offences", "list_contains(flags, 'hate-crime')"));
    }

    [Fact]
    public void Import_RenamedColumns_AreMapped()
    {
        using var store = _files.StoreWithReference();
        var mapping = _files.Write("columns.csv", "column,source_column", "reference,Crime Ref", "recorded_date,Date Recorded", "offence_code,HO Code");
        var path = _files.Write("offences.csv", "Crime Ref,Date Recorded,HO Code,Flags,Victim ID,Victim Sex,Area,Outcome Type,Outcome Date",
            "r1,2024-01-10,8N,,,,North,,");

        var result = new ExtractImporter(store).Import(ExtractKind.Offences, [path], new ExtractImportOptions(ExtractFiles.Force) { ColumnsFile = mapping });

        Assert.Equal(0, result.BadRowCount);
        Assert.Equal(1, StoreCounts.Count(store, "offences", "reference = 'r1' AND recorded_date = DATE '2024-01-10'"));
    }

    [Fact]
    public void Import_RenamedColumnMissing_NamesMappingInProblem()
    {
        using var store = _files.StoreWithReference();
        var mapping = _files.Write("columns.csv", "column,source_column", "recorded_date,Date Recorded");
        var path = _files.Write("offences.csv", ExtractFiles.OffencesHeader.Replace("recorded_date", "Recorded On"), ExtractFiles.Offence("r1", "2024-01-10"));

        var result = new ExtractImporter(store).Import(ExtractKind.Offences, [path], new ExtractImportOptions(ExtractFiles.Force) { ColumnsFile = mapping });

        var bad = Assert.Single(result.BadRows);
        Assert.Equal(1, bad.Line);
        Assert.Contains("recorded_date (mapped from 'date_recorded'", bad.Problem);
        Assert.Equal(0, StoreCounts.Count(store, "offences"));
    }

    [Fact]
    public void Import_WithoutReferenceData_SaysImportReferenceFirst()
    {
        using var store = ScorecardStore.OpenInMemory();
        var path = _files.Write("offences.csv", ExtractFiles.OffencesHeader, ExtractFiles.Offence("r1", "2024-01-10"));

        var error = Assert.Throws<ScorecardDataException>(() =>
            new ExtractImporter(store).Import(ExtractKind.Offences, [path], new ExtractImportOptions(ExtractFiles.Force)));

        Assert.Contains("Import reference data first", error.Message);
        Assert.Equal(0, StoreCounts.Count(store, "offences"));
    }

    [Fact]
    public void Import_WithoutForce_AsksForIt()
    {
        using var store = _files.StoreWithReference();
        var path = _files.Write("offences.csv", ExtractFiles.OffencesHeader, ExtractFiles.Offence("r1", "2024-01-10"));

        var error = Assert.Throws<ScorecardDataException>(() =>
            new ExtractImporter(store).Import(ExtractKind.Offences, [path], new ExtractImportOptions(null)));

        Assert.Contains("--force", error.Message);
    }

    [Fact]
    public void Import_MalformedForce_QuotesIt()
    {
        using var store = _files.StoreWithReference();
        var path = _files.Write("offences.csv", ExtractFiles.OffencesHeader, ExtractFiles.Offence("r1", "2024-01-10"));

        var error = Assert.Throws<ScorecardDataException>(() =>
            new ExtractImporter(store).Import(ExtractKind.Offences, [path], new ExtractImportOptions("Essex Police")));

        Assert.Contains("--force 'Essex Police'", error.Message);
    }

    [Fact]
    public void Import_MissingPath_NamesIt()
    {
        using var store = _files.StoreWithReference();

        var error = Assert.Throws<ScorecardDataException>(() =>
            new ExtractImporter(store).Import(ExtractKind.Offences, ["no-such.csv"], new ExtractImportOptions(ExtractFiles.Force)));

        Assert.Contains("'no-such.csv' was not found", error.Message);
    }
}
