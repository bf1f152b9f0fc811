using Scorecard.Core.Plans;

namespace Scorecard.Core.Comparison;

/// <summary>
/// The difference columns of a scorecard row, from unrounded values: the number difference in the
/// indicator's own unit (percentage points for percentages) and the % difference.
/// </summary>
/// <param name="Number">Current minus previous, unrounded, or null when either value is not available.</param>
/// <param name="Percent">
/// (current - previous) / previous x 100, unrounded, or null when it is not shown: either value not
/// available, previous is zero, the unit is not a count, or the indicator suppresses it.
/// </param>
public readonly record struct Differences(double? Number, double? Percent)
{
    /// <summary>Computes both differences between <paramref name="previous"/> and <paramref name="current"/>.</summary>
    public static Differences Between(double? previous, double? current, Indicator indicator)
    {
        if (previous is not { } before || current is not { } after)
        {
            return new Differences(null, null);
        }

        var number = after - before;
        var percentShown = indicator.ShowPercentDifference && indicator.Unit == Unit.Count && before != 0;
        return new Differences(number, percentShown ? number / before * 100.0 : null);
    }
}
