using Scorecard.Core.Plans;

namespace Scorecard.Reports.Audit;

/// <summary>
/// How an indicator's figures are judged: its unit and polarity, each with the evidence it came from
/// so a user can correct it with a plan.
/// </summary>
/// <param name="Unit">Unit of the values.</param>
/// <param name="UnitBasis">What decided the unit, such as "'Number of' in the label".</param>
/// <param name="Polarity">Which way is better.</param>
/// <param name="PolarityBasis">What decided the polarity, such as "'solved' in the label".</param>
/// <param name="ShowsPercentDifference">
/// Whether the % difference column must show a value: true or false when a plan sets it, null when
/// the choice is left to the publisher (a count may show "-").
/// </param>
/// <param name="PlanIndicatorId">Id of the plan indicator the row was matched to, or null when inferred from the label.</param>
public sealed record IndicatorProfile(
    Unit Unit,
    string UnitBasis,
    Polarity Polarity,
    string PolarityBasis,
    bool? ShowsPercentDifference,
    string? PlanIndicatorId);

/// <summary>
/// Infers units and polarity from indicator labels, or takes them from a plan. The unit rules are
/// tried in order and the first match wins: "(mm:ss)" is a duration, "Average days" is days,
/// "Percentage" is a percentage, "Score" is a score, "per 1,000" is a rate and "Number of" is a count.
/// With none of these words, whole numbers are a count and anything else a score. Higher is better
/// when the label contains one of <see cref="HigherIsBetterWords"/>, and lower is better otherwise.
/// </summary>
public static class IndicatorInference
{
    /// <summary>Label words that make higher better, matched in any letter case.</summary>
    public static IReadOnlyList<string> HigherIsBetterWords { get; } =
    [
        "solved",
        "online reports",
        "disruptions",
        "Protection Notice",
        "Protection Order",
        "referrals to Victim Support",
        "confidence",
        "feel safe",
    ];

    /// <summary>Infers the profile of a row from its label and, when the label has no unit words, its values.</summary>
    public static IndicatorProfile Infer(string label, IEnumerable<PublishedNumber> values)
    {
        var (unit, unitBasis) = InferUnit(label, values.ToList());
        var (polarity, polarityBasis) = InferPolarity(label);
        return new IndicatorProfile(unit, unitBasis, polarity, polarityBasis, null, null);
    }

    /// <summary>Returns the profile a plan gives its indicator.</summary>
    public static IndicatorProfile FromPlan(Indicator indicator)
    {
        var basis = $"plan indicator '{indicator.Id}'";
        return new IndicatorProfile(indicator.Unit, basis, indicator.Polarity, basis, indicator.ShowPercentDifference, indicator.Id);
    }

    /// <summary>
    /// Returns the plan indicator whose label matches the row's, ignoring letter case, footnote markers
    /// and spacing. For a sub-group row, a plan label of "label (sub-group)" or "label - sub-group" is preferred.
    /// </summary>
    public static Indicator? Match(Plan plan, string label, string? subGroup)
    {
        var byLabel = plan.Indicators.ToLookup(indicator => Normalise(CellText.Clean(indicator.Label).Text));
        if (subGroup is not null)
        {
            foreach (var candidate in new[] { $"{label} ({subGroup})", $"{label} - {subGroup}", $"{label}: {subGroup}" })
            {
                if (byLabel[Normalise(candidate)].FirstOrDefault() is { } exact)
                {
                    return exact;
                }
            }
        }

        return byLabel[Normalise(label)].FirstOrDefault();
    }

    private static string Normalise(string label) =>
        string.Join(' ', label.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static (Unit, string) InferUnit(string label, IReadOnlyList<PublishedNumber> values)
    {
        if (Has(label, "(mm:ss)") || values.Any(value => value.IsDuration))
        {
            var trigger = Has(label, "(mm:ss)") ? (Has(label, "Average") ? "'Average' and '(mm:ss)'" : "'(mm:ss)'") + " in the label" : "values shown as mm:ss";
            return (Unit.DurationSeconds, trigger);
        }

        if (Has(label, "Average days"))
        {
            return (Unit.Days, "'Average days' in the label");
        }

        if (label.StartsWith("Percentage", StringComparison.OrdinalIgnoreCase) || Has(label, "Percentage of"))
        {
            return (Unit.Percentage, Has(label, "Percentage of") ? "'Percentage of' in the label" : "'Percentage' in the label");
        }

        if (HasWord(label, "Score"))
        {
            return (Unit.Score, "'Score' in the label");
        }

        if (Has(label, "per 1,000") || Has(label, "per 1000"))
        {
            return (Unit.RatePer1000, "'per 1,000' in the label");
        }

        if (Has(label, "Number of"))
        {
            return (Unit.Count, "'Number of' in the label");
        }

        return values.All(value => value.IsWhole)
            ? (Unit.Count, "no unit words in the label, and every value is a whole number")
            : (Unit.Score, "no unit words in the label, and some values have decimals");
    }

    private static (Polarity, string) InferPolarity(string label)
    {
        var word = HigherIsBetterWords.FirstOrDefault(candidate => Has(label, candidate));
        return word is not null
            ? (Polarity.HigherIsBetter, $"'{word}' in the label")
            : (Polarity.LowerIsBetter, "none of the higher-is-better words in the label ("
                + string.Join(", ", HigherIsBetterWords.Select(candidate => $"'{candidate}'")) + ")");
    }

    private static bool Has(string label, string words) => label.Contains(words, StringComparison.OrdinalIgnoreCase);

    private static bool HasWord(string label, string word) =>
        label.Split([' ', '(', ')', '-', ',', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Any(part => part.Equals(word, StringComparison.OrdinalIgnoreCase));
}
