using Scorecard.Core.Plans;
using Scorecard.Core.Time;

namespace Scorecard.Core.Measures;

/// <summary>Source of monthly series for the measures that are counted directly from stored rows.</summary>
public interface IMeasureSeriesSource
{
    /// <summary>Returns the monthly components of a measure that is not a ratio.</summary>
    MonthlySeries Series(MeasureDefinition measure);
}

/// <summary>
/// Evaluates a measure over a window from monthly series: components are summed over the
/// window's months first, and only then turned into a value, so ratios are never averaged.
/// </summary>
public static class WindowEvaluator
{
    /// <summary>Returns the measure's value over <paramref name="window"/>, or why it is not available.</summary>
    public static WindowValue Evaluate(MeasureDefinition measure, IMeasureSeriesSource source, Window window)
    {
        if (measure is RatioMeasure ratio)
        {
            return EvaluateRatio(ratio, source, window);
        }

        var series = source.Series(measure);
        var missing = window.Months.Where(month => series[month] is null).ToList();
        if (missing.Count > 0)
        {
            return WindowValue.Missing(window, missing);
        }

        var total = window.Months.Aggregate(default(Components), (sum, month) => sum + series[month]!.Value);
        return WindowValue.Available(window, total.Numerator, total);
    }

    private static WindowValue EvaluateRatio(RatioMeasure ratio, IMeasureSeriesSource source, Window window)
    {
        var numerator = Evaluate(ratio.Numerator, source, window);
        var denominator = Evaluate(ratio.Denominator, source, window);

        var missing = numerator.MissingMonths.Union(denominator.MissingMonths).Order().ToList();
        if (missing.Count > 0)
        {
            return WindowValue.Missing(window, missing);
        }

        if (!numerator.IsAvailable || !denominator.IsAvailable)
        {
            return WindowValue.Unavailable(window, default, numerator.UnavailableReason ?? denominator.UnavailableReason!);
        }

        var components = new Components(numerator.Value!.Value, denominator.Value!.Value);
        if (components.Denominator == 0)
        {
            return WindowValue.Unavailable(window, components, $"the denominator ({ratio.Denominator.Describe()}) is zero");
        }

        return WindowValue.Available(window, 100.0 * components.Numerator / components.Denominator, components);
    }
}
