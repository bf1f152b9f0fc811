using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;

namespace Scorecard.Core.Spc;

/// <summary>Which value an SPC series gives each month.</summary>
public enum SpcSeriesKind
{
    /// <summary>The month's own value: a count of that month, or a ratio of that month's components.</summary>
    Monthly,

    /// <summary>
    /// The value over the 12 months ending with the month, as a scorecard states it. Consecutive
    /// rolling values share 11 months, so they are strongly autocorrelated.
    /// </summary>
    Rolling12Months,
}

/// <summary>
/// Builds the monthly series of an indicator for an SPC chart, evaluating the measure over a
/// window that ends with each month. A month whose value is not available (data missing, or a
/// zero denominator) becomes a gap, never zero.
/// </summary>
public static class IndicatorSeries
{
    /// <summary>Builds one point per month from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    /// <remarks>
    /// NOTE: the special-cause rules assume independent points. Rolling 12-month values are not
    /// independent, so shifts and trends appear far more often on them than on monthly values;
    /// read a rolling chart as a picture of the scorecard figure, not as a test.
    /// </remarks>
    public static IReadOnlyList<SpcPoint> Build(
        MeasureDefinition measure, IMeasureSeriesSource source, ReportMonth first, ReportMonth last, SpcSeriesKind kind) =>
        Evaluate(measure, source, first, last, kind).Select(value => new SpcPoint(value.Window.Last, value.Value)).ToList();

    /// <summary>
    /// Evaluates the measure over the window that ends with each month from <paramref name="first"/>
    /// to <paramref name="last"/>, both included, keeping the reason each unavailable value has.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static IReadOnlyList<WindowValue> Evaluate(
        MeasureDefinition measure, IMeasureSeriesSource source, ReportMonth first, ReportMonth last, SpcSeriesKind kind)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(source);
        var months = Window.Between(first, last).Months;
        var windowMonths = WindowMonths(kind);

        return months
            .Select(month => WindowEvaluator.Evaluate(measure, source, Window.MonthsEnding(windowMonths, month)))
            .ToList();
    }

    /// <summary>Returns the months in the window of each point: 1 for monthly values, 12 for rolling ones.</summary>
    public static int WindowMonths(SpcSeriesKind kind) => kind switch
    {
        SpcSeriesKind.Monthly => 1,
        SpcSeriesKind.Rolling12Months => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown series kind; use Monthly or Rolling12Months."),
    };

    /// <summary>Builds the series of each month's own value.</summary>
    public static IReadOnlyList<SpcPoint> Monthly(MeasureDefinition measure, IMeasureSeriesSource source, ReportMonth first, ReportMonth last) =>
        Build(measure, source, first, last, SpcSeriesKind.Monthly);

    /// <summary>Builds the series of rolling 12-month values, one per month.</summary>
    public static IReadOnlyList<SpcPoint> Rolling12Months(MeasureDefinition measure, IMeasureSeriesSource source, ReportMonth first, ReportMonth last) =>
        Build(measure, source, first, last, SpcSeriesKind.Rolling12Months);
}
