using Scorecard.Core.Plans;
using Scorecard.Core.Time;

namespace Scorecard.Core.Spc;

/// <summary>
/// Calculates an XmR (individuals and moving range) chart as NHS England's Making Data Count and
/// the R package NHSRplotthedots do: centre line at the mean, limits at the mean +- 2.66 x the
/// mean moving range, and four special-cause rules. The rules use the calculated limits; charts
/// show them truncated at the options' bounds (see <see cref="XmrLimits"/>).
/// </summary>
/// <remarks>
/// A month with a null value, or a month left out of the list, is a gap: it is not a point, and no
/// moving range is taken across it. The rules still see the points on either side of a gap as
/// consecutive, because each rule judges points, not months. A rebase starts a new segment with
/// its own centre, limits and runs; no moving range, shift or trend crosses it.
/// </remarks>
public static class XmrChart
{
    /// <summary>Calculates the chart of <paramref name="points"/>.</summary>
    /// <param name="points">Months in strictly increasing order, each with a value or null for a gap.</param>
    /// <param name="options">Screening, baseline, rebases, rule lengths and the bounds the shown limits are truncated at.</param>
    /// <param name="polarity">Which way is better, or null when neither is, so special causes are neither improvement nor concern.</param>
    /// <param name="target">Target for the assurance icon, or null for none.</param>
    /// <param name="seriesNotes">
    /// Sentences about the series, such as why its months have no value, or null for none. They come
    /// first among the warnings and take the place of the warning that names the months with no value.
    /// </param>
    /// <exception cref="ArgumentException">
    /// The months are not strictly increasing, a value is not finite, or a rebase month is not one
    /// of the series' months after the first, or is given twice.
    /// </exception>
    public static XmrResult Calculate(
        IReadOnlyList<SpcPoint> points, XmrOptions options, Polarity? polarity, double? target, IReadOnlyList<string>? seriesNotes = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(options);
        ValidatePoints(points);
        if (target is { } goal)
        {
            Guard.Finite(goal, nameof(target));
        }

        if (points.Count == 0)
        {
            string[] empty = [.. seriesNotes ?? [], "The series has no months, so no centre line or limits can be calculated."];
            return new XmrResult([], [], polarity, target, VariationIcon.None, AssuranceIcon.None, empty);
        }

        var rebases = OrderedRebases(points, options.Rebases);
        var segmentOf = points.Select(point => rebases.Count(rebase => rebase.Month <= point.Month)).ToArray();
        var movingRanges = MovingRanges(points, segmentOf);
        var rules = Rules(options);

        var results = new XmrPoint?[points.Count];
        var segments = new List<XmrSegment>();
        var warnings = new List<string>(seriesNotes ?? []);

        var missing = points.Where(point => point.Value is null).Select(point => point.Month).ToList();
        if (missing.Count > 0 && seriesNotes is null)
        {
            warnings.Add($"No value for {MonthList.Describe(missing)}: shown as a gap, with no moving range taken across it.");
        }

        for (var segmentIndex = 0; segmentIndex <= rebases.Count; segmentIndex++)
        {
            var indices = Enumerable.Range(0, points.Count).Where(i => segmentOf[i] == segmentIndex).ToList();
            var rebase = segmentIndex == 0 ? null : rebases[segmentIndex - 1];
            var segment = CalculateSegment(segmentIndex, rebase, indices, points, movingRanges, options, polarity, rules, results, warnings);
            segments.Add(segment);
            AddSegmentWarnings(segment, options, warnings);
        }

        var finished = results.Select(point => point!).ToList();
        var latest = finished.LastOrDefault(point => point.Value is not null);
        if (latest is not null && latest.Month != finished[^1].Month)
        {
            warnings.Add($"The latest month, {finished[^1].Month.ToLongName()}, has no value, so the variation icon describes {latest.Month.ToLongName()}.");
        }

        var variation = latest is null ? VariationIcon.None : SpcIcons.Variation(latest.Type, latest.Side);
        var assurance = SpcIcons.Assurance(target, latest?.Limits, polarity);
        return new XmrResult(finished, segments, polarity, target, variation, assurance, warnings);
    }

