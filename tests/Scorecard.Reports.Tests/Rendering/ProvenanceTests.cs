using System.Globalization;
using Scorecard.Core.Scorecards;
using Scorecard.Reports.Json;
using Scorecard.Reports.Rendering;
using Scorecard.Reports.Summary;
using Scorecard.Reports.Tests.Excel;

namespace Scorecard.Reports.Tests.Rendering;

/// <summary>Every output carries its provenance, and two runs on the same data differ only in when they were made.</summary>
public class ProvenanceTests
{
    private const string PlanHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static readonly DateTimeOffset Later = new(2027, 1, 15, 9, 30, 0, TimeSpan.Zero);

    public static TheoryData<string> TextFormats => ["html", "csv", "md", "json", "summary"];

    [Theory]
    [MemberData(nameof(TextFormats))]
    public void Render_CarriesProvenance(string format)
    {
        var text = Render(format, TestReports.Essex());

        Assert.Contains("Police, Fire and Crime Plan 2021-2024", text);
        Assert.Contains(PlanHash, text);
        Assert.Contains("0.1.0", text);
        Assert.Contains(format == "json" ? "2026-12-04T20:45:10Z" : "4 December 2026 20:45 UTC", text);
    }

    [Theory]
    [MemberData(nameof(TextFormats))]
    public void Render_CarriesCoverageAndMissingMonths(string format)
    {
        var text = Render(format, TestReports.Essex());

        Assert.Contains("police.uk street-level crimes", text);
        Assert.Contains(format == "json" ? "\"2019-07\"" : "Jul 2019 to Sep 2019, Jan 2020", text);
    }

    [Theory]
    [MemberData(nameof(TextFormats))]
    public void Render_TwiceDiffersOnlyInTimestamp(string format)
    {
        var first = Render(format, TestReports.Essex());
        var second = Render(format, WithGeneratedAt(TestReports.Essex(), Later));

        Assert.NotEqual(first, second);
        Assert.Equal(WithoutTimestamp(first, TestReports.GeneratedAt), WithoutTimestamp(second, Later));
    }

    [Fact]
    public void Xlsx_TwiceDiffersOnlyInTimestampCell()
    {
        var first = XlsxScorecardWriterTests.Workbook.Of(TestReports.Surveys()).AllCells().ToList();
        var second = XlsxScorecardWriterTests.Workbook.Of(WithGeneratedAt(TestReports.Surveys(), Later)).AllCells().ToList();

        var differences = first.Zip(second).Where(pair => pair.First != pair.Second).ToList();

        Assert.Equal(first.Count, second.Count);
        Assert.Equal(
            [("Data notes!B" + Row(first, "Date generated"), "4 December 2026 20:45 UTC", "15 January 2027 09:30 UTC")],
            differences.Select(pair => (pair.First.Split('=')[0], pair.First.Split(':', 2)[1], pair.Second.Split(':', 2)[1])));
    }

    private static string Row(List<string> cells, string key) =>
        cells.Single(cell => cell.StartsWith("Data notes!A", StringComparison.Ordinal) && cell.EndsWith(":" + key, StringComparison.Ordinal))
            .Split('=')[0]["Data notes!A".Length..];

    private static ScorecardReport WithGeneratedAt(ScorecardReport report, DateTimeOffset generatedAt) =>
        report with { Provenance = report.Provenance with { GeneratedAt = generatedAt } };

    private static string WithoutTimestamp(string text, DateTimeOffset generatedAt) => text
        .Replace(ScorecardFormatter.FormatGeneratedAt(generatedAt), "<generated>", StringComparison.Ordinal)
        .Replace(generatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), "<generated>", StringComparison.Ordinal);

    private static string Render(string format, ScorecardReport report)
    {
        IScorecardRenderer renderer = format switch
        {
            "html" => new HtmlScorecardRenderer(),
            "csv" => new CsvScorecardRenderer(),
            "md" => new MarkdownScorecardRenderer(),
            "json" => new JsonScorecardRenderer(),
            _ => new SummaryMarkdownRenderer(),
        };
        var writer = new StringWriter();
        renderer.Render(report, writer);
        return writer.ToString();
    }
}
