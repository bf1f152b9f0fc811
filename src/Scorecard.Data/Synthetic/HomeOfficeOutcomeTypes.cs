namespace Scorecard.Data.Synthetic;

/// <summary>A Home Office outcome type: its code, short description and whether it counts as solved.</summary>
internal sealed record HomeOfficeOutcomeType(string Code, string Description, bool Solved);

/// <summary>
/// The Home Office outcome types 1 to 22 (with 1A). Solved means charge or summons (1, 1A), caution
/// (2, 3), taken into consideration (4), penalty notice for disorder (6), cannabis or khat warning (7)
/// or community resolution (8).
/// </summary>
internal static class HomeOfficeOutcomeTypes
{
    /// <summary>
    /// Effective-from date written for every type: earlier than any date the generator writes.
    /// NOTE: the real types came into use on different dates between 2013 and 2016; the file does not record them.
    /// </summary>
    public static DateOnly EffectiveFrom { get; } = new(2013, 4, 1);

    /// <summary>Every type, in Home Office order.</summary>
    public static IReadOnlyList<HomeOfficeOutcomeType> All { get; } =
    [
        new("1", "Charge/summons", true),
        new("1A", "Charge/summons - alternative offence", true),
        new("2", "Caution - youths", true),
        new("3", "Caution - adults", true),
        new("4", "Taken into consideration", true),
        new("5", "The offender has died", false),
        new("6", "Penalty notice for disorder", true),
        new("7", "Cannabis/khat warning", true),
        new("8", "Community resolution", true),
        new("9", "Prosecution not in the public interest (CPS decision)", false),
        new("10", "Formal action against the offender not in the public interest (police decision)", false),
        new("11", "Prosecution prevented - suspect below the age of criminal responsibility", false),
        new("12", "Prosecution prevented - suspect too ill to prosecute", false),
        new("13", "Prosecution prevented - victim or key witness dead or too ill to give evidence", false),
        new("14", "Evidential difficulties, suspect not identified: victim does not support further action", false),
        new("15", "Evidential difficulties, suspect identified: victim supports action", false),
        new("16", "Evidential difficulties, suspect identified: victim does not support further action", false),
        new("17", "Prosecution time limit expired", false),
        new("18", "Investigation complete - no suspect identified", false),
        new("19", "National Fraud Intelligence Bureau filed", false),
        new("20", "Further action to be taken by another body or agency", false),
        new("21", "Further investigation to support formal action not in the public interest (police decision)", false),
        new("22", "Diversionary, educational or intervention activity; further action not in the public interest", false),
    ];

    /// <summary>Returns whether <paramref name="code"/> is a solved outcome type.</summary>
    public static bool IsSolved(string code) => All.Any(type => type.Code == code && type.Solved);
}