    private static XmrSegment CalculateSegment(
        int segmentIndex,
        SpcRebase? rebase,
        IReadOnlyList<int> indices,
        IReadOnlyList<SpcPoint> points,
        IReadOnlyList<double?> movingRanges,
        XmrOptions options,
        Polarity? polarity,
        IReadOnlyList<ISpcRule> rules,
        XmrPoint?[] results,
        List<string> warnings)
    {
        var valued = indices.Where(i => points[i].Value is not null).ToList();
        var baseline = valued.Take(options.BaselinePoints ?? int.MaxValue).ToList();

        // Every baseline point's predecessor in its run is also a baseline point, because the
        // baseline is a prefix of the segment's points, so these are the baseline's moving ranges.
        var baselineRanges = baseline.Where(i => movingRanges[i] is not null).ToList();
        var screened = Screen(baselineRanges.Select(i => movingRanges[i]!.Value).ToList(), options.ScreenMovingRanges);
        var screenedIndices = baselineRanges.Where(i => movingRanges[i]!.Value > screened.Threshold).ToHashSet();

        XmrLimits? limits = null;
        if (baseline.Count > 0 && screened.MeanMovingRange is { } meanMovingRange)
        {
            var span = MonthList.Span(points[indices[0]].Month, points[indices[^1]].Month);
            var bounds = SegmentBounds.Fit(options.Bounds, valued.Select(i => points[i]).ToList(), span, warnings);
            limits = new XmrLimits(baseline.Average(i => points[i].Value!.Value), meanMovingRange) { Bounds = bounds };
        }

        var hits = limits is null ? new Dictionary<int, List<SpcRuleHit>>() : ApplyRules(valued, points, limits, rules);
        var baselineSet = baseline.ToHashSet();
        foreach (var i in indices)
        {
            var pointHits = hits.TryGetValue(i, out var found) ? found : [];
            var (type, side) = Classify(points[i], limits, pointHits, polarity);
            results[i] = new XmrPoint(
                points[i].Month,
                points[i].Value,
                segmentIndex,
                limits,
                movingRanges[i],
                baselineSet.Contains(i),
                screenedIndices.Contains(i),
                pointHits,
                type,
                side);
        }

        return new XmrSegment(
            segmentIndex,
            points[indices[0]].Month,
            points[indices[^1]].Month,
            rebase,
            limits,
            valued.Count,
            baseline.Count,
            baselineRanges.Count,
            screenedIndices.Count,
            limits is not null && baseline.Count < options.MinimumPointsForFirmLimits);
    }

    /// <summary>
    /// Returns the mean moving range after screening, or null when there is no moving range, and the
    /// threshold above which ranges were left out (infinity when screening is off).
    /// </summary>
    /// <remarks>
    /// Ranges strictly above D4 x the first mean are left out, once. NHSRplotthedots also leaves
    /// out a range exactly on the threshold. Keeping it matters for a flat series, because all its
    /// ranges are zero and would otherwise all be left out.
    /// </remarks>
    private static (double? MeanMovingRange, double Threshold) Screen(IReadOnlyList<double> ranges, bool screen)
    {
        if (ranges.Count == 0)
        {
            return (null, double.PositiveInfinity);
        }

        var firstMean = ranges.Average();
        if (!screen)
        {
            return (firstMean, double.PositiveInfinity);
        }

        var threshold = XmrConstants.D4 * firstMean;
        return (ranges.Where(range => range <= threshold).Average(), threshold);
    }

    private static Dictionary<int, List<SpcRuleHit>> ApplyRules(
        IReadOnlyList<int> valued, IReadOnlyList<SpcPoint> points, XmrLimits limits, IReadOnlyList<ISpcRule> rules)
    {
        var values = valued.Select(i => points[i].Value!.Value).ToList();
        var hits = new Dictionary<int, List<SpcRuleHit>>();
        foreach (var rule in rules)
        {
            var flags = rule.Evaluate(values, limits);
            for (var k = 0; k < flags.Count; k++)
            {
                if (flags[k] is not { } side)
                {
                    continue;
                }

                if (!hits.TryGetValue(valued[k], out var list))
                {
                    list = [];
                    hits[valued[k]] = list;
                }

                list.Add(new SpcRuleHit(rule.Rule, side));
            }
        }

        return hits;
    }

