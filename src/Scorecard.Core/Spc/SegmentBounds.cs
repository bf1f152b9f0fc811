using Scorecard.Core.Time;

namespace Scorecard.Core.Spc;

/// <summary>
/// Fits the chart's bounds to one segment. A bound that one of the segment's values passes is not
/// natural for that indicator. A limit truncated there would hide how far the value lies from the
/// calculated limit, so the segment is shown without that bound and a warning gives the reason.
/// </summary>
internal static class SegmentBounds
{
    /// <summary>
    /// Returns <paramref name="bounds"/> without a floor that a value is below or a ceiling that a
    /// value is above, adding one warning per bound left out.
    /// </summary>
    /// <param name="bounds">Bounds from the chart's options.</param>
    /// <param name="points">The segment's points that have values.</param>
    /// <param name="segment">The segment's months for messages, such as "Dec 2017 to Nov 2020".</param>
    /// <param name="warnings">List the warnings are added to.</param>
    public static SpcBounds Fit(SpcBounds bounds, IReadOnlyList<SpcPoint> points, string segment, List<string> warnings)
    {
        var floor = bounds.Floor;
        if (floor is { } low && FirstWhere(points, value => value < low) is { } below)
        {
            warnings.Add(Warning("floor", low, segment, below, "below", "lower"));
            floor = null;
        }

        var ceiling = bounds.Ceiling;
        if (ceiling is { } high && FirstWhere(points, value => value > high) is { } above)
        {
            warnings.Add(Warning("ceiling", high, segment, above, "above", "upper"));
            ceiling = null;
        }

        return floor == bounds.Floor && ceiling == bounds.Ceiling ? bounds : new SpcBounds(floor, ceiling);
    }

    private static (ReportMonth Month, double Value)? FirstWhere(IReadOnlyList<SpcPoint> points, Func<double, bool> beyond)
    {
        foreach (var point in points)
        {
            if (point.Value is { } value && beyond(value))
            {
                return (point.Month, value);
            }
        }

        return null;
    }

    private static string Warning(string bound, double at, string segment, (ReportMonth Month, double Value) beyond, string side, string limit)
    {
        var text = SpcBounds.Format(at);
        return $"The limits {bound} {text} is not applied to {segment}, because {beyond.Month.ToLongName()} has the value " +
            $"{SpcBounds.Format(beyond.Value)}, {side} it, so the {limit} process limit is shown as calculated. " +
            $"If values {side} {text} are possible, set 'limits-{bound}: none' in the indicator's spc settings.";
    }
}
