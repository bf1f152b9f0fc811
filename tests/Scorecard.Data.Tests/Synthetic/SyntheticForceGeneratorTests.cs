using Scorecard.Core.Time;
using Scorecard.Data.Synthetic;

namespace Scorecard.Data.Tests.Synthetic;

public sealed class SyntheticForceGeneratorTests : IClassFixture<TwoYearExtractFixture>
{
    private readonly TwoYearExtractFixture _fixture;

    public SyntheticForceGeneratorTests(TwoYearExtractFixture fixture) => _fixture = fixture;

    // 1,200 offences a year over three months: about 300 offences and a few thousand calls.
    private static SyntheticForceOptions Small(int seed) => new()
    {
        Seed = seed,
        OffencesPerYear = 1_200,
        From = new ReportMonth(2024, 3),
        To = new ReportMonth(2024, 5),
    };

    [Fact]
    public void Generate_SameSeedTwice_WritesIdenticalBytes()
    {
        using var first = new SyntheticExtract(Small(seed: 3));
        using var second = new SyntheticExtract(Small(seed: 3));

        foreach (var file in ExtractLayout.CsvFiles.Append(ExtractLayout.ReadmeFile))
        {
            Assert.True(
                File.ReadAllBytes(first.PathOf(file)).AsSpan().SequenceEqual(File.ReadAllBytes(second.PathOf(file))),
                $"{file} differs between two runs with seed 3.");
        }
    }

    [Fact]
    public void Generate_DifferentSeeds_WriteDifferentFiles()
    {
        using var first = new SyntheticExtract(Small(seed: 3));
        using var second = new SyntheticExtract(Small(seed: 4));

        foreach (var file in new[] { ExtractLayout.OffencesFile, ExtractLayout.CallsFile, ExtractLayout.SurveyFile, ExtractLayout.ReturnsFile })
        {
            Assert.False(
                File.ReadAllBytes(first.PathOf(file)).AsSpan().SequenceEqual(File.ReadAllBytes(second.PathOf(file))),
                $"{file} is the same with seeds 3 and 4.");
        }
    }

    [Fact]
    public void Generate_SmallRun_WritesEveryFileWithRows()
    {
        using var extract = new SyntheticExtract(Small(seed: 1));

        foreach (var count in extract.Counts)
        {
            Assert.True(count.Rows > 0, $"{count.File} has no rows.");
            Assert.Equal(count.Rows, File.ReadLines(extract.PathOf(count.File)).LongCount() - 1);
        }
    }

    [Fact]
    public void Generate_Offences_NearRequestedRate()
    {
        // 12,000 a year for 24 months expects 24,000 offences. The count is Poisson with a standard
        // deviation of about 155, so a 3% tolerance (720) is more than four standard deviations.
        var offences = _fixture.Offences.Count;

        Assert.InRange(offences, 24_000 * 0.97, 24_000 * 1.03);
    }

    [Fact]
    public void Generate_Offences_SpreadOverEveryMonth()
    {
        var months = _fixture.Offences.Select(row => row["recorded_date"][..7]).Distinct().Order().ToList();

        Assert.Equal(24, months.Count);
        Assert.Equal("2021-01", months[0]);
        Assert.Equal("2022-12", months[^1]);
    }

    [Fact]
    public void Generate_Calls_NearExpectedCount()
    {
        // The expected 101 calls are the sum of the model's monthly means at scale 12,000 / 150,000;
        // 3% is again more than four Poisson standard deviations.
        var options = _fixture.Extract.Options;
        var expected = options.Months.Sum(month => CallGenerator.ExpectedCalls(0, month, options.Scale));
        var calls = _fixture.Rows(ExtractLayout.CallsFile).Count(row => row["channel"] == "101");

        Assert.InRange(calls, expected * 0.97, expected * 1.03);
    }

    [Fact]
    public void Generate_Survey_NearExpectedCount()
    {
        // 200 responses a month at this scale, 4,800 in 24 months; 5% is over three standard deviations (69).
        var responses = _fixture.Extract.Counts.Single(count => count.File == ExtractLayout.SurveyFile).Rows;

        Assert.InRange(responses, 4_800 * 0.95, 4_800 * 1.05);
    }

    [Fact]
    public void Generate_Readme_SaysSyntheticAndGivesOptions()
    {
        var readme = File.ReadAllText(_fixture.Extract.PathOf(ExtractLayout.ReadmeFile));

        Assert.StartsWith("SYNTHETIC DATA - NOT REAL POLICE DATA", readme);
        Assert.Contains("Synthetic Constabulary", readme);
        Assert.Contains("--seed 7 --offences-per-year 12000 --from 2021-01 --to 2022-12", readme);
        Assert.Contains("not police data", readme);
    }

    [Fact]
    public void Generate_ToBeforeFrom_ThrowsNamingOptions()
    {
        var options = Small(seed: 1) with { From = new ReportMonth(2024, 5), To = new ReportMonth(2024, 3) };

        var exception = Assert.Throws<ScorecardDataException>(() => SyntheticForceGenerator.Generate(Path.GetTempPath(), options));

        Assert.Equal("--to 2024-03 is before --from 2024-05. Give --to the same month as --from or a later one.", exception.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(10_000_001)]
    public void Generate_OffencesPerYearOutOfRange_Throws(int offencesPerYear)
    {
        var options = Small(seed: 1) with { OffencesPerYear = offencesPerYear };

        var exception = Assert.Throws<ScorecardDataException>(() => SyntheticForceGenerator.Generate(Path.GetTempPath(), options));

        Assert.StartsWith($"--offences-per-year is {offencesPerYear:N0} but must be between 12 and 10,000,000.", exception.Message);
    }

    [Fact]
    public void Generate_BlankForceName_Throws()
    {
        var options = Small(seed: 1) with { ForceName = " " };

        var exception = Assert.Throws<ScorecardDataException>(() => SyntheticForceGenerator.Generate(Path.GetTempPath(), options));

        Assert.StartsWith("--force-name is empty.", exception.Message);
    }

    [Fact]
    public void Generate_FolderIsAFile_ThrowsNamingFolder()
    {
        var file = Path.GetTempFileName();
        try
        {
            var exception = Assert.Throws<ScorecardDataException>(() => SyntheticForceGenerator.Generate(file, Small(seed: 1)));

            Assert.Contains($"'{file}'", exception.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
