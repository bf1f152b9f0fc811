namespace Scorecard.Cli.Tests;

public sealed class ChartCommandTests : IClassFixture<ChartCommandTests.ImportedSample>
{
    private readonly ImportedSample _sample;

    public ChartCommandTests(ImportedSample sample)
    {
        _sample = sample;
    }

    [Fact]
    public void Chart_Indicator_WritesSvgAndPng()
    {
        var output = _sample.Folder.File("charts-one");

        var (exitCode, text, _) = CliRunner.Run("chart", "--plan", RepositoryRoot.ExamplePlan, "--indicator", "all-crime", "--out", output, "--db", _sample.DatabasePath);

        Assert.Equal(0, exitCode);
        var svg = File.ReadAllText(Path.Combine(output, "all-crime-spc.svg"));
        Assert.Contains("Number of all crime offences", svg);
        Assert.Contains("Apr 2020", svg);
        var png = File.ReadAllBytes(Path.Combine(output, "all-crime-spc.png"));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png.Take(4).ToArray());

        // City of London crime fell far below the limits in the first lockdown and stayed low to Nov 2020.
        Assert.Contains("Special cause improving variation", text);
        Assert.Contains("Latest point Nov 2020: improvement", text);
    }

    [Fact]
    public void Chart_Rolling12_LabelsTitle()
    {
        var output = _sample.Folder.File("charts-rolling");

        var (exitCode, _, _) = CliRunner.Run("chart", "--plan", RepositoryRoot.ExamplePlan, "--indicator", "solved-rate", "--series", "rolling-12", "--months", "25", "--out", output, "--db", _sample.DatabasePath);

        Assert.Equal(0, exitCode);
        Assert.Contains("(rolling 12 months)", File.ReadAllText(Path.Combine(output, "solved-rate-spc.svg")));
    }

    [Fact]
    public void Chart_UnknownIndicator_ListsIdsWithoutStackTrace()
    {
        var (exitCode, _, error) = CliRunner.Run("chart", "--plan", RepositoryRoot.ExamplePlan, "--indicator", "nope", "--db", _sample.DatabasePath);

        Assert.Equal(2, exitCode);
        Assert.Contains("--indicator 'nope' is not in the plan", error);
        Assert.Contains("all-crime", error);
        Assert.DoesNotContain(" at Scorecard.", error);
    }

    [Theory]
    [InlineData("--series", "weekly", "--series 'weekly' is not a series kind")]
    [InlineData("--months", "1", "--months 1 is outside 2 to 240")]
    [InlineData("--month", "Nov 2020", "--month 'Nov 2020' is not a month")]
    public void Chart_BadOption_SaysWhatToDo(string option, string value, string expected)
    {
        var (exitCode, _, error) = CliRunner.Run("chart", "--plan", RepositoryRoot.ExamplePlan, option, value, "--db", _sample.DatabasePath, "--out", _sample.Folder.File("unused"));

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, error);
    }

    /// <summary>The City of London sample imported once for the class.</summary>
    public sealed class ImportedSample : IDisposable
    {
        public ImportedSample()
        {
            DatabasePath = Folder.File("scorecard.duckdb");
            var (exitCode, output, _) = CliRunner.Run("import", "police-uk", RepositoryRoot.CityOfLondonSample, "--db", DatabasePath);
            Assert.True(exitCode == 0, output);
        }

        public TempFolder Folder { get; } = new();

        public string DatabasePath { get; }

        public void Dispose() => Folder.Dispose();
    }
}
