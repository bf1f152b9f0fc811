using System.Globalization;

namespace Scorecard.Cli.Tests;

/// <summary>The README's main job on the bundled City of London sample, checked against a plain recount.</summary>
public sealed class MainJobTests : IClassFixture<MainJobTests.SampleReport>
{
    private readonly SampleReport _report;

    public MainJobTests(SampleReport report)
    {
        _report = report;
    }

    [Fact]
    public void Import_Sample_StoresEveryRow()
    {
        Assert.Equal(0, _report.ImportExitCode);
        Assert.Equal(24_750, _report.Recount.RowCount);
        Assert.Contains("Imported 36 file(s)", _report.ImportOutput);
        Assert.Contains("21,249 crimes, 3,501 anti-social behaviour incidents", _report.ImportOutput);
    }

    [Fact]
    public void Report_WritesHtmlCsvAndMarkdown()
    {
        Assert.Equal(0, _report.ReportExitCode);
        Assert.True(File.Exists(_report.OutputFile(".html")));
        Assert.True(File.Exists(_report.OutputFile(".csv")));
        Assert.True(File.Exists(_report.OutputFile(".md")));
    }

    [Fact]
    public void Report_Header_NamesTheWindows()
    {
        var header = _report.CsvRows[0];

        Assert.Equal("12 months to Dec 2019", header[6]);
        Assert.Equal("12 months to Nov 2019", header[7]);
        Assert.Equal("12 months to Nov 2020", header[8]);
    }

    [Theory]
    [InlineData("all-crime", null)]
    [InlineData("violence-and-sexual-offences", "Violence and sexual offences")]
    [InlineData("robbery", "Robbery")]
    [InlineData("possession-of-weapons", "Possession of weapons")]
    [InlineData("public-order", "Public order")]
    [InlineData("drugs", "Drugs")]
    [InlineData("burglary", "Burglary")]
    [InlineData("vehicle-crime", "Vehicle crime")]
    [InlineData("bicycle-theft", "Bicycle theft")]
    [InlineData("shoplifting", "Shoplifting")]
    [InlineData("theft-from-the-person", "Theft from the person")]
    [InlineData("other-theft", "Other theft")]
    [InlineData("criminal-damage-and-arson", "Criminal damage and arson")]
    [InlineData("other-crime", "Other crime")]
    public void Report_CrimeCounts_EqualRecount(string indicatorId, string? crimeType)
    {
        var row = _report.Row(indicatorId);

        Assert.Equal(_report.Recount.Crimes("2019-12", crimeType), _report.Number(row[6]));
        Assert.Equal(_report.Recount.Crimes("2019-11", crimeType), _report.Number(row[7]));
        Assert.Equal(_report.Recount.Crimes("2020-11", crimeType), _report.Number(row[8]));
        Assert.Equal(_report.Recount.Crimes("2020-11", crimeType) - _report.Recount.Crimes("2019-11", crimeType), _report.Number(row[9]));
    }

    [Fact]
    public void Report_AsbCounts_EqualRecount()
    {
        var row = _report.Row("asb");

        Assert.Equal(_report.Recount.AntiSocialBehaviour("2019-12"), _report.Number(row[6]));
        Assert.Equal(_report.Recount.AntiSocialBehaviour("2019-11"), _report.Number(row[7]));
        Assert.Equal(_report.Recount.AntiSocialBehaviour("2020-11"), _report.Number(row[8]));
    }

    [Fact]
    public void Report_SolvedCounts_EqualRecount()
    {
        var row = _report.Row("solved");

        Assert.Equal(_report.Recount.Solved("2019-12"), _report.Number(row[6]));
        Assert.Equal(_report.Recount.Solved("2019-11"), _report.Number(row[7]));
        Assert.Equal(_report.Recount.Solved("2020-11"), _report.Number(row[8]));
    }

    [Fact]
    public void Report_SolvedRate_EqualsRecountRatio()
    {
        var row = _report.Row("solved-rate");

        foreach (var (column, month) in new[] { (6, "2019-12"), (7, "2019-11"), (8, "2020-11") })
        {
            var expected = Math.Round(100.0 * _report.Recount.Solved(month) / _report.Recount.Crimes(month), 1, MidpointRounding.AwayFromZero);
            Assert.Equal(expected.ToString("0.0", CultureInfo.InvariantCulture), row[column]);
        }
    }

    [Fact]
    public void Report_AllCrimePercentDifference_FromUnroundedCounts()
    {
        var row = _report.Row("all-crime");
        var previous = (double)_report.Recount.Crimes("2019-11");
        var current = (double)_report.Recount.Crimes("2020-11");

        var expected = Math.Round((current - previous) / previous * 100, 1, MidpointRounding.AwayFromZero);

        Assert.Equal(expected.ToString("0.0", CultureInfo.InvariantCulture), row[10]);
        Assert.Equal("Improving", row[11]);
    }

    [Fact]
    public void Reimport_Sample_DoesNotDouble()
    {
        var (exitCode, _, _) = CliRunner.Run("import", "police-uk", RepositoryRoot.CityOfLondonSample, "--db", _report.DatabasePath);
        var (_, info, _) = CliRunner.Run("info", "--db", _report.DatabasePath);

        Assert.Equal(0, exitCode);
        Assert.Contains("21,249", info);
        Assert.Contains("3,501", info);
        Assert.Contains("Dec 2017", info);
        Assert.Contains("Nov 2020", info);
    }

    /// <summary>Imports the sample once and writes the report once for every test in the class.</summary>
    public sealed class SampleReport : IDisposable
    {
        private readonly TempFolder _folder = new();

        public SampleReport()
        {
            DatabasePath = _folder.File("scorecard.duckdb");
            Recount = new SampleRecount(RepositoryRoot.CityOfLondonSample);

            (ImportExitCode, ImportOutput, _) = CliRunner.Run("import", "police-uk", RepositoryRoot.CityOfLondonSample, "--db", DatabasePath);
            (ReportExitCode, _, _) = CliRunner.Run("report", "--plan", RepositoryRoot.ExamplePlan, "--month", "2020-11", "--out", OutputFolder, "--db", DatabasePath);

            CsvRows = File.Exists(OutputFile(".csv")) ? CsvFile.Read(OutputFile(".csv")) : [];
        }

        public string DatabasePath { get; }

        public string OutputFolder => _folder.File("out");

        public SampleRecount Recount { get; }

        public int ImportExitCode { get; }

        public string ImportOutput { get; }

        public int ReportExitCode { get; }

        public List<string[]> CsvRows { get; }

        public string OutputFile(string extension) => Path.Combine(OutputFolder, "police-uk-example-2020-11" + extension);

        public string[] Row(string indicatorId) => CsvRows.Single(row => row[1] == indicatorId);

        public int Number(string text) => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        public void Dispose() => _folder.Dispose();
    }
}
