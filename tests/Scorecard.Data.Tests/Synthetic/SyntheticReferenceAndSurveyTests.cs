using System.Globalization;
using Scorecard.Data.Synthetic;

namespace Scorecard.Data.Tests.Synthetic;

/// <summary>Checks the calls, survey, returns and reference files of a two-year run.</summary>
public sealed class SyntheticReferenceAndSurveyTests : IClassFixture<TwoYearExtractFixture>
{
    private readonly TwoYearExtractFixture _fixture;

    public SyntheticReferenceAndSurveyTests(TwoYearExtractFixture fixture) => _fixture = fixture;

    private IReadOnlyList<Dictionary<string, string>> Rows(string file) => _fixture.Rows(file);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void SeverityWeights_AreAllPositive()
    {
        var notPositive = Rows(ExtractLayout.SeverityWeightsFile).Where(row => !(Number(row["weight"]) > 0)).ToList();

        Assert.Empty(notPositive);
    }

    [Fact]
    public void OutcomeTypes_SolvedSet_IsHomeOfficeSet()
    {
        var solved = Rows(ExtractLayout.OutcomeTypesFile).Where(row => row["solved"] == "yes").Select(row => row["outcome_type"]).ToList();

        Assert.Equal(["1", "1A", "2", "3", "4", "6", "7", "8"], solved);
    }

    [Fact]
    public void OutcomeTypes_CoverOneToTwentyTwo()
    {
        var types = Rows(ExtractLayout.OutcomeTypesFile).Select(row => row["outcome_type"]).ToHashSet();

        var missing = Enumerable.Range(1, 22).Select(number => number.ToString(CultureInfo.InvariantCulture)).Where(type => !types.Contains(type)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Population_AllRow_IsSumOfAreasEachYear()
    {
        foreach (var year in Rows(ExtractLayout.PopulationFile).GroupBy(row => row["year"]))
        {
            var areas = year.Where(row => row["area"] != "ALL").Sum(row => long.Parse(row["population"], CultureInfo.InvariantCulture));
            var all = year.Single(row => row["area"] == "ALL");

            Assert.Equal(areas, long.Parse(all["population"], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Population_CoversEveryYearGenerated()
    {
        var years = Rows(ExtractLayout.PopulationFile).Select(row => row["year"]).Distinct().ToList();

        Assert.Equal(["2021", "2022"], years);
    }

    [Fact]
    public void Survey_Weights_AreAllPositive()
    {
        var notPositive = Rows(ExtractLayout.SurveyFile).Where(row => !(Number(row["weight"]) > 0)).ToList();

        Assert.Empty(notPositive);
    }

    [Fact]
    public void Survey_FeelSafe_AskedOnlyOfFemales()
    {
        var wrong = Rows(ExtractLayout.SurveyFile).Where(row => row["feel-safe"] != "" && row["sex"] != "F").ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Survey_NewQuestions_EmptyBeforeApril2021()
    {
        var early = Rows(ExtractLayout.SurveyFile).Where(row => string.CompareOrdinal(row["date"], "2021-04-01") < 0).ToList();

        Assert.NotEmpty(early);
        Assert.All(early, row => Assert.Equal("", row["drug-response"]));
        Assert.All(early, row => Assert.Equal("", row["feel-safe"]));
    }

    [Fact]
    public void Survey_Answers_AreYesNoOrEmpty()
    {
        var answers = Rows(ExtractLayout.SurveyFile).SelectMany(row => SurveyGenerator.Questions.Select(question => row[question])).Distinct().Order().ToList();

        Assert.Equal(["", "no", "yes"], answers);
    }

    [Fact]
    public void Survey_Confidence_LowerForVictims()
    {
        var survey = Rows(ExtractLayout.SurveyFile);

        Assert.True(WeightedYes(survey, "yes") < WeightedYes(survey, "no") - 0.05, "Victims should have less confidence than non-victims.");
    }

    [Fact]
    public void Returns_OneRowPerMeasureAndMonth()
    {
        var returns = Rows(ExtractLayout.ReturnsFile);

        // Six measures and the marker that labels the extract as synthetic.
        Assert.Equal(
            ["asb-incidents", "dvpn", "dvpo", "nrm-referrals", "ocg-disruptions", "synthetic-extract", "victim-support-referrals"],
            returns.Select(row => row["measure_id"]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(7 * 24, returns.Select(row => (row["measure_id"], row["month"])).Distinct().Count());
        Assert.Equal(7 * 24, returns.Count);
    }

    [Fact]
    public void Returns_WholeForceCountsOnly()
    {
        var returns = Rows(ExtractLayout.ReturnsFile);

        Assert.All(returns, row => Assert.Equal("", row["area"]));
        Assert.All(returns, row => Assert.True(long.Parse(row["value"], CultureInfo.InvariantCulture) >= 0));
        Assert.All(returns, row => Assert.Equal("", row["numerator"] + row["denominator"] + row["squared_weights"]));
    }

    [Fact]
    public void Calls_WaitAndAnswer_FollowChannel()
    {
        var calls = Rows(ExtractLayout.CallsFile);
        var online = calls.Where(row => row["channel"] == "online").ToList();
        var phoned = calls.Where(row => row["channel"] != "online").ToList();

        Assert.Equal(["101", "999", "online"], calls.Select(row => row["channel"]).Distinct().Order(StringComparer.Ordinal));
        Assert.All(online, row => Assert.Equal("", row["wait_seconds"]));
        Assert.All(phoned, row => Assert.True(long.Parse(row["wait_seconds"], CultureInfo.InvariantCulture) >= 0));
        Assert.All(calls, row => Assert.Contains(row["answered"], new[] { "yes", "no" }));
    }

    [Fact]
    public void Calls_101Abandoned_IsThirtyToFortyPercent()
    {
        var calls = Rows(ExtractLayout.CallsFile).Where(row => row["channel"] == "101").ToList();

        var abandoned = (double)calls.Count(row => row["answered"] == "no") / calls.Count;

        Assert.InRange(abandoned, 0.28, 0.42);
    }

    [Fact]
    public void Calls_ReceivedTimes_AreInOrder()
    {
        var times = Rows(ExtractLayout.CallsFile).Select(row => row["received_at"]).ToList();

        Assert.Equal(times.Order(StringComparer.Ordinal), times);
    }

    private static double WeightedYes(IEnumerable<Dictionary<string, string>> survey, string victim)
    {
        var answered = survey.Where(row => row["victim"] == victim && row["confidence"] != "").ToList();
        return answered.Where(row => row["confidence"] == "yes").Sum(row => Number(row["weight"])) / answered.Sum(row => Number(row["weight"]));
    }
}
