using Scorecard.Reports.Audit;
using Scorecard.Reports.Audit.Reading;

namespace Scorecard.Reports.Tests.Audit;

/// <summary>The same table read from TSV, XLSX and HTML gives the same scorecard and the same findings.</summary>
public class FormatEquivalenceTests
{
    private static AuditReport AuditTsv(string tsv) => ScorecardAuditor.Audit(ScorecardStructureReader.Read(AuditTestFiles.Write(tsv)));

    private static AuditReport AuditXlsx()
    {
        var path = AuditTestFiles.NewPath(".xlsx");
        SmallTables.WriteXlsx(path);
        return ScorecardAuditor.Audit(ScorecardStructureReader.Read(path));
    }

    private static AuditReport AuditHtml(string html) => ScorecardAuditor.Audit(ScorecardStructureReader.Read(AuditTestFiles.Write(html, ".html")));

    // Everything the audit read from each row, line included.
    private static List<string> Rows(AuditReport report) => report.Indicators
        .Select(audit => string.Join(" | ",
            audit.Indicator.Line,
            audit.Indicator.PriorityNumber,
            audit.Indicator.PriorityTitle,
            audit.Indicator.Label,
            string.Join(",", audit.Indicator.Footnotes),
            string.Join(",", audit.Values.Select(value => value?.Value)),
            string.Join(",", audit.HalfWidths.Select(value => value?.Value)),
            audit.NumberDifference?.Value,
            audit.PercentDifference?.Value,
            audit.Direction,
            audit.Profile.Unit,
            audit.Profile.Polarity))
        .ToList();

    private static List<string> Findings(AuditReport report) => report.Findings
        .Select(finding => $"{finding.Line}:{finding.Column} {finding.Cause} {finding.Published} -> {finding.Recomputed}")
        .ToList();

    [Fact]
    public void Detect_XlsxBytes_IsXlsx()
    {
        var path = AuditTestFiles.NewPath(".bin");
        SmallTables.WriteXlsx(path);

        Assert.Equal(ScorecardFileFormat.Xlsx, PublishedTableReader.Detect(path, File.ReadAllBytes(path)));
    }

    [Fact]
    public void Detect_HtmlText_IsHtml()
    {
        Assert.Equal(ScorecardFileFormat.Html, PublishedTableReader.Detect("scorecard.txt", "<html><table>"u8));
    }

    [Fact]
    public void Read_Xlsx_MatchesTsv()
    {
        Assert.Equal(Rows(AuditTsv(SmallTables.Tsv)), Rows(AuditXlsx()));
    }

    [Fact]
    public void Audit_Xlsx_FindsNothing()
    {
        Assert.Empty(AuditXlsx().Findings);
    }

    [Fact]
    public void Read_Html_MatchesTsv()
    {
        Assert.Equal(Rows(AuditTsv(SmallTables.Tsv)), Rows(AuditHtml(SmallTables.Html)));
    }

    [Fact]
    public void Audit_HtmlDirectionFlipped_MatchesTsv()
    {
        var tsv = AuditTsv(SmallTables.TsvWith("21.4\tDeteriorating", "21.4\tImproving"));
        var html = AuditHtml(SmallTables.Html.Replace("<td>21.4</td><td>Deteriorating</td>", "<td>21.4</td><td>Improving</td>", StringComparison.Ordinal));

        Assert.Single(tsv.Findings);
        Assert.Equal(Findings(tsv), Findings(html));
    }

    [Fact]
    public void Read_Xlsx_LocatesCellsByReference()
    {
        var report = AuditXlsx();

        Assert.Equal("cell F2", report.Scorecard.Table.Locate(2, 6));
    }

    [Fact]
    public void Read_Csv_MatchesTsv()
    {
        var csv = string.Join('\n', SmallTables.Tsv.Split('\n').Select(line => string.Join(',', line.Split('\t').Select(Quote))));

        var report = ScorecardAuditor.Audit(ScorecardStructureReader.Read(AuditTestFiles.Write(csv, ".csv")));

        Assert.Equal(Rows(AuditTsv(SmallTables.Tsv)), Rows(report));
    }

    // The Essex table as an HTML page, one table row per line of the TSV, so lines stay the same.
    [Fact]
    public void Read_ReferenceAsHtml_MatchesTsv()
    {
        var lines = File.ReadAllText(AuditTestFiles.Reference).Split('\n');
        var html = string.Join('\n', lines.Select(line =>
            "<tr>" + string.Concat(line.TrimEnd('\r').Split('\t').Select(cell => $"<td>{cell}</td>")) + "</tr>"));
        var tsvReport = ScorecardAuditor.Audit(ScorecardStructureReader.Read(AuditTestFiles.Reference));

        var htmlReport = AuditHtml("<table>" + html + "</table>");

        Assert.Equal(Rows(tsvReport), Rows(htmlReport));
        Assert.Equal(Findings(tsvReport), Findings(htmlReport));
    }

    // Without a priority column, each priority is a row of its own in the label column.
    [Fact]
    public void Read_PriorityRowsInLabelColumn_GroupIndicators()
    {
        var tsv = "Indicator\t12 months to May 2023\t12 months to May 2024\tNumber Difference\t% Difference\tDirection of Travel\n"
            + "Priority 1 - Further investment in crime prevention\t\t\t\t\t\n"
            + "Number of homicides\t14\t17\t3\t21.4\tDeteriorating\n"
            + "Priority 7 - Preventing dog theft\t\t\t\t\t\n"
            + "Number of dog thefts\t54\t44\t-10\t-\tImproving\n";

        var report = ScorecardAuditor.Audit(ScorecardStructureReader.Read(AuditTestFiles.Write(tsv)));

        Assert.Equal([1, 7], report.Scorecard.Priorities.Select(priority => priority.Number));
        Assert.Equal(["Number of homicides", "Number of dog thefts"], report.Indicators.Select(audit => audit.Indicator.Label));
        Assert.Empty(report.Findings);
    }

    private static string Quote(string cell) => cell.Contains(',') || cell.Contains('"') ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
}
