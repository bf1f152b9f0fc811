using System.Globalization;
using System.Text;

namespace Scorecard.Cli.Tests;

/// <summary>
/// Reproduces the published Essex scorecard for the 12 months to May 2024 from monthly returns that
/// add up to its published window values, through the CLI: import the returns, write the report,
/// and compare every value, difference and direction with the published table.
/// </summary>
/// <remarks>
/// Where the published table contradicts itself the test states the published value, ours and why:
/// its "Direction of Travel 2022/23" header sits over 2023/24 data (ours says 2023/24); a survey
/// with no 2019 data is printed "-" (ours is "n/a" with a note saying which months are missing);
/// and the confidence-interval row of the females' survey is shifted one column right, so its
/// "0.0" and "-" sit under the difference columns (ours prints the intervals under the windows).
/// </remarks>
public sealed class EssexReferenceTests : IClassFixture<EssexReferenceTests.EssexReport>
{
    /// <summary>Published rows: id, baseline, previous, current, number difference, % difference, direction.</summary>
    public static readonly TheoryData<string, string, string, string, string, string, string> PublishedRows = new()
    {
        { "all-crime", "168,218", "161,421", "150,319", "-11,102", "-6.9", "Improving" },
        { "harm-score", "13.8", "14.3", "13.8", "-0.5", "-", "Improving" },
        { "homicides", "60", "14", "17", "3", "21.4", "Deteriorating" },
        { "asb-incidents", "42,084", "18,868", "15,412", "-3,456", "-18.3", "Improving" },
        { "calls-101", "293,049", "214,950", "189,886", "-25,064", "-11.7", "Improving" },
        { "online-reports", "24,467", "36,952", "41,556", "4,604", "12.5", "Improving" },
        { "calls-101-abandoned", "34.0", "35.7", "27.3", "-8.5", "-", "Improving" },
        { "wait-101", "07:00", "10:14", "08:38", "-01:36", "-", "Improving" },
        { "confidence", "64.7", "73.5", "76.1", "2.5", "-", "Improving" },
        { "drug-homicides", "10", "1", "0", "-1", "-", "Improving" },
        { "violence-with-injury", "15,012", "15,591", "14,477", "-1,114", "-7.1", "Improving" },
        { "knife-crime", "1,638", "1,593", "1,517", "-76", "-4.8", "Improving" },
        { "ocg-disruptions", "99", "421", "403", "-18", "-4.3", "Deteriorating" },
        { "drug-confidence", "n/a", "57.6", "59.4", "1.8", "-", "Stable" },
        { "domestic-abuse", "29,726", "27,249", "24,199", "-3,050", "-11.2", "Improving" },
        { "domestic-abuse-solved", "3,005", "3,155", "2,766", "-389", "-12.3", "Deteriorating" },
        { "domestic-abuse-repeat-victims", "7,730", "8,078", "6,994", "-1,084", "-13.4", "Improving" },
        { "child-abuse", "5,259", "6,020", "5,500", "-520", "-8.6", "Improving" },
        { "child-abuse-solved", "275", "477", "376", "-101", "-21.2", "Deteriorating" },
        { "nrm-referrals", "98", "234", "332", "98", "41.9", "Deteriorating" },
        { "dvpn", "169", "145", "181", "36", "24.8", "Improving" },
        { "dvpo", "169", "127", "156", "29", "22.8", "Improving" },
        { "protect-confidence", "83.2", "78.6", "80.8", "2.2", "-", "Improving" },
        { "violence-against-females", "35,418", "36,035", "31,386", "-4,649", "-12.9", "Improving" },
        { "sexual-offences-females", "3,811", "4,654", "4,126", "-528", "-11.3", "Improving" },
        { "sexual-offences-females-solved", "203", "306", "293", "-13", "-4.2", "Deteriorating" },
        { "females-feel-safe", "n/a", "44.5", "45.0", "0.5", "-", "Stable" },
        { "repeat-victim-offences", "42,704", "43,881", "36,521", "-7,360", "-16.8", "Improving" },
        { "days-to-investigate-high-harm", "44.2", "51.8", "67.7", "15.9", "-", "Deteriorating" },
        { "victim-support-referrals", "41,068", "28,148", "25,661", "-2,487", "-8.8", "Deteriorating" },
        { "victims-confidence", "52.7", "60.9", "60.3", "-0.6", "-", "Stable" },
        { "non-victims-confidence", "66.1", "75.5", "78.3", "2.9", "-", "Improving" },
        { "victim-disparity", "13.4", "14.6", "18.0", "3.4", "-", "Deteriorating" },
        { "rural-crime", "26,459", "23,703", "22,358", "-1,345", "-5.7", "Improving" },
        { "rural-crime-solved", "3,047", "2,638", "2,609", "-29", "-1.1", "Deteriorating" },
        { "rural-harm-score", "8.7", "8.3", "8.1", "-0.2", "-", "Improving" },
        { "rural-confidence", "64.2", "74.0", "76.4", "2.4", "-", "Stable" },
        { "dog-thefts", "57", "54", "44", "-10", "-", "Improving" },
        { "dog-thefts-solved", "2", "3", "3", "0", "-", "Stable" },
    };

