using Scorecard.Data.Import;
using Scorecard.Data.Import.Extracts;

namespace Scorecard.Data.Tests.Extracts;

/// <summary>
/// Every kind of bad record: each test writes a good row (line 2), the bad row (line 3) and another
/// good row (line 4), and checks that the bad row alone is listed with its file, line, column and value.
/// </summary>
public sealed class ExtractBadRowTests : IDisposable
{
    private const string SurveyHeader = "response_id,date,weight,victim,sex,area,confidence";

    private readonly ExtractFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("x,2024-01-10,8N,knife,,,North,,", "flags", "knife", "The flag 'knife' is not known")]
    [InlineData("x,2024-01-10,99Z,,,,North,,", "offence_code", "99Z", "import reference data first")]
    [InlineData("x,1999-12-31,28E,,,,North,,", "offence_code", "28E", "earliest severity weight is effective from 2000-01-01")]
    [InlineData("x,2024-13-01,8N,,,,North,,", "recorded_date", "2024-13-01", "The date cannot be read")]
    [InlineData("x,31/01/2024,8N,,,,North,,", "recorded_date", "31/01/2024", "The date cannot be read")]
    [InlineData("x,,8N,,,,North,,", "recorded_date", "", "The date is empty")]
    [InlineData(",2024-01-10,8N,,,,North,,", "reference", "", "crime reference is empty")]
    [InlineData("x,2024-01-10,,,,,North,,", "offence_code", "", "offence code is empty")]
    [InlineData("x,2024-01-10,8N,,,female,North,,", "victim_sex", "female", "must be F, M, X")]
    [InlineData("x,2024-01-10,8N,,,,North,99,2024-02-01", "outcome_type", "99", "not in the loaded outcome types")]
    [InlineData("x,2024-01-10,8N,,,,North,1,", "outcome_date", "", "outcome date is empty")]
    [InlineData("x,2024-01-10,8N,,,,North,,2024-02-01", "outcome_type", "", "outcome type is empty")]
    [InlineData("x,2024-01-10,8N,,,,North,1,2024-02-30", "outcome_date", "2024-02-30", "The date cannot be read")]
    [InlineData("good1,2024-01-10,8N,,,,North,,", "reference", "good1", "already appears at")]
    [InlineData("x,2024-01-10,8N,,,,North", null, "x,2024-01-10,8N,,,,North", "has 7 columns but the header has 9")]
    public void Import_BadOffence_IsListedAndRestStored(string badRow, string? column, string value, string problem)
    {
        using var store = _files.StoreWithReference();
        var path = _files.Write("offences.csv", ExtractFiles.OffencesHeader,
            ExtractFiles.Offence("good1", "2024-01-05"), badRow, ExtractFiles.Offence("good2", "2024-01-06"));

        var result = new ExtractImporter(store).Import(ExtractKind.Offences, [path], new ExtractImportOptions(ExtractFiles.Force));

        AssertListed(result, path, column, value, problem);
        Assert.Equal(2, StoreCounts.Count(store, "offences"));
    }

    [Theory]
    [InlineData("x,101,2024-01-10T09:00:00,yes,-5,North", "wait_seconds", "-5", "The wait is negative")]
    [InlineData("x,101,2024-01-10T09:00:00,yes,ten,North", "wait_seconds", "ten", "not a number")]
    [InlineData("x,101,2024-01-10T09:00:00,maybe,5,North", "answered", "maybe", "must be yes or no")]
    [InlineData("x,101,2024-01-32T09:00:00,yes,5,North", "received_at", "2024-01-32T09:00:00", "The date-time cannot be read")]
    [InlineData("x,,2024-01-10T09:00:00,yes,5,North", "channel", "", "channel is empty")]
    public void Import_BadCall_IsListedAndRestStored(string badRow, string column, string value, string problem)
    {
        using var store = _files.StoreWithReference();
        var path = _files.Write("calls.csv", ExtractFiles.CallsHeader,
            "good1,101,2024-01-05T08:00:00,yes,30,North", badRow, "good2,999,2024-01-06T08:00:00,no,12,");

        var result = new ExtractImporter(store).Import(ExtractKind.Calls, [path], new ExtractImportOptions(ExtractFiles.Force));

        AssertListed(result, path, column, value, problem);
        Assert.Equal(2, StoreCounts.Count(store, "calls"));
    }

    [Theory]
    [InlineData("x,2024-01-10,0,no,F,North,yes", "weight", "0", "must be greater than zero")]
    [InlineData("x,2024-01-10,-1.5,no,F,North,yes", "weight", "-1.5", "must be greater than zero")]
    [InlineData("x,2024-01-10,1,no,F,North,maybe", "confidence", "maybe", "must be yes, no, or empty")]
    [InlineData("x,2024-01-10,1,sometimes,F,North,yes", "victim", "sometimes", "must be yes, no, or empty")]
    [InlineData("x,2024-1-10,1,no,F,North,yes", "date", "2024-1-10", "The date cannot be read")]
    public void Import_BadSurveyResponse_IsListedAndRestStored(string badRow, string column, string value, string problem)
    {
        using var store = _files.StoreWithReference();
        var path = _files.Write("survey.csv", SurveyHeader, "good1,2024-01-05,1,no,F,North,yes", badRow, "good2,2024-01-06,2,yes,M,South,no");

        var result = new ExtractImporter(store).Import(ExtractKind.Survey, [path], new ExtractImportOptions(ExtractFiles.Force));

        AssertListed(result, path, column, value, problem);
        Assert.Equal(2, StoreCounts.Count(store, "survey_answers"));
    }

    [Theory]
    [InlineData("dvpo,2024-1,,3,,,", "month", "2024-1", "not in the yyyy-MM form")]
    [InlineData("dvpo,2024/01,,3,,,", "month", "2024/01", "not in the yyyy-MM form")]
    [InlineData("dvpo,2024-01,East,,,,", "value", "", "neither a value nor both a numerator and a denominator")]
    [InlineData("dvpo,2024-01,East,,4,,", "value", "", "neither a value nor both a numerator and a denominator")]
    [InlineData("dvpo,2024-01,East,three,,,", "value", "three", "not a number")]
    [InlineData("dvpo,2024-01,North,9,,,", "measure_id", "dvpo", "already appears at")]
    public void Import_BadReturn_IsListedAndRestStored(string badRow, string column, string value, string problem)
    {
        using var store = _files.StoreWithReference();
        var path = _files.Write("returns.csv", ExtractFiles.ReturnsHeader, "dvpo,2024-01,North,3,,,", badRow, "dvpo,2024-01,South,4,,,");

        var result = new ExtractImporter(store).Import(ExtractKind.Returns, [path], new ExtractImportOptions(ExtractFiles.Force));

        AssertListed(result, path, column, value, problem);
        Assert.Equal(2, StoreCounts.Count(store, "monthly_returns"));
    }

    [Fact]
    public void Import_BadRowWithoutMonth_CountsAgainstFirstMonth()
    {
        using var store = _files.StoreWithReference();
        var path = _files.Write("offences.csv", ExtractFiles.OffencesHeader,
            ExtractFiles.Offence("a", "2024-02-05"), "b,not-a-date,8N,,,,North,,", ExtractFiles.Offence("c", "2024-03-05"));

        new ExtractImporter(store).Import(ExtractKind.Offences, [path], new ExtractImportOptions(ExtractFiles.Force));

        Assert.Equal(1, StoreCounts.Count(store, "loaded_months", "month = DATE '2024-02-01' AND bad_rows = 1"));
        Assert.Equal(1L, Convert.ToInt64(store.Scalar("SELECT sum(bad_rows)::BIGINT FROM loaded_months")));
    }

    [Fact]
    public void Import_HeaderMissingColumn_SkipsFileAndNamesColumn()
    {
        using var store = _files.StoreWithReference();
        var path = _files.Write("calls.csv", "call_id,channel,received_at,wait_seconds", "c1,101,2024-01-05T08:00:00,30");

        var result = new ExtractImporter(store).Import(ExtractKind.Calls, [path], new ExtractImportOptions(ExtractFiles.Force));

        var bad = Assert.Single(result.BadRows);
        Assert.Equal(1, bad.Line);
        Assert.Null(bad.Column);
        Assert.Contains("lacks column(s) answered", bad.Problem);
        Assert.Equal(0, StoreCounts.Count(store, "calls"));
    }

    [Fact]
    public void Import_SurveyWithoutQuestions_SkipsFile()
    {
        using var store = _files.StoreWithReference();
        var path = _files.Write("survey.csv", "response_id,date,weight,victim,sex,area", "s1,2024-01-05,1,no,F,North");

        var result = new ExtractImporter(store).Import(ExtractKind.Survey, [path], new ExtractImportOptions(ExtractFiles.Force));

        Assert.Contains("no question columns", Assert.Single(result.BadRows).Problem);
    }

    [Fact]
    public void Import_ReturnsWithoutValueColumns_SkipsFile()
    {
        using var store = _files.StoreWithReference();
        var path = _files.Write("returns.csv", "measure_id,month,area", "dvpo,2024-01,");

        var result = new ExtractImporter(store).Import(ExtractKind.Returns, [path], new ExtractImportOptions(ExtractFiles.Force));

        Assert.Contains("neither a value column nor both numerator and denominator", Assert.Single(result.BadRows).Problem);
    }

    private static void AssertListed(ExtractImportResult result, string path, string? column, string value, string problem)
    {
        Assert.True(result.Committed);
        var bad = Assert.Single(result.BadRows);
        Assert.Equal(path, bad.File);
        Assert.Equal(3, bad.Line);
        Assert.Equal(column, bad.Column);
        Assert.Equal(value, bad.Value);
        Assert.Contains(problem, bad.Problem);
        Assert.Equal(1, result.Files.Single().BadRows);
        Assert.Equal(2, result.Files.Single().Rows);
    }

    [Fact]
    public void BadRow_ToString_NamesFileLineColumnAndValue()
    {
        var bad = new BadRow("offences.csv", 3, "flags", "knife", "The flag 'knife' is not known.");

        Assert.Equal("offences.csv:3 column 'flags' value 'knife': The flag 'knife' is not known.", bad.ToString());
    }
}
