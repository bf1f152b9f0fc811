namespace Scorecard.Core.Plans;

/// <summary>
/// Names that plan files and the JSON output give units and polarities, such as
/// <c>rate-per-1000</c> and <c>higher-is-better</c>. Reading and writing share this one table, so a
/// plan's words and the JSON's always agree.
/// </summary>
public static class PlanNames
{
    /// <summary>Units by name.</summary>
    public static IReadOnlyDictionary<string, Unit> Units { get; } = new Dictionary<string, Unit>(StringComparer.Ordinal)
    {
        ["count"] = Unit.Count,
        ["percentage"] = Unit.Percentage,
        ["score"] = Unit.Score,
        ["duration"] = Unit.DurationSeconds,
        ["days"] = Unit.Days,
        ["rate-per-1000"] = Unit.RatePer1000,
    };

    /// <summary>Polarities by name.</summary>
    public static IReadOnlyDictionary<string, Polarity> Polarities { get; } = new Dictionary<string, Polarity>(StringComparer.Ordinal)
    {
        ["lower-is-better"] = Polarity.LowerIsBetter,
        ["higher-is-better"] = Polarity.HigherIsBetter,
    };

    /// <summary>Returns the name of <paramref name="unit"/>, such as <c>duration</c> for <see cref="Unit.DurationSeconds"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The unit has no name in the table.</exception>
    public static string Of(Unit unit) => NameOf(Units, unit, nameof(unit));

    /// <summary>Returns the name of <paramref name="polarity"/>, such as <c>higher-is-better</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The polarity has no name in the table.</exception>
    public static string Of(Polarity polarity) => NameOf(Polarities, polarity, nameof(polarity));

    private static string NameOf<T>(IReadOnlyDictionary<string, T> names, T value, string parameter)
        where T : struct, Enum
    {
        foreach (var (name, named) in names)
        {
            if (EqualityComparer<T>.Default.Equals(named, value))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(parameter, value, $"{typeof(T).Name} {value} has no name in the plan vocabulary.");
    }
}
