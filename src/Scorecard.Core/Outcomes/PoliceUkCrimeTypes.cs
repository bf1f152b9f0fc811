namespace Scorecard.Core.Outcomes;

/// <summary>The crime types police.uk publishes in street-level files (14 including anti-social behaviour).</summary>
public static class PoliceUkCrimeTypes
{
    /// <summary>The type of anti-social behaviour incidents, which are not crimes and are stored apart.</summary>
    public const string AntiSocialBehaviour = "Anti-social behaviour";

    /// <summary>All 14 types, in police.uk's order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        AntiSocialBehaviour,
        "Bicycle theft",
        "Burglary",
        "Criminal damage and arson",
        "Drugs",
        "Other crime",
        "Other theft",
        "Possession of weapons",
        "Public order",
        "Robbery",
        "Shoplifting",
        "Theft from the person",
        "Vehicle crime",
        "Violence and sexual offences",
    ];

    private static readonly Dictionary<string, string> ByName = All.ToDictionary(type => type, StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns the type as police.uk spells it, or null when <paramref name="name"/> is not one of the 14.</summary>
    public static string? Canonical(string name) => ByName.GetValueOrDefault(name.Trim());
}
