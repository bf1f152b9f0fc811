using System.Text.Json;
using Scorecard.Reports.Audit;

namespace Scorecard.Reports.Tests.Audit;

/// <summary>The CSV export and the JSON output of an audit of the Essex scorecard.</summary>
public class AuditOutputTests
{
    private static readonly AuditReport Report = ScorecardAuditor.Audit(ScorecardStructureReader.Read(AuditTestFiles.Reference));

    private static List<string[]> ExportRows()
    {
        var writer = new StringWriter();
        AuditCsvExport.Write(Report, writer);
        return writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(SplitCsv).ToList();
    }

    // Splits one RFC 4180 line; enough for the export, which has no line breaks inside fields.
    private static string[] SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (quoted && line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(line[i]);
            }
        }

        cells.Add(cell.ToString());
        return cells.ToArray();
    }

    private static Dictionary<string, string> ExportRow(int line)
    {
        var rows = ExportRows();
        var header = rows[0];
        var row = rows.Single(cells => cells[^1] == line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return header.Zip(row).ToDictionary(pair => pair.First, pair => pair.Second);
    }

    [Fact]
    public void Export_Reference_HasHeaderAndOneRowPerIndicator()
    {
        var rows = ExportRows();

        Assert.Equal(40, rows.Count);
        Assert.All(rows, row => Assert.Equal(26, row.Length));
    }

    [Fact]
    public void Export_Columns_FollowDocumentedLayout()
    {
        Assert.Equal(AuditCsvExport.Columns(3), ExportRows()[0]);
        Assert.Equal("period_3_half_width", AuditCsvExport.Columns(3)[21]);
    }

    [Fact]
    public void Export_Count_HasPlainNumbers()
    {
        var row = ExportRow(4);

        Assert.Equal("168218", row["period_1_value"]);
        Assert.Equal("-11102", row["number_difference"]);
        Assert.Equal("-6.9", row["percent_difference"]);
        Assert.Equal("2024-05", row["period_3_end"]);
        Assert.Equal("12", row["period_3_months"]);
    }

    [Fact]
    public void Export_Duration_IsSeconds()
    {
        var row = ExportRow(11);

        Assert.Equal("614", row["period_2_value"]);
        Assert.Equal("-96", row["number_difference"]);
        Assert.Equal("duration_seconds", row["unit"]);
        Assert.Equal("", row["percent_difference"]);
    }

    [Fact]
    public void Export_SubGroupRow_CarriesIntervals()
    {
        var row = ExportRow(41);

        Assert.Equal("Non-Victims", row["sub_group"]);
        Assert.Equal("4", row["footnotes"]);
        Assert.Equal("1.1", row["period_1_half_width"]);
        Assert.Equal("78.3", row["period_3_value"]);
        Assert.Equal("higher_is_better", row["polarity"]);
    }

    [Fact]
    public void Export_LabelWithComma_IsQuoted()
    {
        var tsv = SmallTables.TsvWith("Number of online reports", "Number of online reports, \"self-service\"");
        var report = ScorecardAuditor.Audit(ScorecardStructureReader.Read(AuditTestFiles.Write(tsv)));
        var writer = new StringWriter();

        AuditCsvExport.Write(report, writer);

        Assert.Contains(",\"Number of online reports, \"\"self-service\"\"\",", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_MissingBaseline_IsEmpty()
    {
        Assert.Equal("", ExportRow(18)["period_1_value"]);
    }

    [Fact]
    public void Json_Reference_ListsEveryIndicator()
    {
        using var json = JsonDocument.Parse(AuditJsonWriter.ToJson(Report));

        Assert.Equal(39, json.RootElement.GetProperty("indicators").GetArrayLength());
        Assert.Equal(4, json.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal(1, json.RootElement.GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public void Json_Indicator_GivesPublishedAndValue()
    {
        using var json = JsonDocument.Parse(AuditJsonWriter.ToJson(Report));

        var values = json.RootElement.GetProperty("indicators")[0].GetProperty("values");
        Assert.Equal("168,218", values[0].GetProperty("published").GetString());
        Assert.Equal(168218m, values[0].GetProperty("value").GetDecimal());
    }
}
