namespace Scorecard.Cli.Tests;

/// <summary>Warnings on standard error when the report month runs past the data loaded for the plan's force.</summary>
public sealed class ReportWarningTests : IClassFixture<ReportWarningTests.ImportedSample>
{
    private const string EndWarning =
        "Warning: the store's data for city-of-london ends in Nov 2020, but the report is for the 12 months to May 2023, " +
        "so values that need later months are not available (n/a). Import newer data or choose --month 2020-11 or earlier.";

    private readonly ImportedSample _sample;

    public ReportWarningTests(ImportedSample sample)
    {
        _sample = sample;
    }

    [Fact]
    public void Report_MonthAfterData_WarnsWithBothMonths()
    {
        var (exitCode, _, error) = Report(RepositoryRoot.ExamplePlan, "2023-05");

        Assert.Equal(0, exitCode);
        Assert.Contains(EndWarning, error);
    }

    [Fact]
    public void Report_MonthAfterData_StillWritesOutputs()
    {
        var (_, output, _) = Report(RepositoryRoot.ExamplePlan, "2023-05");

        Assert.Contains("police-uk-example-2023-05.csv", output);
        Assert.True(File.Exists(Path.Combine(_sample.Folder.File("out-2023-05"), "police-uk-example-2023-05.csv")));
    }

    [Fact]
    public void Report_NoCurrentValues_WarnsScorecardIsEmpty()
    {
        var (exitCode, _, error) = Report(RepositoryRoot.ExamplePlan, "2023-05");

        Assert.Equal(0, exitCode);
        Assert.Contains("Warning: the scorecard has no current figures. No indicator has a value for the 12 months to May 2023", error);
    }

    [Fact]
    public void Report_WarningsGoToStandardError()
    {
        var (_, output, _) = Report(RepositoryRoot.ExamplePlan, "2023-05");

        Assert.DoesNotContain("Warning", output);
    }

    [Fact]
    public void Report_MonthBeforeData_NamesFirstMonth()
    {
        // The sample starts in Dec 2017, so the first full 12 months end in Nov 2018.
        var (exitCode, _, error) = Report(RepositoryRoot.ExamplePlan, "2016-01");

        Assert.Equal(0, exitCode);
        Assert.Contains(
            "Warning: the store's data for city-of-london starts in Dec 2017, but the report is for the 12 months to Jan 2016, " +
            "so values that need earlier months are not available (n/a). Choose --month 2018-11 or later, or import older data.",
            error);
    }

    [Fact]
    public void Report_MonthWithinData_NoWarning()
    {
        var (exitCode, _, error) = Report(RepositoryRoot.ExamplePlan, "2020-11");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("Warning", error);
    }

    [Fact]
    public void Report_OneSourceEndsEarly_NamesThatSource()
    {
        var (exitCode, _, error) = Report(_sample.TwoSourcePlan, "2021-11");

        Assert.Equal(0, exitCode);
        Assert.Contains(
            "Warning: the store's data for city-of-london (police.uk street-level crimes and anti-social behaviour) ends in Nov 2020, " +
            "but the report is for the 12 months to Nov 2021",
            error);
        Assert.Contains("choose --month 2020-11 or earlier", error);
    }

    [Fact]
    public void Report_SomeCurrentValues_NoEmptyWarning()
    {
        var (_, _, error) = Report(_sample.TwoSourcePlan, "2021-11");

        Assert.DoesNotContain("no current figures", error);
    }

    [Fact]
    public void Report_SourceOutsidePlan_NotWarnedAbout()
    {
        // Returns 'old-figures' end in Jun 2020, but neither plan counts them.
        var (_, _, withinData) = Report(RepositoryRoot.ExamplePlan, "2020-11");
        var (_, _, afterStreetData) = Report(_sample.TwoSourcePlan, "2021-11");

        Assert.DoesNotContain("Warning", withinData);
        Assert.DoesNotContain("old-figures", afterStreetData);
        Assert.DoesNotContain("Jun 2020", afterStreetData);
    }

    private (int ExitCode, string Output, string Error) Report(string plan, string month) =>
        CliRunner.Run("report", "--plan", plan, "--month", month, "--format", "csv", "--out", _sample.Folder.File($"out-{month}"), "--db", _sample.DatabasePath);

    /// <summary>
    /// A store imported once for the class. It has the City of London sample (street files, Dec 2017
    /// to Nov 2020), monthly returns 'referrals' for Jan 2020 to Nov 2021 and 'old-figures' for Jan to
    /// Jun 2020. The two-source plan counts street crimes and referrals.
    /// </summary>
    public sealed class ImportedSample : IDisposable
    {
        public ImportedSample()
        {
            DatabasePath = Folder.File("scorecard.duckdb");
            var (exitCode, output, _) = CliRunner.Run("import", "police-uk", RepositoryRoot.CityOfLondonSample, "--db", DatabasePath);
            Assert.True(exitCode == 0, output);

            var returns = Folder.File("returns.csv");
            File.WriteAllLines(returns, [
                "measure_id,month,area,value",
                .. MonthsFromJanuary2020(23).Select(month => $"referrals,{month},,5"),
                .. MonthsFromJanuary2020(6).Select(month => $"old-figures,{month},,7"),
            ]);
            (exitCode, output, _) = CliRunner.Run("import", "returns", returns, "--force", "city-of-london", "--db", DatabasePath);
            Assert.True(exitCode == 0, output);

            TwoSourcePlan = Folder.File("two-sources.yaml");
            File.WriteAllText(TwoSourcePlan, """
                name: Crime and referrals
                force: city-of-london
                priorities:
                  - number: 1
                    title: Crime and referrals
                    indicators:
                      - id: all-crime
                        label: Number of all crime offences
                        unit: count
                        polarity: lower-is-better
                        measure: { kind: crimes }
                      - id: referrals
                        label: Number of referrals
                        unit: count
                        polarity: higher-is-better
                        measure: { kind: returns, id: referrals }
                """);
        }

        public TempFolder Folder { get; } = new();

        public string DatabasePath { get; }

        public string TwoSourcePlan { get; }

        public void Dispose() => Folder.Dispose();

        private static IEnumerable<string> MonthsFromJanuary2020(int count) =>
            Enumerable.Range(0, count).Select(offset => new DateOnly(2020, 1, 1).AddMonths(offset).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
    }
}
