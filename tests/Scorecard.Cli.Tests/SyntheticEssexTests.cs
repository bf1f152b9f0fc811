namespace Scorecard.Cli.Tests;

/// <summary>
/// The Essex plan end to end on a small synthetic extract: generate, import every file, report,
/// and every row of the plan has its values.
/// </summary>
public sealed class SyntheticEssexTests : IClassFixture<SyntheticEssexTests.SyntheticReport>
{
    // The synthetic survey asks these two questions only from 2020, as the published survey did.
    private static readonly string[] SurveysWithoutBaseline = ["drug-confidence", "females-feel-safe"];

    private readonly SyntheticReport _report;

    public SyntheticEssexTests(SyntheticReport report)
    {
        _report = report;
    }

    [Fact]
    public void Pipeline_EveryCommandSucceeds()
    {
        Assert.True(_report.Failures.Count == 0, string.Join("\n", _report.Failures));
    }

    [Fact]
    public void Report_HasEveryPlanRow()
    {
        Assert.Equal(39, _report.Rows.Count);
    }

    [Fact]
    public void Report_EveryRowHasValuesAndDirection()
    {
        foreach (var row in _report.Rows)
        {
            var id = row[1];
            Assert.True(row[7].Length > 0, $"{id} has no previous value: {row[12]}");
            Assert.True(row[8].Length > 0, $"{id} has no current value: {row[12]}");
            Assert.True(row[11] is "Improving" or "Stable" or "Deteriorating", $"{id} has direction '{row[11]}'");
            if (!SurveysWithoutBaseline.Contains(id))
            {
                Assert.True(row[6].Length > 0, $"{id} has no baseline value: {row[12]}");
            }
        }
    }

    [Fact]
    public void Report_SurveysCarryIntervals()
    {
        var confidence = _report.Rows.Single(row => row[1] == "confidence");

        Assert.All(confidence[^3..], halfWidth => Assert.Matches(@"^\d+\.\d$", halfWidth));
    }

    [Fact]
    public void Report_IsLabelledSynthetic()
    {
        Assert.Contains("SYNTHETIC DATA: Police and Crime Plan 2021-24 scorecard", _report.Text);
        Assert.Contains("not real police figures", _report.Text);
        Assert.DoesNotContain("Open Government Licence", _report.Text);
    }

    /// <summary>Generates, imports and reports once for the class.</summary>
    public sealed class SyntheticReport : IDisposable
    {
        private readonly TempFolder _folder = new();

        public SyntheticReport()
        {
            var extract = _folder.File("extract");
            var database = _folder.File("synthetic.duckdb");
            var output = _folder.File("out");

            Run("generate", "--out", extract, "--seed", "7", "--offences-per-year", "6000", "--from", "2019-01", "--to", "2024-05");
            Run("import", "reference", Path.Combine(extract, "outcome-types.csv"), Path.Combine(extract, "severity-weights.csv"), Path.Combine(extract, "population.csv"), "--force", "essex", "--db", database);
            foreach (var kind in new[] { "offences", "calls", "survey", "returns" })
            {
                Run("import", kind, Path.Combine(extract, $"{kind}.csv"), "--force", "essex", "--db", database);
            }

            var plan = Path.Combine(RepositoryRoot.Path, "plans", "essex-2021-24.yaml");
            Run("report", "--plan", plan, "--month", "2024-05", "--out", output, "--format", "csv", "--db", database);

            var csv = Path.Combine(output, "essex-2021-24-2024-05.csv");
            var rows = File.Exists(csv) ? CsvFile.Read(csv) : [];
            Text = File.Exists(csv) ? File.ReadAllText(csv) : "";
            var width = rows.FirstOrDefault()?.Length ?? 0;
            Rows = rows.Skip(1).Where(row => row.Length == width).ToList();
        }

        public List<string> Failures { get; } = [];

        public List<string[]> Rows { get; }

        public string Text { get; } = "";

        public void Dispose() => _folder.Dispose();

        private void Run(params string[] args)
        {
            var (exitCode, output, error) = CliRunner.Run(args);
            if (exitCode != 0)
            {
                Failures.Add($"scorecard {string.Join(' ', args)} exited {exitCode}: {output} {error}");
            }
        }
    }
}
