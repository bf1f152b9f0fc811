using Scorecard.Core.Plans;
using Scorecard.Core.Time;

namespace Scorecard.Core.Spc;

/// <summary>One month of a calculated XmR chart: its value, moving range, limits and special causes.</summary>
/// <param name="Month">Month of the point.</param>
/// <param name="Value">Unrounded value, or null for a gap.</param>
/// <param name="SegmentIndex">Index into <see cref="XmrResult.Segments"/> of the segment the month belongs to.</param>
/// <param name="Limits">The segment's centre line and limits, or null when they cannot be calculated.</param>
/// <param name="MovingRange">
/// |value - previous month's value|, or null for the first point of a segment, a gap, or the month after a gap.
/// </param>
/// <param name="InBaseline">Whether the point is one of those the segment's centre and limits were calculated from.</param>
/// <param name="MovingRangeScreened">Whether the moving range was left out of the mean moving range by screening.</param>
/// <param name="Hits">Rules that flag the point, in the order outside limits, two of three, shift, trend.</param>
/// <param name="Type">What the point shows: common cause, improvement, concern, neither, or a gap.</param>
/// <param name="Side">Side of the special cause that decided <paramref name="Type"/>, or null when there is none.</param>
public sealed record XmrPoint(
    ReportMonth Month,
    double? Value,
    int SegmentIndex,
    XmrLimits? Limits,
    double? MovingRange,
    bool InBaseline,
    bool MovingRangeScreened,
    IReadOnlyList<SpcRuleHit> Hits,
    SpcPointType Type,
    SpcSide? Side)
{
    /// <summary>Whether any rule flags the point.</summary>
    public bool IsSpecialCause => Hits.Count > 0;

    /// <summary>Whether <paramref name="rule"/> flags the point.</summary>
    public bool IsFlaggedBy(SpcRule rule) => Hits.Any(hit => hit.Rule == rule);
}

/// <summary>
/// A stretch of months with one centre line and one pair of limits: the whole series, or the
/// months from one rebase to the next.
/// </summary>
/// <param name="Index">Position of the segment, 0 for the first.</param>
/// <param name="FirstMonth">First month of the segment, the rebase month for every segment but the first.</param>
/// <param name="LastMonth">Last month of the segment.</param>
/// <param name="Rebase">Rebase that starts the segment, or null for the first segment.</param>
/// <param name="Limits">Centre line and limits, or null when the segment has no moving range.</param>
/// <param name="PointCount">Months in the segment that have a value.</param>
/// <param name="BaselinePointCount">Points the limits rest on: all of them, or the first n when the limits are fixed from a baseline.</param>
/// <param name="MovingRangeCount">Moving ranges among the baseline points, before screening.</param>
/// <param name="ScreenedMovingRangeCount">Moving ranges left out by screening.</param>
/// <param name="IsProvisional">Whether the limits rest on too few points to be firm.</param>
public sealed record XmrSegment(
    int Index,
    ReportMonth FirstMonth,
    ReportMonth LastMonth,
    SpcRebase? Rebase,
    XmrLimits? Limits,
    int PointCount,
    int BaselinePointCount,
    int MovingRangeCount,
    int ScreenedMovingRangeCount,
    bool IsProvisional)
{
    /// <summary>Returns the span for messages, such as "Dec 2017 to Nov 2020".</summary>
    public string Describe() => MonthList.Span(FirstMonth, LastMonth);
}

/// <summary>A calculated XmR chart: every month with its limits and flags, the segments, icons and warnings.</summary>
/// <param name="Points">One entry per month given, in month order, gaps included.</param>
/// <param name="Segments">Segments in month order; empty when the series is empty.</param>
/// <param name="Polarity">Which way is better, or null for an indicator with no polarity.</param>
/// <param name="Target">Target value, or null when none is given.</param>
/// <param name="Variation">Variation icon of the latest point that has a value.</param>
/// <param name="Assurance">Assurance icon of the target against the latest segment's limits.</param>
/// <param name="Warnings">Sentences for the reader: provisional limits, gaps, segments without limits.</param>
public sealed record XmrResult(
    IReadOnlyList<XmrPoint> Points,
    IReadOnlyList<XmrSegment> Segments,
    Polarity? Polarity,
    double? Target,
    VariationIcon Variation,
    AssuranceIcon Assurance,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Latest point that has a value, or null when none has.</summary>
    public XmrPoint? LatestPoint => Points.LastOrDefault(point => point.Value is not null);

    /// <summary>Whether any segment's limits are provisional.</summary>
    public bool HasProvisionalLimits => Segments.Any(segment => segment.IsProvisional);
}
