namespace Scorecard.Core.Spc;

/// <summary>
/// Flags every point of a trend: <see cref="Length"/> or more consecutive points each strictly
/// higher (rising) or each strictly lower (falling) than the point before. Two equal points in a
/// row break the trend. The side is the trend's direction, not the points' side of the centre line.
/// </summary>
public sealed class TrendRule : ISpcRule
{
    /// <summary>Creates the rule for trends of <paramref name="length"/> points.</summary>
    public TrendRule(int length)
    {
        Length = Guard.InRange(length, 2, 100);
    }

    /// <summary>Points in a row that make a trend; a trend of 7 points has 6 steps.</summary>
    public int Length { get; }

    /// <inheritdoc />
    public SpcRule Rule => SpcRule.Trend;

    /// <inheritdoc />
    public IReadOnlyList<SpcSide?> Evaluate(IReadOnlyList<double> values, XmrLimits limits)
    {
        var flags = new SpcSide?[values.Count];
        var start = 0;
        SpcSide? direction = null;
        for (var i = 1; i <= values.Count; i++)
        {
            var step = i < values.Count ? StepDirection(values[i - 1], values[i]) : null;
            if (step is not null && step == direction)
            {
                continue;
            }

            // The run of steps from `start` ends at point i - 1; it spans i - start points.
            if (direction is { } side && i - start >= Length)
            {
                for (var j = start; j < i; j++)
                {
                    flags[j] = side;
                }
            }

            // A new trend starts at the point before this step, because that point is its first.
            start = i - 1;
            direction = step;
        }

        return flags;
    }

    private static SpcSide? StepDirection(double previous, double current)
    {
        if (current > previous)
        {
            return SpcSide.High;
        }

        return current < previous ? SpcSide.Low : null;
    }
}
