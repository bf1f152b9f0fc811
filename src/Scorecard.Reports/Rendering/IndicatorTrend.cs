using Scorecard.Core.Plans;
using Scorecard.Core.Scorecards;
using Scorecard.Core.Spc;

namespace Scorecard.Reports.Rendering;

/// <summary>
/// An indicator's monthly trend with its XmR chart, and the sentences that describe it to a reader
/// who cannot see the chart.
/// </summary>
public sealed class IndicatorTrend
{
    private IndicatorTrend(IndicatorRow row, XmrResult chart)
    {
        Row = row;
        Chart = chart;
    }

    /// <summary>The row whose trend this is.</summary>
    public IndicatorRow Row { get; }

    /// <summary>Monthly values, oldest first; a null value is a month with no data.</summary>
    public IReadOnlyList<SpcPoint> Points => Row.Trend;

    /// <summary>
    /// The XmR chart of the points with Making Data Count's default options, the indicator's bounds
    /// for the shown limits, and no target.
    /// </summary>
    public XmrResult Chart { get; }

    /// <summary>Whether at least one month has a value.</summary>
    public bool HasValues => Points.Any(point => point.Value is not null);

    /// <summary>Calculates the trend of <paramref name="row"/>.</summary>
    public static IndicatorTrend For(IndicatorRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var options = XmrOptions.Default with { Bounds = row.Indicator.SpcOptions.Bounds };
        var chart = XmrChart.Calculate(row.Trend, options, row.Indicator.Polarity, target: null);
        return new IndicatorTrend(row, chart);
    }

    /// <summary>
    /// Describes the trend in one or two sentences, such as "Monthly values from Dec 2017 to Nov 2020:
    /// lowest 300 in Oct 2020, highest 797 in Dec 2018, latest 497 in Nov 2020. No value for Aug 2019."
    /// </summary>
    public string Describe()
    {
        if (Points.Count == 0)
        {
            return "No monthly values were calculated.";
        }

        var span = $"{ScorecardFormatter.FormatMonth(Points[0].Month)} to {ScorecardFormatter.FormatMonth(Points[^1].Month)}";
        var present = Points.Where(point => point.Value is not null).ToList();
        if (present.Count == 0)
        {
            return $"No monthly values are available from {span}.";
        }

        var unit = Row.Indicator.Unit;
        var lowest = present.MinBy(point => point.Value!.Value);
        var highest = present.MaxBy(point => point.Value!.Value);
        var latest = present[^1];
        var text = $"Monthly values from {span}: lowest {Format(lowest, unit)}, highest {Format(highest, unit)}, latest {Format(latest, unit)}.";

        var missing = Points.Where(point => point.Value is null).Select(point => point.Month).ToList();
        if (missing.Count > 0)
        {
            text += $" No value for {ScorecardFormatter.FormatMonthRuns(missing)}.";
        }

        return text;
    }

    /// <summary>
    /// Describes the XmR chart: the latest segment's mean and process limits as shown, saying which
    /// limit is truncated at a bound, the latest month's variation, and the months flagged as special causes.
    /// </summary>
    public string DescribeChart()
    {
        var unit = Row.Indicator.Unit;
        var parts = new List<string>();
        if (Chart.Segments.LastOrDefault()?.Limits is { } limits)
        {
            parts.Add(
                $"Mean {ScorecardFormatter.FormatValue(limits.Centre, unit)}, process limits " +
                $"{ScorecardFormatter.FormatValue(limits.LowerShown, unit)} to {ScorecardFormatter.FormatValue(limits.UpperShown, unit)}.");
            parts.AddRange(TruncatedLimitsNote.Describe(limits, value => ScorecardFormatter.FormatValue(value, unit)));
        }

        if (Chart.LatestPoint is { } latest)
        {
            parts.Add($"{ScorecardFormatter.FormatMonth(latest.Month)}: {SpcIcons.Describe(Chart.Variation).ToLowerInvariant()}.");
        }

        var improvements = MonthsOf(SpcPointType.Improvement);
        var concerns = MonthsOf(SpcPointType.Concern);
        var neither = MonthsOf(SpcPointType.Neither);
        if (improvements.Count > 0)
        {
            parts.Add($"Special cause improvement in {ScorecardFormatter.FormatMonthRuns(improvements)}.");
        }

        if (concerns.Count > 0)
        {
            parts.Add($"Special cause concern in {ScorecardFormatter.FormatMonthRuns(concerns)}.");
        }

        if (neither.Count > 0)
        {
            parts.Add($"Special cause variation in {ScorecardFormatter.FormatMonthRuns(neither)}.");
        }

        if (parts.Count == 0)
        {
            parts.Add("No XmR limits could be calculated.");
        }

        return string.Join(" ", parts);
    }

    /// <summary>Returns the vertical axis label of the indicator's chart, such as "Count per month".</summary>
    public static string ValueLabel(Unit unit) => unit switch
    {
        Unit.Count => "Count per month",
        Unit.Percentage => "Percentage",
        Unit.Score => "Score",
        Unit.DurationSeconds => "Seconds",
        Unit.Days => "Days",
        Unit.RatePer1000 => "Rate per 1,000",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, $"Unit {unit} has no chart label."),
    };

    private List<Core.Time.ReportMonth> MonthsOf(SpcPointType type) =>
        Chart.Points.Where(point => point.Type == type).Select(point => point.Month).ToList();

    private static string Format(SpcPoint point, Unit unit) =>
        $"{ScorecardFormatter.FormatValue(point.Value!.Value, unit)} in {ScorecardFormatter.FormatMonth(point.Month)}";
}
