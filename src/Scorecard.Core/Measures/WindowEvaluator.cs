using Scorecard.Core.Plans;
using Scorecard.Core.Statistics;
using Scorecard.Core.Time;

namespace Scorecard.Core.Measures;

/// <summary>Source of the components of measures that are counted directly from stored data.</summary>
public interface IMeasureSeriesSource
{
    /// <summary>Returns the monthly components of a measure that is neither a ratio nor a difference.</summary>
    MonthlySeries Series(MeasureDefinition measure);

    /// <summary>
    /// Returns the window's value of a measure that the source evaluates itself, such as one not
    /// additive by month (repeat victims, severity scores) or one the source has no figures for
    /// (with the reason), or null to evaluate it from <see cref="Series"/> or from its parts.
    /// It is asked before a ratio or difference is split into its parts.
    /// </summary>
    WindowValue? EvaluateWindow(MeasureDefinition measure, Window window) => null;

    /// <summary>
    /// Returns the monthly components of the returns measure <paramref name="returnsId"/>, or null when
    /// no returns with that id are loaded, in which case the measure is counted from records.
    /// </summary>
    MonthlySeries? ReturnsSeries(string returnsId) => null;
}

/// <summary>
/// Evaluates a measure over a window: components are summed over the window's months first, and
/// only then turned into a value, so ratios and means are never averaged month by month.
/// </summary>
public static class WindowEvaluator
{
    /// <summary>Returns the measure's value over <paramref name="window"/>, or why it is not available.</summary>
    public static WindowValue Evaluate(MeasureDefinition measure, IMeasureSeriesSource source, Window window)
    {
        // Figures that arrive already counted take the place of records, whatever the measure's kind.
        if (measure.ReturnsId is { } returnsId && source.ReturnsSeries(returnsId) is { } returns)
        {
            return FromSeries(measure.ValueKind, returns, window);
        }

        if (source.EvaluateWindow(measure, window) is { } direct)
        {
            return direct;
        }

        switch (measure)
        {
            case RatioMeasure ratio:
                return EvaluateRatio(ratio, source, window);
            case DifferenceMeasure difference:
                return EvaluateDifference(difference, source, window);
        }

        return FromSeries(measure.ValueKind, source.Series(measure), window);
    }

    private static WindowValue FromSeries(ValueKind kind, MonthlySeries series, Window window)
    {
        var missing = window.Months.Where(month => series[month] is null).ToList();
        if (missing.Count > 0)
        {
            return WindowValue.Missing(window, missing);
        }

        var total = window.Months.Aggregate(default(Components), (sum, month) => sum + series[month]!.Value);
        return FromComponents(kind, window, total);
    }

    /// <summary>Turns summed components into a value of the given kind, or into the reason there is none.</summary>
    public static WindowValue FromComponents(ValueKind kind, Window window, Components total)
    {
        switch (kind)
        {
            case ValueKind.Sum:
                return WindowValue.Available(window, total.Numerator, total);
            case ValueKind.Mean:
                return total.Denominator == 0
                    ? WindowValue.Unavailable(window, total, "there are no cases to average")
                    : WindowValue.Available(window, total.Numerator / total.Denominator, total);
            case ValueKind.Percentage:
                return total.Denominator == 0
                    ? WindowValue.Unavailable(window, total, "the denominator is zero")
                    : WindowValue.Available(window, 100.0 * total.Numerator / total.Denominator, total);
            default:
                return WeightedPercentage(window, total);
        }
    }

    private static WindowValue WeightedPercentage(Window window, Components total)
    {
        if (total.Denominator <= 0 || total.SquaredWeights <= 0)
        {
            return WindowValue.Unavailable(window, total, "no survey responses with a positive weight answered the question (the weights sum to zero)");
        }

        var share = Math.Clamp(total.Numerator / total.Denominator, 0, 1);
        var effectiveSize = WeightedProportion.EffectiveSampleSize(total.Denominator, total.SquaredWeights);
        return WindowValue.WithInterval(window, 100.0 * share, total, WeightedProportion.Interval95(share, effectiveSize));
    }

    private static WindowValue EvaluateRatio(RatioMeasure ratio, IMeasureSeriesSource source, Window window)
    {
        var numerator = Evaluate(ratio.Numerator, source, window);
        var denominator = Evaluate(ratio.Denominator, source, window);
        if (Unavailable(window, numerator, denominator) is { } unavailable)
        {
            return unavailable;
        }

        var components = new Components(numerator.Value!.Value, denominator.Value!.Value);
        if (components.Denominator == 0)
        {
            return WindowValue.Unavailable(window, components, $"the denominator ({ratio.Denominator.Describe()}) is zero");
        }

        return WindowValue.Available(window, 100.0 * components.Numerator / components.Denominator, components);
    }

    private static WindowValue EvaluateDifference(DifferenceMeasure difference, IMeasureSeriesSource source, Window window)
    {
        var minuend = Evaluate(difference.Minuend, source, window);
        var subtrahend = Evaluate(difference.Subtrahend, source, window);
        if (Unavailable(window, minuend, subtrahend) is { } unavailable)
        {
            return unavailable;
        }

        var components = new Components(minuend.Value!.Value, subtrahend.Value!.Value);
        return WindowValue.Available(window, components.Numerator - components.Denominator, components);
    }

    // A combined value is missing when either part misses months, and unavailable when either part is.
    private static WindowValue? Unavailable(Window window, WindowValue first, WindowValue second)
    {
        var missing = first.MissingMonths.Union(second.MissingMonths).Order().ToList();
        if (missing.Count > 0)
        {
            return WindowValue.Missing(window, missing);
        }

        if (!first.IsAvailable || !second.IsAvailable)
        {
            return WindowValue.Unavailable(window, default, first.UnavailableReason ?? second.UnavailableReason!);
        }

        return null;
    }
}
