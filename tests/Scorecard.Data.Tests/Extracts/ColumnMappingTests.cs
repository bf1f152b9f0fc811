using Scorecard.Data.Import.Extracts;

namespace Scorecard.Data.Tests.Extracts;

public sealed class ColumnMappingTests : IDisposable
{
    private readonly ExtractFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void ColumnFor_MappedName_ComparesNormalised()
    {
        var path = _files.Write("columns.csv", "column,source_column", "recorded_date,Date Recorded");

        var mapping = ColumnMapping.Read(path, ExtractKind.Offences);

        Assert.Equal("recorded_date", mapping.ColumnFor("DATE RECORDED"));
        Assert.Equal("area", mapping.ColumnFor("Area"));
    }

    [Fact]
    public void Read_WithoutHeaderRow_ReadsFirstRow()
    {
        var path = _files.Write("columns.csv", "recorded_date,Date Recorded", "offence_code,HO Code");

        var mapping = ColumnMapping.Read(path, ExtractKind.Offences);

        Assert.Equal("recorded_date", mapping.ColumnFor("Date Recorded"));
        Assert.Equal("offence_code", mapping.ColumnFor("HO Code"));
    }

    [Fact]
    public void Read_SurveyQuestion_IsAllowed()
    {
        var path = _files.Write("columns.csv", "column,source_column", "confidence,Q12 Confidence in police");

        var mapping = ColumnMapping.Read(path, ExtractKind.Survey);

        Assert.Equal("confidence", mapping.ColumnFor("Q12 Confidence in police"));
    }

    [Fact]
    public void Read_UnknownColumn_NamesLineValueAndChoices()
    {
        var path = _files.Write("columns.csv", "column,source_column", "recorded,Date Recorded");

        var error = Assert.Throws<ScorecardDataException>(() => ColumnMapping.Read(path, ExtractKind.Offences));

        Assert.StartsWith($"{path}:2 column 'column' value 'recorded': not a column of offences files", error.Message);
        Assert.Contains("recorded_date", error.Message);
    }

    [Fact]
    public void Read_ColumnMappedTwice_IsRejected()
    {
        var path = _files.Write("columns.csv", "column,source_column", "area,District", "area,LPA");

        var error = Assert.Throws<ScorecardDataException>(() => ColumnMapping.Read(path, ExtractKind.Offences));

        Assert.Contains(":3 column 'column' value 'area': already mapped at line 2", error.Message);
    }

    [Fact]
    public void Read_RowWithThreeValues_IsRejected()
    {
        var path = _files.Write("columns.csv", "column,source_column", "area,District,extra");

        var error = Assert.Throws<ScorecardDataException>(() => ColumnMapping.Read(path, ExtractKind.Offences));

        Assert.Contains(":2: the row 'area,District,extra' has 3 values", error.Message);
    }

    [Fact]
    public void Read_MissingFile_SaysWhatToGive()
    {
        var error = Assert.Throws<ScorecardDataException>(() => ColumnMapping.Read(Path.Combine(_files.Folder, "none.csv"), ExtractKind.Offences));

        Assert.Contains("was not found", error.Message);
    }
}
