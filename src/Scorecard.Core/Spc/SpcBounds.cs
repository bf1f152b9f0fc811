using System.Globalization;

namespace Scorecard.Core.Spc;

/// <summary>
/// Natural floor and ceiling of an indicator's values, in its unit, at which an XmR chart truncates
/// the process limits it shows: 0 for a count, which cannot be negative, or 0 and 100 for a
/// percentage. Either bound may be null for none. The calculated limits are never changed.
/// </summary>
public sealed record SpcBounds
{
    /// <summary>Creates bounds. Pass null for a side with no bound.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not a finite number.</exception>
    /// <exception cref="ArgumentException">Both bounds are given and the floor is not below the ceiling.</exception>
    public SpcBounds(double? floor, double? ceiling)
    {
        if (floor is { } low)
        {
            Guard.Finite(low, nameof(floor));
        }

        if (ceiling is { } high)
        {
            Guard.Finite(high, nameof(ceiling));
        }

        if (floor >= ceiling)
        {
            throw new ArgumentException(
                $"The limits floor {Format(floor!.Value)} is not below the limits ceiling {Format(ceiling!.Value)}; give a floor below the ceiling, or leave one out.",
                nameof(floor));
        }

        Floor = floor;
        Ceiling = ceiling;
    }

    /// <summary>No floor and no ceiling: the limits are shown as calculated.</summary>
    public static SpcBounds None { get; } = new(null, null);

    /// <summary>Lowest value the indicator can take, or null for no floor.</summary>
    public double? Floor { get; }

    /// <summary>Highest value the indicator can take, or null for no ceiling.</summary>
    public double? Ceiling { get; }

    /// <summary>Whether there is neither a floor nor a ceiling.</summary>
    public bool IsNone => Floor is null && Ceiling is null;

    /// <summary>Returns <paramref name="value"/> raised to the floor and lowered to the ceiling where it passes them.</summary>
    public double Clamp(double value)
    {
        var raised = Floor is { } floor ? Math.Max(floor, value) : value;
        return Ceiling is { } ceiling ? Math.Min(ceiling, raised) : raised;
    }

    /// <summary>Returns the bounds as text for messages, such as "floor 0, ceiling 100" or "none".</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Floor is { } floor)
        {
            parts.Add($"floor {Format(floor)}");
        }

        if (Ceiling is { } ceiling)
        {
            parts.Add($"ceiling {Format(ceiling)}");
        }

        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }

    /// <summary>Returns a bound as messages write it, such as "0" or "12.5".</summary>
    internal static string Format(double bound) => bound.ToString("0.###", CultureInfo.InvariantCulture);
}
