using System.Globalization;
using Scorecard.Data.Synthetic;

namespace Scorecard.Data.Tests.Synthetic;

/// <summary>
/// Checks the offences of a two-year run. The bands for shares are wide enough to hold for any
/// seed at this size (about 24,000 offences) and narrow enough to fail if a flag or rate breaks.
/// </summary>
public sealed class SyntheticOffenceTests : IClassFixture<TwoYearExtractFixture>
{
    private readonly TwoYearExtractFixture _fixture;

    public SyntheticOffenceTests(TwoYearExtractFixture fixture) => _fixture = fixture;

    private IReadOnlyList<Dictionary<string, string>> Offences => _fixture.Offences;

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool HasFlag(Dictionary<string, string> offence, string flag) => offence["flags"].Split(';').Contains(flag);

    [Fact]
    public void Offences_OutcomeDate_NeverBeforeRecordedDate()
    {
        var early = Offences.Where(row => row["outcome_date"] != "" && Date(row["outcome_date"]) < Date(row["recorded_date"])).ToList();

        Assert.Empty(early);
    }

    [Fact]
    public void Offences_OutcomeDate_NeverAfterLastMonth()
    {
        var late = Offences.Where(row => row["outcome_date"] != "" && Date(row["outcome_date"]) > new DateOnly(2022, 12, 31)).ToList();

        Assert.Empty(late);
    }

    [Fact]
    public void Offences_OutcomeTypeAndDate_AreBothGivenOrBothEmpty()
    {
        var mismatched = Offences.Where(row => (row["outcome_type"] == "") != (row["outcome_date"] == "")).ToList();

        Assert.Empty(mismatched);
    }

    [Fact]
    public void Offences_SomeStillOpen()
    {
        var open = Offences.Count(row => row["outcome_type"] == "");

        Assert.InRange(open, 1, Offences.Count / 10);
    }

    [Fact]
    public void Offences_RecordedDates_AreInOrder()
    {
        var dates = Offences.Select(row => row["recorded_date"]).ToList();

        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public void Offences_References_AreUnique()
    {
        Assert.Equal(Offences.Count, Offences.Select(row => row["reference"]).Distinct().Count());
    }

    [Fact]
    public void Offences_EveryCode_HasSeverityWeight()
    {
        var weighted = _fixture.Rows(ExtractLayout.SeverityWeightsFile).Select(row => row["offence_code"]).ToHashSet();

        var missing = Offences.Select(row => row["offence_code"]).Distinct().Where(code => !weighted.Contains(code)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Offences_EveryOutcomeType_IsInReferenceData()
    {
        var types = _fixture.Rows(ExtractLayout.OutcomeTypesFile).Select(row => row["outcome_type"]).ToHashSet();

        var unknown = Offences.Select(row => row["outcome_type"]).Where(type => type != "").Distinct().Where(type => !types.Contains(type)).ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Offences_EveryArea_IsInPopulation()
    {
        var areas = _fixture.Rows(ExtractLayout.PopulationFile).Select(row => row["area"]).ToHashSet();

        var unknown = Offences.Select(row => row["area"]).Distinct().Where(area => !areas.Contains(area)).ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Offences_SolvedShare_IsAboutOneInTen()
    {
        // Solved outcomes over all offences of the run (open ones included); the model aims at 10-12%.
        var solved = Offences.Count(row => HomeOfficeOutcomeTypes.IsSolved(row["outcome_type"]));

        Assert.InRange((double)solved / Offences.Count, 0.08, 0.14);
    }

    [Theory]
    [InlineData("domestic-abuse", 0.15, 0.21)]
    [InlineData("rural", 0.11, 0.19)]
    [InlineData("child-abuse", 0.025, 0.045)]
    [InlineData("knife-enabled", 0.006, 0.015)]
    public void Offences_FlagShare_IsPlausible(string flag, double min, double max)
    {
        var flagged = Offences.Count(row => HasFlag(row, flag));

        Assert.InRange((double)flagged / Offences.Count, min, max);
    }

    [Fact]
    public void Offences_DogTheftFlag_OnlyOnDogTheftCode()
    {
        var wrong = Offences.Where(row => HasFlag(row, "dog-theft") != (row["offence_code"] == SyntheticOffenceCodes.DogTheftCode)).ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Offences_VawgFlag_OnlyWithFemaleVictim()
    {
        var wrong = Offences.Where(row => HasFlag(row, "vawg") && row["victim_sex"] != "F").ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Offences_VictimSex_IsGivenExactlyWhenVictimIs()
    {
        var wrong = Offences.Where(row => (row["victim_id"] == "") != (row["victim_sex"] == "")).ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Offences_RepeatVictim_KeepsSex()
    {
        var victimsWithTwoSexes = Offences.Where(row => row["victim_id"] != "")
            .GroupBy(row => row["victim_id"])
            .Count(group => group.Select(row => row["victim_sex"]).Distinct().Count() > 1);

        Assert.Equal(0, victimsWithTwoSexes);
    }

    [Fact]
    public void Offences_DomesticAbuseRepeatVictims_ArePlausibleShare()
    {
        // The share of 2022's domestic abuse victims with two or more such offences in 2022.
        // The model aims at about 23%.
        var lastYear = Offences.Where(row => row["recorded_date"].StartsWith("2022", StringComparison.Ordinal)
            && row["victim_id"] != "" && HasFlag(row, "domestic-abuse"));
        var offencesPerVictim = lastYear.GroupBy(row => row["victim_id"]).Select(group => group.Count()).ToList();

        var repeatShare = (double)offencesPerVictim.Count(count => count >= 2) / offencesPerVictim.Count;

        Assert.InRange(repeatShare, 0.15, 0.32);
    }

    [Fact]
    public void Offences_Homicide_IsRareAndHeaviest()
    {
        var weights = _fixture.Rows(ExtractLayout.SeverityWeightsFile)
            .ToDictionary(row => row["offence_code"], row => double.Parse(row["weight"], CultureInfo.InvariantCulture));
        var homicides = Offences.Count(row => row["offence_code"] == "1");

        Assert.Equal(weights.Values.Max(), weights["1"]);
        Assert.True(weights["1"] > 100 * weights["49"], "Homicide should weigh far more than other theft.");
        Assert.InRange(homicides, 0, 12);
    }
}
