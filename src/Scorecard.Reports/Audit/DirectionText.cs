using Scorecard.Core.Comparison;

namespace Scorecard.Reports.Audit;

/// <summary>Reads and writes the direction-of-travel words a scorecard shows.</summary>
public static class DirectionText
{
    /// <summary>Returns the direction a cell shows: Improving, Stable or Deteriorating in any letter case, or null for anything else.</summary>
    public static Direction? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "improving" or "improved" => Direction.Improving,
        "stable" or "no change" => Direction.Stable,
        "deteriorating" or "deteriorated" => Direction.Deteriorating,
        _ => null,
    };

    /// <summary>Returns the published word for a direction, or "-" when none can be given.</summary>
    public static string Format(Direction direction) => direction switch
    {
        Direction.Improving => "Improving",
        Direction.Stable => "Stable",
        Direction.Deteriorating => "Deteriorating",
        _ => "-",
    };
}
