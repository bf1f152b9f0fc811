using Scorecard.Core.Time;

namespace Scorecard.Data.Synthetic;

/// <summary>
/// Writes <c>survey.csv</c>: weighted responses of a public confidence survey, month by month in
/// interview-date order. Each question's share answering yes follows its own slow trend, lower
/// for victims of crime than for non-victims.
/// </summary>
internal sealed class SurveyGenerator
{
    /// <summary>Question asked of every respondent: confidence in policing.</summary>
    public const string Confidence = "confidence";

    /// <summary>Question asked of every respondent from April 2021: confidence that the response to drug crime is improving.</summary>
    public const string DrugResponse = "drug-response";

    /// <summary>Question asked of every respondent: confidence that the response to protecting children and vulnerable people is improving.</summary>
    public const string ProtectVulnerable = "protect-vulnerable";

    /// <summary>Question asked of female respondents from April 2021: feeling safe walking alone in their area after dark.</summary>
    public const string FeelSafe = "feel-safe";

    /// <summary>Question asked of respondents living in a rural part of their area: confidence in the policing of rural areas.</summary>
    public const string RuralConfidence = "rural-confidence";

    /// <summary>Responses a month at the default size.</summary>
    public const int ResponsesPerMonth = 2_500;

    /// <summary>Fewest responses expected a month, whatever the size, so small runs still have a survey.</summary>
    public const int MinResponsesPerMonth = 20;

    /// <summary>Share of respondents who were victims of crime in the last 12 months, 0 to 1.</summary>
    public const double VictimShare = 0.16;

    /// <summary>Month two questions were first asked, as in a new Police and Crime Plan; earlier answers are empty.</summary>
    public static ReportMonth NewQuestionsFrom { get; } = new(2021, 4);

    /// <summary>Every question column, in file order.</summary>
    public static IReadOnlyList<string> Questions { get; } = [Confidence, DrugResponse, ProtectVulnerable, FeelSafe, RuralConfidence];

    /// <summary>Header row: the fixed columns, then one column per question.</summary>
    public static IReadOnlyList<string> Header { get; } = [.. ExtractLayout.SurveyFixedHeader, .. Questions];

    // Share answering yes among non-victims, and among victims, 0 to 1. For the questions with no
    // victim curve, victims answer yes 8 percentage points less often than non-victims.
    private static readonly Dictionary<string, (TrendCurve NonVictim, TrendCurve? Victim)> Shares = new()
    {
        [Confidence] = (
            new(("2019-01", 0.655), ("2019-12", 0.665), ("2021-06", 0.72), ("2022-12", 0.755), ("2024-05", 0.785)),
            new(("2019-01", 0.52), ("2019-12", 0.53), ("2021-06", 0.58), ("2022-12", 0.61), ("2024-05", 0.60))),
        [DrugResponse] = (new(("2021-04", 0.56), ("2022-12", 0.59), ("2024-05", 0.61)), null),
        [ProtectVulnerable] = (new(("2019-01", 0.845), ("2021-06", 0.81), ("2022-12", 0.795), ("2024-05", 0.82)), null),
        [FeelSafe] = (new(("2021-04", 0.445), ("2023-01", 0.45), ("2024-05", 0.455)), null),
        [RuralConfidence] = (new(("2019-01", 0.645), ("2021-06", 0.70), ("2022-12", 0.745), ("2024-05", 0.77)), null),
    };

    private const double VictimGap = 0.08;

    private readonly SyntheticForceOptions _options;
    private readonly SyntheticRandom _random;
    private readonly WeightedChoice<int> _areaChoice;

    public SurveyGenerator(SyntheticForceOptions options)
    {
        _options = options;
        _random = SyntheticRandom.ForStream(options.Seed, "survey");
        _areaChoice = new WeightedChoice<int>(SyntheticAreas.All.Select((area, index) => (index, (double)area.Population)).ToArray());
    }

    /// <summary>Returns the responses expected a month at the given scale.</summary>
    public static double ExpectedResponses(double scale) => Math.Max(MinResponsesPerMonth, ResponsesPerMonth * scale);

    /// <summary>Writes the file to <paramref name="path"/> and returns its data row count.</summary>
    public long Write(string path, IProgress<SyntheticProgress>? progress)
    {
        using var csv = new CsvFileWriter(path, Header);
        var months = _options.Months.ToList();
        var responseNumber = 0;
        for (var monthIndex = 0; monthIndex < months.Count; monthIndex++)
        {
            var month = months[monthIndex];
            var days = DateTime.DaysInMonth(month.Year, month.Month);
            var perDay = new int[days];
            var responses = _random.NextPoisson(ExpectedResponses(_options.Scale));
            for (var index = 0; index < responses; index++)
            {
                perDay[_random.NextInt(days)]++;
            }

            for (var day = 0; day < days; day++)
            {
                for (var count = 0; count < perDay[day]; count++)
                {
                    responseNumber++;
                    WriteResponse(csv, $"S{responseNumber:D8}", month.FirstDay.AddDays(day), month);
                }
            }

            progress?.Report(new SyntheticProgress(ExtractLayout.SurveyFile, month, monthIndex + 1, months.Count, csv.Rows));
        }

        return csv.Rows;
    }

    private void WriteResponse(CsvFileWriter csv, string responseId, DateOnly date, ReportMonth month)
    {
        // Weights have a median of 0.9 and a mean near 1; the floor keeps every weight above zero.
        var weight = Math.Max(0.05, Math.Round(_random.NextLogNormal(0.9, 0.45), 4));
        var victim = _random.Chance(VictimShare);
        var sex = DrawSex(_random.NextDouble());
        var area = SyntheticAreas.All[_areaChoice.Draw(_random)];
        var livesRurally = _random.Chance(Math.Min(1.0, area.RuralShare * 1.2));

        csv.Field(responseId);
        csv.Field(date);
        csv.Field(weight, 4);
        csv.Field(victim ? "yes" : "no");
        csv.Field(sex);
        csv.Field(area.Name);
        foreach (var question in Questions)
        {
            var asked = question switch
            {
                DrugResponse => month >= NewQuestionsFrom,
                FeelSafe => month >= NewQuestionsFrom && sex == "F",
                RuralConfidence => livesRurally,
                _ => true,
            };
            if (!asked)
            {
                csv.Empty();
                continue;
            }

            csv.Field(_random.Chance(YesShare(question, victim, month)) ? "yes" : "no");
        }

        csv.EndRow();
    }

    // Returns F for 51% of respondents, M for 48.5%, X (other) for 0.3% and null (not recorded) for 0.2%.
    private static string? DrawSex(double uniform)
    {
        if (uniform < 0.51)
        {
            return "F";
        }

        if (uniform < 0.995)
        {
            return "M";
        }

        return uniform < 0.998 ? "X" : null;
    }

    private static double YesShare(string question, bool victim, ReportMonth month)
    {
        var (nonVictim, victimCurve) = Shares[question];
        if (!victim)
        {
            return nonVictim.At(month);
        }

        return victimCurve?.At(month) ?? Math.Max(0, nonVictim.At(month) - VictimGap);
    }
}
