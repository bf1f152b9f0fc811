using Scorecard.Data.Import.Extracts;
using Scorecard.Data.Store;

namespace Scorecard.Data.Tests.Extracts;

public sealed class ReferenceImportTests : IDisposable
{
    private readonly ExtractFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Import_ThreeFiles_AreToldApartByColumns()
    {
        using var store = ScorecardStore.OpenInMemory();
        var types = _files.Write("a.csv", ExtractFiles.OutcomeTypesHeader, ExtractFiles.OutcomeTypes);
        var weights = _files.Write("b.csv", ExtractFiles.WeightsHeader, ExtractFiles.Weights);
        var population = _files.Write("c.csv", ExtractFiles.PopulationHeader, "all,2023,1000", "North,2023,600");

        var result = Import(store, types, weights, population);

        Assert.Equal(["outcome type periods", "severity weights", "population figures"], result.Files.Select(file => file.Contents));
        Assert.Equal(ExtractFiles.OutcomeTypes.Length, StoreCounts.Count(store, "outcome_types"));
        Assert.Equal(ExtractFiles.Weights.Length, StoreCounts.Count(store, "severity_weights"));
        Assert.Equal(1, StoreCounts.Count(store, "population", "area = 'ALL' AND year = 2023 AND population = 1000 AND force = 'test-force'"));
    }

    [Fact]
    public void Import_OutcomeTypePeriods_KeepSolvedFlagPerPeriod()
    {
        using var store = ScorecardStore.OpenInMemory();

        Import(store, _files.Write("types.csv", ExtractFiles.OutcomeTypesHeader, ExtractFiles.OutcomeTypes));

        Assert.Equal(1, StoreCounts.Count(store, "outcome_types", "outcome_type = '21' AND solved AND effective_to = DATE '2023-03-31'"));
        Assert.Equal(1, StoreCounts.Count(store, "outcome_types", "outcome_type = '21' AND NOT solved AND effective_to IS NULL"));
    }

    [Theory]
    [InlineData(ExtractFiles.OutcomeTypesHeader, "1,Charged,yes,2000-01-01,", "1,Charged,yes,2010-01-01,", "effective_from", "2010-01-01", "overlaps the one at line 2")]
    [InlineData(ExtractFiles.OutcomeTypesHeader, "1,Charged,yes,2000-01-01,", "2,Caution,perhaps,2000-01-01,", "solved", "perhaps", "must be yes or no")]
    [InlineData(ExtractFiles.OutcomeTypesHeader, "1,Charged,yes,2000-01-01,", "2,Caution,yes,2020-01-01,2019-12-31", "effective_to", "2019-12-31", "ends before it starts")]
    [InlineData(ExtractFiles.WeightsHeader, "1,5000,2020,2000-01-01", "8N,10,2020,2001-01-01", "effective_from", "2001-01-01", "Version 2020 is effective from 2000-01-01 at line 2")]
    [InlineData(ExtractFiles.WeightsHeader, "1,5000,2020,2000-01-01", "1,6000,2020,2000-01-01", "offence_code", "1", "already has a weight")]
    [InlineData(ExtractFiles.WeightsHeader, "1,5000,2020,2000-01-01", "8N,-1,2020,2000-01-01", "weight", "-1", "negative")]
    [InlineData(ExtractFiles.PopulationHeader, "ALL,2023,1000", "ALL,2023.5,1000", "year", "2023.5", "whole year")]
    [InlineData(ExtractFiles.PopulationHeader, "ALL,2023,1000", "North,2023,0", "population", "0", "greater than zero")]
    [InlineData(ExtractFiles.PopulationHeader, "ALL,2023,1000", "all,2023,900", "area", "all", "already has a population for 2023")]
    public void Import_BadReferenceRow_IsListedAndRestStored(string header, string good, string bad, string column, string value, string problem)
    {
        using var store = ScorecardStore.OpenInMemory();
        var path = _files.Write("reference.csv", header, good, bad);

        var result = Import(store, path);

        var listed = Assert.Single(result.BadRows);
        Assert.Equal(path, listed.File);
        Assert.Equal(3, listed.Line);
        Assert.Equal(column, listed.Column);
        Assert.Equal(value, listed.Value);
        Assert.Contains(problem, listed.Problem);
        Assert.Equal(1, result.Files.Single().Rows);
    }