    /// <summary>
    /// Returns the point's type and the side that decided it. The first hit decides, in the rule
    /// order outside limits, two of three, shift, trend, so a point's own position beats the
    /// direction of a trend it belongs to.
    /// </summary>
    /// <remarks>
    /// NOTE: only a trend can disagree with the other rules (a rising trend that starts below the
    /// centre line). Making Data Count does not say which wins; this order is a choice.
    /// </remarks>
    private static (SpcPointType Type, SpcSide? Side) Classify(SpcPoint point, XmrLimits? limits, IReadOnlyList<SpcRuleHit> hits, Polarity? polarity)
    {
        if (point.Value is null)
        {
            return (SpcPointType.Missing, null);
        }

        if (limits is null)
        {
            return (SpcPointType.NotAssessed, null);
        }

        if (hits.Count == 0)
        {
            return (SpcPointType.CommonCause, null);
        }

        var side = hits[0].Side;
        return (SpcIcons.Classify(side, polarity), side);
    }

    private static IReadOnlyList<ISpcRule> Rules(XmrOptions options) =>
    [
        new OutsideLimitsRule(),
        new TwoOfThreeNearLimitRule(),
        new ShiftRule(options.ShiftLength),
        new TrendRule(options.TrendLength),
    ];

    /// <summary>Returns |x_i - x_(i-1)| where both months have values, are consecutive and share a segment; otherwise null.</summary>
    private static double?[] MovingRanges(IReadOnlyList<SpcPoint> points, IReadOnlyList<int> segmentOf)
    {
        var ranges = new double?[points.Count];
        for (var i = 1; i < points.Count; i++)
        {
            var consecutive = points[i].Month.Ordinal == points[i - 1].Month.Ordinal + 1;
            if (consecutive && segmentOf[i] == segmentOf[i - 1] && points[i].Value is { } current && points[i - 1].Value is { } previous)
            {
                ranges[i] = Math.Abs(current - previous);
            }
        }

        return ranges;
    }

    private static void AddSegmentWarnings(XmrSegment segment, XmrOptions options, List<string> warnings)
    {
        if (segment.Limits is null)
        {
            warnings.Add($"No limits for {segment.Describe()}: it has no two consecutive months with values, so no moving range.");
        }
        else if (segment.IsProvisional)
        {
            var points = segment.BaselinePointCount == 1 ? "point" : "points";
            warnings.Add(
                $"The limits for {segment.Describe()} are provisional because they rest on {segment.BaselinePointCount} {points}; " +
                $"firm limits need at least {options.MinimumPointsForFirmLimits}.");
        }
    }

    private static void ValidatePoints(IReadOnlyList<SpcPoint> points)
    {
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value is { } value && !double.IsFinite(value))
            {
                throw new ArgumentException(
                    $"points[{i}] ({points[i].Month}) has the value {value}, but values must be finite numbers; use null for a month with no data.",
                    nameof(points));
            }

            if (i > 0 && points[i].Month <= points[i - 1].Month)
            {
                throw new ArgumentException(
                    $"points[{i}] is {points[i].Month}, not after points[{i - 1}] ({points[i - 1].Month}); give each month once, in increasing order.",
                    nameof(points));
            }
        }
    }

    private static List<SpcRebase> OrderedRebases(IReadOnlyList<SpcPoint> points, IReadOnlyList<SpcRebase> rebases)
    {
        var first = points[0].Month;
        var months = points.Select(point => point.Month).ToHashSet();
        var ordered = rebases.OrderBy(rebase => rebase.Month).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var month = ordered[i].Month;
            if (month == first || !months.Contains(month))
            {
                throw new ArgumentException(
                    $"The rebase month {month} is not a month of the series after its first ({first}); " +
                    "a rebase starts a new segment, so give one of the series' later months.",
                    "options");
            }

            if (i > 0 && ordered[i - 1].Month == month)
            {
                throw new ArgumentException($"The rebase month {month} is given twice; give each rebase month once.", "options");
            }
        }

        return ordered;
    }
}
