using Scorecard.Core.Plans;

namespace Scorecard.Core.Comparison;

/// <summary>Direction of travel of an indicator between two windows.</summary>
public enum Direction
{
    /// <summary>No direction can be given because a value is not available.</summary>
    NotAvailable,

    /// <summary>Changed in the better direction for the indicator's polarity.</summary>
    Improving,

    /// <summary>No change that the method counts.</summary>
    Stable,

    /// <summary>Changed in the worse direction for the indicator's polarity.</summary>
    Deteriorating,
}

/// <summary>A way of deciding the direction of travel from the previous and current window values.</summary>
public interface IDirectionMethod
{
    /// <summary>Short name for report footnotes, such as "change by polarity".</summary>
    string Name { get; }

    /// <summary>Returns the direction from <paramref name="previous"/> to <paramref name="current"/>.</summary>
    Direction Decide(double? previous, double? current, Polarity polarity);
}

/// <summary>
/// Any change counts: a rise is Improving when higher is better and Deteriorating when lower is
/// better, equal unrounded values are Stable. The reference scorecards use this for counts
/// (54 to 44 dog thefts is Improving; 3 to 3 is Stable).
/// </summary>
public sealed class PolarityDirectionMethod : IDirectionMethod
{
    /// <inheritdoc />
    public string Name => "change by polarity: any change counts, equal is Stable";

    /// <inheritdoc />
    public Direction Decide(double? previous, double? current, Polarity polarity)
    {
        if (previous is not { } before || current is not { } after)
        {
            return Direction.NotAvailable;
        }

        if (after == before)
        {
            return Direction.Stable;
        }

        var rose = after > before;
        return rose == (polarity == Polarity.HigherIsBetter) ? Direction.Improving : Direction.Deteriorating;
    }
}

/// <summary>Maps a plan's direction method to its implementation.</summary>
public static class DirectionMethods
{
    /// <summary>Returns the implementation of <paramref name="kind"/>.</summary>
    public static IDirectionMethod For(DirectionMethodKind kind) => kind switch
    {
        DirectionMethodKind.Polarity => new PolarityDirectionMethod(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown direction method."),
    };
}