    [Fact]
    public void Import_UnknownHeader_SkipsFileAndListsLayouts()
    {
        using var store = ScorecardStore.OpenInMemory();
        var path = _files.Write("reference.csv", "code,days", "1,5000");

        var result = Import(store, path);

        var bad = Assert.Single(result.BadRows);
        Assert.Equal(1, bad.Line);
        Assert.Contains("is not that of a reference file", bad.Problem);
    }

    [Fact]
    public void Import_PopulationWithoutForce_AsksForForce()
    {
        using var store = ScorecardStore.OpenInMemory();
        var path = _files.Write("population.csv", ExtractFiles.PopulationHeader, "ALL,2023,1000");

        var error = Assert.Throws<ScorecardDataException>(() =>
            new ExtractImporter(store).Import(ExtractKind.Reference, [path], new ExtractImportOptions(null)));

        Assert.Contains("--force", error.Message);
        Assert.Equal(0, StoreCounts.Count(store, "population"));
    }

    [Fact]
    public void Import_OutcomeTypesWithoutForce_AreStored()
    {
        using var store = ScorecardStore.OpenInMemory();
        var path = _files.Write("types.csv", ExtractFiles.OutcomeTypesHeader, ExtractFiles.OutcomeTypes);

        var result = new ExtractImporter(store).Import(ExtractKind.Reference, [path], new ExtractImportOptions(null));

        Assert.True(result.Committed);
        Assert.Equal(ExtractFiles.OutcomeTypes.Length, result.Rows);
    }

    // Re-importing version 2020 with a new 8N weight replaces version 2020 and leaves 2024 alone.
    [Fact]
    public void Import_WeightsVersionAgain_ReplacesThatVersionOnly()
    {
        using var store = ScorecardStore.OpenInMemory();
        Import(store, _files.Write("weights.csv", ExtractFiles.WeightsHeader, ExtractFiles.Weights));

        Import(store, _files.Write("weights.csv", ExtractFiles.WeightsHeader, "8N,12,2020,2000-01-01"));

        Assert.Equal(1, StoreCounts.Count(store, "severity_weights", "version = '2020'"));
        Assert.Equal(1, StoreCounts.Count(store, "severity_weights", "version = '2020' AND weight = 12"));
        Assert.Equal(1, StoreCounts.Count(store, "severity_weights", "version = '2024'"));
    }

    [Fact]
    public void Import_TwoVersionsSameDate_IsRejected()
    {
        using var store = ScorecardStore.OpenInMemory();
        Import(store, _files.Write("weights.csv", ExtractFiles.WeightsHeader, "8N,10,2020,2000-01-01"));
        var clash = _files.Write("other.csv", ExtractFiles.WeightsHeader, "8N,11,2020b,2000-01-01");

        var error = Assert.Throws<ScorecardDataException>(() => Import(store, clash));

        Assert.Contains("versions 2020, 2020b both give offence code 8N a weight effective from 2000-01-01", error.Message);
        Assert.Equal(1, StoreCounts.Count(store, "severity_weights"));
    }

    [Fact]
    public void Import_RenamedReferenceColumns_AreMapped()
    {
        using var store = ScorecardStore.OpenInMemory();
        var mapping = _files.Write("columns.csv", "column,source_column", "offence_code,HO Code", "weight,Days");
        var path = _files.Write("weights.csv", "HO Code,Days,version,effective_from", "8N,10,2020,2000-01-01");

        var result = new ExtractImporter(store).Import(ExtractKind.Reference, [path], new ExtractImportOptions(null) { ColumnsFile = mapping });

        Assert.Equal("severity weights", result.Files.Single().Contents);
        Assert.Equal(1, StoreCounts.Count(store, "severity_weights", "offence_code = '8N' AND weight = 10"));
    }

    private ExtractImportResult Import(ScorecardStore store, params string[] paths) =>
        new ExtractImporter(store).Import(ExtractKind.Reference, paths, new ExtractImportOptions(ExtractFiles.Force));
}
