namespace Scorecard.Cli.Tests;

/// <summary><c>scorecard chart --area</c> and <c>--by-area</c> on the City of London sample.</summary>
public sealed class ChartAreaTests : IClassFixture<ChartCommandTests.ImportedSample>
{
    private readonly ChartCommandTests.ImportedSample _sample;

    public ChartAreaTests(ChartCommandTests.ImportedSample sample)
    {
        _sample = sample;
    }

    [Fact]
    public void Chart_Area_WritesAreaFilesWithAreaTitle()
    {
        var output = _sample.Folder.File("charts-area");

        var (exitCode, text, _) = Chart(output, "--indicator", "all-crime", "--area", "tower hamlets");

        Assert.Equal(0, exitCode);
        Assert.Contains("Number of all crime offences: Tower Hamlets", File.ReadAllText(Path.Combine(output, "all-crime-spc-tower-hamlets.svg")));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(Path.Combine(output, "all-crime-spc-tower-hamlets.png")).Take(4).ToArray());
        Assert.False(File.Exists(Path.Combine(output, "all-crime-spc.svg")));
        Assert.Contains("all-crime (Tower Hamlets): Common cause variation.", text);
    }

    [Fact]
    public void Chart_ByArea_WritesEveryChart()
    {
        var output = _sample.Folder.File("charts-by-area");

        var (exitCode, text, _) = Chart(output, "--indicator", "all-crime", "--by-area");

        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(Path.Combine(output, "all-crime-spc.svg")));
        Assert.True(File.Exists(Path.Combine(output, "all-crime-spc-city-of-london.png")));
        Assert.True(File.Exists(Path.Combine(output, "all-crime-spc-tower-hamlets.svg")));
        Assert.Contains("all-crime: Special cause improving variation (low).", text);
        Assert.Contains($"  Tower Hamlets: Common cause variation. Wrote {Path.Combine(output, "all-crime-spc-tower-hamlets")}.svg", text);
        Assert.Contains("  City of London: Special cause improving variation (low).", text);
    }

    // Derbyshire Dales has one crime in 36 months: its XmR limits would collapse to the mean.
    [Fact]
    public void Chart_RareEventArea_SkipsChart()
    {
        var output = _sample.Folder.File("charts-rare");

        var (exitCode, text, _) = Chart(output, "--indicator", "all-crime", "--by-area");

        Assert.Equal(0, exitCode);
        Assert.Contains("Derbyshire Dales: no chart for all-crime, because 35 of its 36 months with a value are zero", text);
        Assert.False(File.Exists(Path.Combine(output, "all-crime-spc-derbyshire-dales.svg")));
    }

    [Fact]
    public void Chart_UnknownArea_ListsKnownAreas()
    {
        var (exitCode, _, error) = Chart(_sample.Folder.File("unused"), "--indicator", "all-crime", "--area", "Essex");

        Assert.Equal(2, exitCode);
        Assert.Contains("Area 'Essex' is not recorded for force 'city-of-london'. Its areas are: Camden, City of London,", error);
        Assert.Contains("Tower Hamlets", error);
        Assert.DoesNotContain(" at Scorecard.", error);
    }

    [Fact]
    public void Chart_AreaAndByArea_Rejected()
    {
        var (exitCode, _, error) = Chart(_sample.Folder.File("unused"), "--area", "Camden", "--by-area");

        Assert.Equal(2, exitCode);
        Assert.Contains("--area 'Camden' and --by-area cannot be used together", error);
    }

    [Fact]
    public void Chart_EmptyArea_Rejected()
    {
        var (exitCode, _, error) = Chart(_sample.Folder.File("unused"), "--area", " ");

        Assert.Equal(2, exitCode);
        Assert.Contains("--area is empty", error);
    }

    private (int ExitCode, string Output, string Error) Chart(string output, params string[] options) =>
        CliRunner.Run(["chart", "--plan", RepositoryRoot.ExamplePlan, "--out", output, "--db", _sample.DatabasePath, .. options]);
}
