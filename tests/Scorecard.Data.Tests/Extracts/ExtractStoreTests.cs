using Scorecard.Core.Time;
using Scorecard.Data.Import.Extracts;
using Scorecard.Data.Store;

namespace Scorecard.Data.Tests.Extracts;

public sealed class ExtractStoreTests : IDisposable
{
    private readonly ExtractFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Open_VersionOneStore_IsRejected()
    {
        using (var store = ScorecardStore.Open(_files.DatabasePath))
        {
            store.Execute("UPDATE schema_info SET version = 1");
        }

        var error = Assert.Throws<ScorecardDataException>(() => ScorecardStore.Open(_files.DatabasePath));

        Assert.Contains("has schema version 1, but this Scorecard reads version 2", error.Message);
    }

    // Offences in January and March cover January to March; one bad row in March.
    [Fact]
    public void Sources_Offences_GiveMonthsRowsAndBadRows()
    {
        using var store = _files.StoreWithReference();
        _files.ImportOffences(store,
            ExtractFiles.Offence("a", "2024-01-05"), ExtractFiles.Offence("b", "2024-03-05"), ExtractFiles.Offence("c", "2024-03-06", code: "99Z"));

        var source = Assert.Single(StoreInfo.Sources(store));

        Assert.Equal(SourceKinds.Offences, source.Kind);
        Assert.Equal([new ReportMonth(2024, 1), new ReportMonth(2024, 2), new ReportMonth(2024, 3)], source.Months);
        Assert.Equal(2, source.Rows);
        Assert.Equal(1, source.BadRows);
    }

    [Fact]
    public void ToCoverage_Offences_CarriesBadRowsAndName()
    {
        using var store = _files.StoreWithReference();
        _files.ImportOffences(store, ExtractFiles.Offence("a", "2024-01-05"), ExtractFiles.Offence("c", "2024-01-06", flags: "knife"));

        var coverage = Assert.Single(StoreInfo.Sources(store)).ToCoverage();

        Assert.Equal("Force offence records", coverage.Source);
        Assert.Equal(1, coverage.Rows);
        Assert.Equal(1, coverage.BadRows);
    }

    [Fact]
    public void Sources_Returns_OneSourcePerMeasureId()
    {
        using var store = ScorecardStore.OpenInMemory();
        var path = _files.Write("returns.csv", ExtractFiles.ReturnsHeader, "dvpo,2024-01,,3,,,", "dvpn,2024-01,,4,,,", "dvpn,2024-03,,5,,,");
        new ExtractImporter(store).Import(ExtractKind.Returns, [path], new ExtractImportOptions(ExtractFiles.Force));

        var sources = StoreInfo.Sources(store);

        Assert.Equal(["returns:dvpn", "returns:dvpo"], sources.Select(source => source.Kind));
        Assert.Equal([new ReportMonth(2024, 2)], sources[0].MissingMonths);
        Assert.Equal("Monthly returns 'dvpn'", sources[0].ToCoverage().Source);
    }

    [Fact]
    public void Sources_CallsAndSurvey_CountCallsAndResponses()
    {
        using var store = ScorecardStore.OpenInMemory();
        var calls = _files.Write("calls.csv", ExtractFiles.CallsHeader, "c1,101,2024-01-02T09:00:00,yes,30,", "c2,999,2024-01-02T09:01:00,no,3,");
        var survey = _files.Write("survey.csv", "response_id,date,weight,victim,sex,area,q1,q2", "s1,2024-01-05,1,no,F,North,yes,no");
        new ExtractImporter(store).Import(ExtractKind.Calls, [calls], new ExtractImportOptions(ExtractFiles.Force));
        new ExtractImporter(store).Import(ExtractKind.Survey, [survey], new ExtractImportOptions(ExtractFiles.Force));

        var sources = StoreInfo.Sources(store).ToDictionary(source => source.Kind);

        Assert.Equal(2, sources[SourceKinds.Calls].Rows);
        Assert.Equal(1, sources[SourceKinds.Survey].Rows);
        Assert.Equal(2, StoreCounts.Count(store, "survey_answers"));
    }
}
