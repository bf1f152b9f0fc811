namespace Scorecard.Core.Outcomes;

/// <summary>
/// A police.uk outcome category and the Home Office outcome type it approximates.
/// </summary>
/// <param name="Category">Text as police.uk publishes it, such as "Local resolution".</param>
/// <param name="HomeOfficeType">Home Office outcome type, such as "8", "2/3", or null when none applies (pending, or no update).</param>
/// <param name="IsSolved">Whether the type counts as solved.</param>
public sealed record PoliceUkOutcome(string Category, string? HomeOfficeType, bool IsSolved);

/// <summary>
/// Home Office outcome types that count as solved: charge or summons (1, 1A), caution (2, 3),
/// offence taken into consideration (4), penalty notice for disorder (6), cannabis or khat warning (7)
/// and community resolution (8).
/// </summary>
public static class SolvedOutcomeTypes
{
    /// <summary>The solved types.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { "1", "1A", "2", "3", "2/3", "4", "6", "7", "8" };
}

/// <summary>
/// Maps police.uk's published outcome categories to Home Office outcome types. police.uk publishes
/// text, not types, so this is an approximation: every court result and "Suspect charged" maps to
/// type 1, a caution to 2/3, a drugs possession warning to 7, a penalty notice to 6 and a local
/// resolution to 8.
/// </summary>
public static class PoliceUkOutcomes
{
    private const string Charge = "1";

    /// <summary>Every category police.uk has published since 2013, with its type.</summary>
    public static IReadOnlyList<PoliceUkOutcome> All { get; } =
    [
        Solved("Suspect charged", Charge),
        Solved("Suspect charged as part of another case", Charge),
        Solved("Awaiting court outcome", Charge),
        Solved("Court result unavailable", Charge),
        Solved("Court case unable to proceed", Charge),
        Solved("Defendant found not guilty", Charge),
        Solved("Defendant sent to Crown Court", Charge),
        Solved("Offender sent to prison", Charge),
        Solved("Offender given suspended prison sentence", Charge),
        Solved("Offender fined", Charge),
        Solved("Offender given a community sentence", Charge),
        Solved("Offender given community sentence", Charge),
        Solved("Offender given conditional discharge", Charge),
        Solved("Offender given absolute discharge", Charge),
        Solved("Offender otherwise dealt with", Charge),
        Solved("Offender ordered to pay compensation", Charge),
        Solved("Offender deprived of property", Charge),
        Solved("Offender given a caution", "2/3"),
        Solved("Offender given penalty notice", "6"),
        Solved("Offender given a drugs possession warning", "7"),
        Solved("Local resolution", "8"),
        NotSolved("Formal action is not in the public interest", "10"),
        NotSolved("Unable to prosecute suspect", "15/16"),
        NotSolved("Investigation complete; no suspect identified", "18"),
        NotSolved("Action to be taken by another organisation", "20"),
        NotSolved("Further investigation is not in the public interest", "21"),
        NotSolved("Further action is not in the public interest", "21"),
        NotSolved("Under investigation", null),
        NotSolved("Status update unavailable", null),
    ];

    private static readonly Dictionary<string, PoliceUkOutcome> ByCategory =
        All.ToDictionary(outcome => outcome.Category, StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns the mapping of <paramref name="category"/>, or null when police.uk's list does not contain it.</summary>
    public static PoliceUkOutcome? Find(string category) => ByCategory.GetValueOrDefault(category.Trim());

    private static PoliceUkOutcome Solved(string category, string type) => new(category, type, true);

    private static PoliceUkOutcome NotSolved(string category, string? type) => new(category, type, false);
}
