using System.Xml.Linq;
using Scorecard.Core.Spc;

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

        var (exitCode, _, error) = CliRunner.Run("chart", "--plan", RepositoryRoot.ExamplePlan, "--indicator", "solved-rate", "--series", "rolling-12", "--months", "25", "--out", output, "--db", _sample.DatabasePath);

        Assert.Equal(0, exitCode);
        Assert.Contains("(rolling 12 months)", File.ReadAllText(Path.Combine(output, "solved-rate-spc-rolling-12.svg")));

        // Charted from Nov 2018, every point has a full 12 months of data behind it.
        Assert.DoesNotContain("12-month values start", error);
    }

    [Fact]
    public void Chart_MonthlyThenRolling_KeepsBoth()
    {
        var output = _sample.Folder.File("charts-both");

        CliRunner.Run("chart", "--plan", RepositoryRoot.ExamplePlan, "--indicator", "robbery", "--out", output, "--db", _sample.DatabasePath);
        CliRunner.Run("chart", "--plan", RepositoryRoot.ExamplePlan, "--indicator", "robbery", "--series", "rolling-12", "--out", output, "--db", _sample.DatabasePath);

        Assert.DoesNotContain("(rolling 12 months)", File.ReadAllText(Path.Combine(output, "robbery-spc.svg")));
        Assert.Contains("(rolling 12 months)", File.ReadAllText(Path.Combine(output, "robbery-spc-rolling-12.svg")));
        Assert.True(File.Exists(Path.Combine(output, "robbery-spc-rolling-12.png")));
    }

    [Theory]
    [InlineData("solved-rate", "12-month percentage")]
    [InlineData("all-crime", "12-month total")]
    public void Chart_Rolling12_LegendNamesSeries(string indicator, string legend)
    {
        var output = _sample.Folder.File("charts-rolling-legend-" + indicator);

        var (exitCode, _, _) = CliRunner.Run("chart", "--plan", RepositoryRoot.ExamplePlan, "--indicator", indicator, "--series", "rolling-12", "--out", output, "--db", _sample.DatabasePath);

        var texts = SvgTexts(Path.Combine(output, $"{indicator}-spc-rolling-12.svg"));
        Assert.Equal(0, exitCode);
        Assert.Contains(legend, texts);
        Assert.DoesNotContain("Monthly value", texts);
    }

    // The sample starts in Dec 2017, so the 12-month windows of Dec 2017 to Oct 2018 reach back
    // before the data although those months are loaded.
    [Fact]
    public void Chart_Rolling12_ExplainsFirstMonths()
    {
        const string startNote = "12-month values start in Nov 2018, the first month with 12 months of data.";
        var output = _sample.Folder.File("charts-rolling-start");

        var (_, text, error) = CliRunner.Run("chart", "--plan", RepositoryRoot.ExamplePlan, "--indicator", "solved-rate", "--series", "rolling-12", "--out", output, "--db", _sample.DatabasePath);

        var caption = string.Join(" ", SvgTexts(Path.Combine(output, "solved-rate-spc-rolling-12.svg")));
        Assert.Contains($"Warning (solved-rate): {startNote}", error);
        Assert.DoesNotContain("Dec 2017", error + text);
        Assert.Contains(startNote, caption);
        Assert.DoesNotContain("No data for", caption);
    }

    [Fact]
    public void Chart_Rolling12_WarnsAboutOverlap()
    {
        var output = _sample.Folder.File("charts-rolling-overlap");

        var (_, text, error) = CliRunner.Run("chart", "--plan", RepositoryRoot.ExamplePlan, "--indicator", "all-crime", "--series", "rolling-12", "--out", output, "--db", _sample.DatabasePath);

        var caption = string.Join(" ", SvgTexts(Path.Combine(output, "all-crime-spc-rolling-12.svg")));
        Assert.Contains("Special-cause points: 25", text);
        Assert.Contains($"Warning (all-crime): {RollingSeriesNotes.Overlap}", error);
        Assert.Contains(RollingSeriesNotes.Overlap, caption);
    }

    [Fact]
    public void Chart_Monthly_NoRollingNotes()
    {
        var output = _sample.Folder.File("charts-monthly");

        var (_, _, error) = CliRunner.Run("chart", "--plan", RepositoryRoot.ExamplePlan, "--indicator", "all-crime", "--out", output, "--db", _sample.DatabasePath);

        var texts = SvgTexts(Path.Combine(output, "all-crime-spc.svg"));
        Assert.Contains("Monthly value", texts);
        Assert.DoesNotContain("overlap", error);
        Assert.DoesNotContain("12-month", error);
    }

    [Fact]
    public void Chart_Warnings_GoToStandardError()
    {
        var output = _sample.Folder.File("charts-twelve-months");

        var (_, text, error) = CliRunner.Run("chart", "--plan", RepositoryRoot.ExamplePlan, "--indicator", "all-crime", "--months", "12", "--out", output, "--db", _sample.DatabasePath);

        Assert.Contains("Warning (all-crime): The limits for Dec 2019 to Nov 2020 are provisional", error);
        Assert.DoesNotContain("provisional", text);
    }

    // Possession of weapons offences number 1 to 13 a month, so the calculated lower limit is about -2.
    [Fact]
    public void Chart_SmallCounts_LowerLimitTruncatedAtZero()
    {
        var output = _sample.Folder.File("charts-floor");

        var (exitCode, _, error) = CliRunner.Run("chart", "--plan", RepositoryRoot.ExamplePlan, "--indicator", "possession-of-weapons", "--out", output, "--db", _sample.DatabasePath);

        var caption = string.Join(" ", SvgTexts(Path.Combine(output, "possession-of-weapons-spc.svg")));
        Assert.Equal(0, exitCode);
        Assert.Contains("Lower process limit truncated at 0 (calculated -2).", caption);
        Assert.DoesNotContain("limits floor", error);
    }

    [Fact]
    public void Chart_PlanFloorNone_LimitAsCalculated()
    {
        var plan = _sample.Folder.File("floor-none.yaml");
        var yaml = File.ReadAllText(RepositoryRoot.ExamplePlan).Replace(
            "measure: { kind: crimes, crime-types: [Possession of weapons] }",
            "measure: { kind: crimes, crime-types: [Possession of weapons] }\n        spc: { limits-floor: none }",
            StringComparison.Ordinal);
        Assert.Contains("limits-floor: none", yaml);
        File.WriteAllText(plan, yaml);
        var output = _sample.Folder.File("charts-floor-none");

        var (exitCode, _, _) = CliRunner.Run("chart", "--plan", plan, "--indicator", "possession-of-weapons", "--out", output, "--db", _sample.DatabasePath);

        var caption = string.Join(" ", SvgTexts(Path.Combine(output, "possession-of-weapons-spc.svg")));
        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("truncated", caption);
    }

    /// <summary>Returns each text of the SVG with its whitespace collapsed, in document order.</summary>
    private static List<string> SvgTexts(string path)
    {
        XNamespace svg = "http://www.w3.org/2000/svg";
        return XDocument.Load(path).Descendants(svg + "text")
            .Select(text => string.Join(" ", text.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
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

    [Fact]
    public void Chart_MisspeltIndicator_SuggestsNearest()
    {
        var (exitCode, _, error) = CliRunner.Run("chart", "--plan", RepositoryRoot.ExamplePlan, "--indicator", "robery", "--db", _sample.DatabasePath);

        Assert.Equal(2, exitCode);
        Assert.Contains("Did you mean 'robbery'?", error);
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