    /// <summary>Published confidence-interval rows: id and the half-width under each window ("-" where the survey did not run).</summary>
    public static readonly TheoryData<string, string, string, string> PublishedIntervals = new()
    {
        { "confidence", "1.1", "1.0", "1.0" },
        { "drug-confidence", "-", "1.2", "1.2" },
        { "protect-confidence", "1.0", "1.0", "0.9" },
        { "females-feel-safe", "-", "1.5", "1.5" },
        { "victims-confidence", "3.5", "3.0", "3.1" },
        { "non-victims-confidence", "1.1", "1.0", "1.0" },
        { "rural-confidence", "2.1", "2.0", "1.9" },
    };

    private readonly EssexReport _report;

    public EssexReferenceTests(EssexReport report)
    {
        _report = report;
    }

    [Fact]
    public void Report_RunsWithoutError()
    {
        Assert.True(_report.ImportExitCode == 0, _report.ImportOutput);
        Assert.True(_report.ReportExitCode == 0, _report.ReportOutput);
    }

    [Fact]
    public void Report_RowsInPublishedOrder()
    {
        var published = PublishedRows.Select(row => (string)row[0]).ToList();

        Assert.Equal(published, _report.Rows.Select(row => row[1]).ToList());
    }

    [Fact]
    public void Report_Headers_MatchPublishedExceptDirectionYear()
    {
        var header = _report.Header;

        Assert.Equal("12 months to Dec 2019", header[6]);
        Assert.Equal("12 months to May 2023", header[7]);
        Assert.Equal("12 months to May 2024", header[8]);
        Assert.Equal("Number Difference 2023/24", header[9]);
        Assert.Equal("% Difference 2023/24", header[10]);

        // Published "Direction of Travel 2022/23" over 2023/24 data; the comparison is 2023/24.
        Assert.Equal("Direction of Travel 2023/24", header[11]);
    }

    [Theory]
    [MemberData(nameof(PublishedRows))]
    public void Report_Row_MatchesPublished(string id, string baseline, string previous, string current, string number, string percent, string direction)
    {
        var row = _report.Rows.Single(candidate => candidate[1] == id);

        // The CSV has no thousands separators, so published figures are compared without them.
        Assert.Equal(Plain(baseline), row[6].Length == 0 ? "n/a" : row[6]);
        Assert.Equal(Plain(previous), row[7]);
        Assert.Equal(Plain(current), row[8]);
        Assert.Equal(Plain(number), row[9]);
        Assert.Equal(percent, row[10]);
        Assert.Equal(direction, row[11]);
    }

    [Theory]
    [MemberData(nameof(PublishedIntervals))]
    public void Report_Interval_MatchesPublished(string id, string baseline, string previous, string current)
    {
        var row = _report.Rows.Single(candidate => candidate[1] == id);
        var halfWidths = row[^3..].Select(cell => cell.Length == 0 ? "-" : cell).ToArray();

        Assert.Equal(baseline, halfWidths[0]);
        Assert.Equal(previous, halfWidths[1]);
        Assert.Equal(current, halfWidths[2]);
    }

    [Fact]
    public void Report_Subgroups_AsPublished()
    {
        Assert.Equal("Victims", _report.Rows.Single(row => row[1] == "victims-confidence")[13]);
        Assert.Equal("Non-Victims", _report.Rows.Single(row => row[1] == "non-victims-confidence")[13]);
    }

    private static string Plain(string published) => published.Replace(",", "", StringComparison.Ordinal);

    /// <summary>Writes the returns, imports them and writes the report once for the class.</summary>
    public sealed class EssexReport : IDisposable
    {
        private readonly TempFolder _folder = new();

        public EssexReport()
        {
            var database = _folder.File("essex.duckdb");
            var returns = _folder.File("returns.csv");
            File.WriteAllText(returns, EssexReturns.Csv(), new UTF8Encoding(false));

            (ImportExitCode, ImportOutput, _) = CliRunner.Run("import", "returns", returns, "--force", "essex", "--db", database);
            var plan = Path.Combine(RepositoryRoot.Path, "plans", "essex-2021-24.yaml");
            string error;
            (ReportExitCode, ReportOutput, error) = CliRunner.Run("report", "--plan", plan, "--month", "2024-05", "--out", _folder.File("out"), "--format", "csv", "--db", database);
            ReportOutput += error;

            var csv = Path.Combine(_folder.File("out"), "essex-2021-24-2024-05.csv");
            var rows = File.Exists(csv) ? CsvFile.Read(csv) : [];
            Header = rows.FirstOrDefault() ?? [];
            // Indicator rows have the header's width; the notes, methods and provenance rows after them are narrower.
            Rows = rows.Skip(1).Where(row => row.Length == Header.Length).ToList();
        }

        public int ImportExitCode { get; }

        public string ImportOutput { get; }

        public int ReportExitCode { get; }

        public string ReportOutput { get; }

        public string[] Header { get; }

        public List<string[]> Rows { get; }

        public void Dispose() => _folder.Dispose();
    }
}
