using Scorecard.Core.Time;

namespace Scorecard.Data.Synthetic;

/// <summary>
/// A value that changes slowly over time, given at a few anchor months and joined by straight
/// lines: for example a level of 1.0 in January 2019 falling to 0.6 in April 2020. Before the first
/// anchor the first value holds, and after the last anchor the last value holds.
/// </summary>
internal sealed class TrendCurve
{
    private readonly int[] _ordinals;
    private readonly double[] _values;

    /// <summary>Creates the curve through <paramref name="anchors"/>, given as (<c>yyyy-MM</c>, value) in month order.</summary>
    /// <exception cref="ArgumentException">There are no anchors, or they are not in strictly increasing month order.</exception>
    public TrendCurve(params (string Month, double Value)[] anchors)
    {
        if (anchors.Length == 0)
        {
            throw new ArgumentException("A trend curve needs at least one anchor month.", nameof(anchors));
        }

        _ordinals = anchors.Select(anchor => ReportMonth.Parse(anchor.Month).Ordinal).ToArray();
        _values = anchors.Select(anchor => anchor.Value).ToArray();
        for (var index = 1; index < _ordinals.Length; index++)
        {
            if (_ordinals[index] <= _ordinals[index - 1])
            {
                throw new ArgumentException($"Anchor {anchors[index].Month} does not come after {anchors[index - 1].Month}; list anchors in month order.", nameof(anchors));
            }
        }
    }

    /// <summary>A curve that is <paramref name="value"/> in every month.</summary>
    public static TrendCurve Flat(double value) => new(("2000-01", value));

    /// <summary>Returns the curve's value in <paramref name="month"/>.</summary>
    public double At(ReportMonth month)
    {
        var ordinal = month.Ordinal;
        if (ordinal <= _ordinals[0])
        {
            return _values[0];
        }

        for (var index = 1; index < _ordinals.Length; index++)
        {
            if (ordinal <= _ordinals[index])
            {
                var fraction = (double)(ordinal - _ordinals[index - 1]) / (_ordinals[index] - _ordinals[index - 1]);
                return _values[index - 1] + fraction * (_values[index] - _values[index - 1]);
            }
        }

        return _values[^1];
    }
}
