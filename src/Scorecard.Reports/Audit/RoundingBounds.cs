namespace Scorecard.Reports.Audit;

/// <summary>
/// The range a figure's unrounded value can lie in, given the digits shown: a value shown as 35.7
/// lies in [35.65, 35.75]. Whole counts are exact. Differences of ranges are worked out by interval
/// arithmetic, so a published figure is accepted exactly when some unrounded values could give it.
/// </summary>
/// <param name="Low">Smallest possible value.</param>
/// <param name="High">Largest possible value.</param>
public readonly record struct RoundingBounds(decimal Low, decimal High)
{
    /// <summary>Returns the range of <paramref name="number"/>: a single point when <paramref name="exact"/>, else plus or minus half a unit of its last digit.</summary>
    public static RoundingBounds Of(PublishedNumber number, bool exact) =>
        exact ? new(number.Value, number.Value) : new(number.Value - number.HalfUnit, number.Value + number.HalfUnit);

    /// <summary>Returns the range of current minus previous.</summary>
    public static RoundingBounds Difference(RoundingBounds previous, RoundingBounds current) =>
        new(current.Low - previous.High, current.High - previous.Low);

    /// <summary>
    /// Returns the range of (current - previous) / previous x 100, or null when the previous value could be
    /// zero or negative, where the percentage has no bound.
    /// </summary>
    public static RoundingBounds? PercentChange(RoundingBounds previous, RoundingBounds current)
    {
        if (previous.Low <= 0)
        {
            return null;
        }

        // The function rises with current and, for a positive previous, moves monotonically with it, so the corners bound it.
        decimal Percent(decimal before, decimal after) => (after - before) / before * 100m;
        var corners = new[]
        {
            Percent(previous.Low, current.Low),
            Percent(previous.Low, current.High),
            Percent(previous.High, current.Low),
            Percent(previous.High, current.High),
        };
        return new RoundingBounds(corners.Min(), corners.Max());
    }

    /// <summary>Whether a published figure, itself rounded to its last digit, could come from a value in this range.</summary>
    public bool Admits(PublishedNumber published) => Admits(published.Value, published.HalfUnit);

    /// <summary>Whether <paramref name="value"/>, rounded by up to <paramref name="halfUnit"/>, could come from a value in this range.</summary>
    public bool Admits(decimal value, decimal halfUnit) => value + halfUnit >= Low && value - halfUnit <= High;
}
