using Scorecard.Core.Time;

namespace Scorecard.Data.Synthetic;

/// <summary>
/// Draws an offence's outcome type and the days from its recording to the outcome. Offences whose
/// outcome would fall after the extract date, and a few that never conclude, stay open.
/// </summary>
internal static class OutcomeModel
{
    /// <summary>Share of offences still under investigation however old they are, 0 to 1.</summary>
    public const double NeverConcluded = 0.015;

    /// <summary>Longest time to an outcome, in days (three years).</summary>
    public const int MaxDays = 1095;

    private static readonly WeightedChoice<string> SolvedGeneral = new(
        ("1", 0.62), ("1A", 0.02), ("2", 0.04), ("3", 0.10), ("4", 0.03), ("6", 0.03), ("8", 0.16));

    private static readonly WeightedChoice<string> SolvedSerious = new(("1", 0.90), ("1A", 0.05), ("2", 0.02), ("3", 0.03));

    private static readonly WeightedChoice<string> SolvedPossession = new(("1", 0.25), ("3", 0.10), ("6", 0.05), ("7", 0.40), ("8", 0.20));

    private static readonly WeightedChoice<string> SolvedShoplifting = new(("1", 0.55), ("2", 0.03), ("3", 0.08), ("4", 0.06), ("6", 0.06), ("8", 0.22));

    private static readonly WeightedChoice<string> UnsolvedPerson = new(
        ("14", 0.30), ("15", 0.22), ("16", 0.28), ("18", 0.10), ("10", 0.02), ("20", 0.03), ("21", 0.02), ("22", 0.01),
        ("5", 0.002), ("9", 0.005), ("11", 0.005), ("12", 0.003), ("13", 0.003), ("17", 0.002));

    private static readonly WeightedChoice<string> UnsolvedProperty = new(
        ("18", 0.78), ("14", 0.10), ("15", 0.06), ("16", 0.03), ("20", 0.02), ("21", 0.01));

    private static readonly WeightedChoice<string> UnsolvedStateBased = new(
        ("15", 0.35), ("21", 0.20), ("10", 0.15), ("22", 0.15), ("20", 0.10), ("9", 0.05));

    /// <summary>
    /// Draws the outcome of an offence recorded on <paramref name="recorded"/>, or null type and date
    /// while it is open on <paramref name="extractDate"/>. The outcome date is never before the recorded date.
    /// </summary>
    public static (string? Type, DateOnly? Date) Draw(
        SyntheticRandom random, SyntheticOffenceCode code, bool highHarm, DateOnly recorded, DateOnly extractDate)
    {
        var month = ReportMonth.Of(recorded);
        var solved = random.Chance(Math.Min(1.0, code.Solved * OffenceTrends.SolvedRate.At(month)));
        var type = solved ? SolvedChoice(code).Draw(random) : UnsolvedChoice(code).Draw(random);
        var days = DrawDays(random, type, solved, highHarm, month);

        // Draw the "never concluded" case after the type and days so the other draws do not depend on it.
        if (random.Chance(NeverConcluded))
        {
            return (null, null);
        }

        var date = recorded.AddDays(days);
        return date > extractDate ? (null, null) : (type, date);
    }

    private static int DrawDays(SyntheticRandom random, string type, bool solved, bool highHarm, ReportMonth month)
    {
        // Medians in days; the log-normal spread of 1.0 puts the mean at about 1.65 times the median.
        double median;
        if (highHarm)
        {
            median = (type == "1" || type == "1A" ? 42 : 33) * OffenceTrends.HighHarmDays.At(month);
        }
        else if (type == "1" || type == "1A")
        {
            median = 21;
        }
        else if (solved)
        {
            median = 7;
        }
        else
        {
            median = type == "18" ? 5 : 20;
        }

        return (int)Math.Min(MaxDays, random.NextLogNormal(median, 1.0));
    }

    private static WeightedChoice<string> SolvedChoice(SyntheticOffenceCode code) => code.Code switch
    {
        "92D" => SolvedPossession,
        "46" => SolvedShoplifting,
        _ when code.Group is OffenceGroup.Homicide or OffenceGroup.SexualOffences or OffenceGroup.Robbery || code.Code == "5D" => SolvedSerious,
        _ => SolvedGeneral,
    };

    private static WeightedChoice<string> UnsolvedChoice(SyntheticOffenceCode code) => code.Group switch
    {
        OffenceGroup.DrugOffences or OffenceGroup.WeaponsPossession => UnsolvedStateBased,
        OffenceGroup.Burglary or OffenceGroup.VehicleOffences or OffenceGroup.Theft or OffenceGroup.Shoplifting
            or OffenceGroup.CriminalDamage or OffenceGroup.DogTheft or OffenceGroup.Robbery => UnsolvedProperty,
        _ => UnsolvedPerson,
    };
}
