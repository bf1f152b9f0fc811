using System.Text.Json;

namespace Scorecard.Cli.Tests.Commands.Audit;

/// <summary><c>scorecard audit</c> end to end: exit codes, tables, JSON, the CSV export and --plan.</summary>
public class AuditCommandTests
{
    private static string Reference => Path.Combine(RepositoryRoot.Path, "tests", "Scorecard.Reports.Tests", "Audit", "TestData", "essex-scorecard-2024-05.tsv");

    // Two rows of the Essex table whose figures all agree.
    private const string CleanTable =
        "Police and Crime Plan Priorities\tPolice Priority Indicators\t12 months to Dec 2019\t12 months to May 2023\t12 months to May 2024\tNumber Difference 2023/24\t% Difference 2023/24\tDirection of Travel 2023/24\n"
        + "Priority 1 - Further investment in crime prevention\tNumber of homicides\t60\t14\t17\t3\t21.4\tDeteriorating\n"
        + "\tNumber of online reports\t24,467\t36,952\t41,556\t4,604\t12.5\tImproving\n";

    [Fact]
    public void Audit_Reference_ExitsOne()
    {
        var (exitCode, _, _) = CliRunner.Run("audit", Reference);

        Assert.Equal(1, exitCode);
    }

    [Fact]
    public void Audit_Reference_PrintsFindingAndSummary()
    {
        var (_, output, _) = CliRunner.Run("audit", Reference);

        Assert.Contains("Direction of Travel 2022/23", output, StringComparison.Ordinal);
        Assert.Contains("heading names the wrong year", output, StringComparison.Ordinal);
        Assert.Contains("1 discrepancy, 3 differences explained by rounding.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Reference_ShowsInferenceWords()
    {
        var (_, output, _) = CliRunner.Run("audit", Reference);

        Assert.Contains("'disruptions' in the label", output, StringComparison.Ordinal);
        Assert.Contains("'Average days' in the label", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Reference_ShowsUnitAndPolarityInWords()
    {
        var (_, output, _) = CliRunner.Run("audit", Reference);

        var waitRow = output.Split('\n').Single(line => line.Contains("CCC 101 Average wait time (mm:ss)", StringComparison.Ordinal));
        Assert.Contains("duration (mm:ss)", waitRow, StringComparison.Ordinal);
        Assert.Contains("lower is better", waitRow, StringComparison.Ordinal);
        var onlineRow = output.Split('\n').Single(line => line.Contains("Number of online reports", StringComparison.Ordinal));
        Assert.Contains("higher is better", onlineRow, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lower_is_better")]
    [InlineData("higher_is_better")]
    [InlineData("duration_seconds")]
    public void Audit_Reference_PrintsNoExportTokens(string token)
    {
        var (_, output, _) = CliRunner.Run("audit", Reference);

        Assert.DoesNotContain(token, output, StringComparison.Ordinal);
    }

    // The console shows words, but the JSON and the CSV export keep the documented tokens.
    [Fact]
    public void Audit_JsonAndExport_KeepTokens()
    {
        using var folder = new TempFolder();
        var export = folder.File("essex.csv");

        var (_, json, _) = CliRunner.Run("audit", Reference, "--json", "--export", export);

        Assert.Contains("\"duration_seconds\"", json, StringComparison.Ordinal);
        Assert.Contains("\"higher_is_better\"", json, StringComparison.Ordinal);
        var waitRow = File.ReadAllLines(export).Single(line => line.Contains("CCC 101 Average wait time", StringComparison.Ordinal));
        Assert.Contains(",duration_seconds,lower_is_better,", waitRow, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_CleanTable_ExitsZero()
    {
        using var folder = new TempFolder();
        var file = folder.File("clean.tsv");
        File.WriteAllText(file, CleanTable);

        var (exitCode, output, _) = CliRunner.Run("audit", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("0 discrepancies, 0 differences explained by rounding.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_MissingFile_ExitsTwo()
    {
        using var folder = new TempFolder();
        var file = folder.File("missing.tsv");

        var (exitCode, _, error) = CliRunner.Run("audit", file);

        Assert.Equal(2, exitCode);
        Assert.Contains($"{file}: file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_TextReadAsXlsx_ExitsTwo()
    {
        var (exitCode, _, error) = CliRunner.Run("audit", Reference, "--format", "xlsx");

        Assert.Equal(2, exitCode);
        Assert.Contains("not a readable XLSX workbook", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Json_ReportsSummary()
    {
        var (exitCode, output, _) = CliRunner.Run("audit", Reference, "--json");

        using var json = JsonDocument.Parse(output);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(1, exitCode);
        Assert.Equal(39, summary.GetProperty("indicators").GetInt32());
        Assert.Equal(7, summary.GetProperty("confidenceIntervals").GetInt32());
        Assert.Equal(1, summary.GetProperty("discrepancies").GetInt32());
        Assert.Equal(3, summary.GetProperty("explainedByRounding").GetInt32());
    }

    [Fact]
    public void Audit_Json_GivesFindingCause()
    {
        var (_, output, _) = CliRunner.Run("audit", Reference, "--json");

        using var json = JsonDocument.Parse(output);
        var finding = json.RootElement.GetProperty("findings")[0];
        Assert.Equal("header_wrong_year", finding.GetProperty("cause").GetString());
        Assert.Equal(3, finding.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Audit_Export_WritesOneRowPerIndicator()
    {
        using var folder = new TempFolder();
        var export = folder.File("essex.csv");

        var (exitCode, _, _) = CliRunner.Run("audit", Reference, "--export", export);

        var lines = File.ReadAllLines(export);
        Assert.Equal(1, exitCode);
        Assert.Equal(40, lines.Length);
        Assert.StartsWith("priority_number,priority_title,indicator,footnotes,sub_group,unit,polarity,period_1_label,", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_ExportToMissingFolder_ExitsTwo()
    {
        using var folder = new TempFolder();
        var export = Path.Combine(folder.Path, "no-such-folder", "essex.csv");

        var (exitCode, _, error) = CliRunner.Run("audit", Reference, "--export", export);

        Assert.Equal(2, exitCode);
        Assert.Contains("could not write the export", error, StringComparison.Ordinal);
    }

    // The plan makes online reports lower-is-better, so their rise from 36,952 to 41,556 is Deteriorating.
    [Fact]
    public void Audit_Plan_OverridesInferredPolarity()
    {
        using var folder = new TempFolder();
        var table = folder.File("clean.tsv");
        File.WriteAllText(table, CleanTable);
        var plan = folder.File("plan.yaml");
        File.WriteAllText(plan, """
            name: Audit test plan
            force: essex
            priorities:
              - number: 1
                title: Further investment in crime prevention
                indicators:
                  - id: online-reports
                    label: Number of online reports
                    unit: count
                    polarity: lower-is-better
                    measure: { kind: crimes }
            """);

        var (exitCode, output, _) = CliRunner.Run("audit", table, "--plan", plan);

        Assert.Equal(1, exitCode);
        Assert.Contains("plan indicator 'online-reports'", output, StringComparison.Ordinal);
        Assert.Contains("direction contradicts polarity", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_InvalidPlan_ExitsTwo()
    {
        using var folder = new TempFolder();
        var plan = folder.File("plan.yaml");
        File.WriteAllText(plan, "name: [unclosed");

        var (exitCode, _, error) = CliRunner.Run("audit", Reference, "--plan", plan);

        Assert.Equal(2, exitCode);
        Assert.Contains("plan.yaml", error, StringComparison.Ordinal);
    }
}
