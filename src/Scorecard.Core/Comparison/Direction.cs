using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Spc;

namespace Scorecard.Core.Comparison;

/// <summary>Direction of travel of an indicator between two windows.</summary>
public enum Direction
{
    /// <summary>No direction can be given because a value is not available.</summary>
    NotAvailable,

    /// <summary>Changed in the better direction for the indicator's polarity.</summary>
    Improving,

    /// <summary>No change that the method counts.</summary>
    Stable,

    /// <summary>Changed in the worse direction for the indicator's polarity.</summary>
    Deteriorating,
}

/// <summary>What a direction method may look at: both windows' values and, on request, the monthly series.</summary>
/// <param name="Previous">Previous window's value.</param>
/// <param name="Current">Current window's value.</param>
/// <param name="Polarity">Which way is better.</param>
/// <param name="MonthlyPoints">Builds the indicator's monthly values up to the report month, for SPC; null when unavailable.</param>
public sealed record DirectionInput(WindowValue Previous, WindowValue Current, Polarity Polarity, Func<IReadOnlyList<SpcPoint>>? MonthlyPoints = null);

/// <summary>A way of deciding the direction of travel from the previous and current windows.</summary>
public interface IDirectionMethod
{
    /// <summary>
    /// The method and its rule, such as "polarity: any change counts, and equal is Stable", written
    /// to follow "Direction of travel by" in the report's method note.
    /// </summary>
    string Name { get; }

    /// <summary>Returns the direction from the previous to the current window.</summary>
    Direction Decide(DirectionInput input);
}

/// <summary>Helpers shared by the direction methods.</summary>
internal static class DirectionRules
{
    /// <summary>Returns Improving or Deteriorating for a change that counts, from its sign and the polarity.</summary>
    public static Direction ByPolarity(double previous, double current, Polarity polarity)
    {
        if (current == previous)
        {
            return Direction.Stable;
        }

        var rose = current > previous;
        return rose == (polarity == Polarity.HigherIsBetter) ? Direction.Improving : Direction.Deteriorating;
    }
}

/// <summary>
/// Any change counts: a rise is Improving when higher is better and Deteriorating when lower is
/// better, equal unrounded values are Stable. Published scorecards use this for counts
/// (54 to 44 dog thefts is Improving; 3 to 3 is Stable).
/// </summary>
public sealed class PolarityDirectionMethod : IDirectionMethod
{
    /// <inheritdoc />
    public string Name => "polarity: any change counts, and equal is Stable";

    /// <inheritdoc />
    public Direction Decide(DirectionInput input) => Decide(input.Previous.Value, input.Current.Value, input.Polarity);

    /// <summary>Returns the direction from <paramref name="previous"/> to <paramref name="current"/>.</summary>
    public Direction Decide(double? previous, double? current, Polarity polarity)
    {
        if (previous is not { } before || current is not { } after)
        {
            return Direction.NotAvailable;
        }

        return DirectionRules.ByPolarity(before, after, polarity);
    }
}

/// <summary>
/// Survey percentages: Improving or Deteriorating only when the two 95% confidence intervals do not
/// overlap, otherwise Stable. Intervals that touch count as overlapping.
/// </summary>
public sealed class IntervalOverlapDirectionMethod : IDirectionMethod
{
    /// <inheritdoc />
    public string Name => "confidence intervals: a change counts only when the two 95% intervals do not overlap";

    /// <inheritdoc />
    public Direction Decide(DirectionInput input)
    {
        if (input.Previous is not { Value: { } before, Interval: { } previousInterval }
            || input.Current is not { Value: { } after, Interval: { } currentInterval })
        {
            return Direction.NotAvailable;
        }

        return previousInterval.Overlaps(currentInterval) ? Direction.Stable : DirectionRules.ByPolarity(before, after, input.Polarity);
    }
}

/// <summary>
/// Survey percentages: a two-proportion z-test on the effective sample sizes, pooled standard error,
/// two-sided at 5%. It is stricter than interval overlap in the sense that it tests the difference itself.
/// </summary>
public sealed class TwoProportionZTestDirectionMethod : IDirectionMethod
{
    /// <summary>Two-sided 5% critical value.</summary>
    public const double CriticalZ = 1.959963984540054;

    /// <inheritdoc />
    public string Name => "a two-proportion z-test: a change counts when it is significant at 5% (two-sided)";

    /// <inheritdoc />
    public Direction Decide(DirectionInput input)
    {
        if (input.Previous is not { Value: { } before, Interval: { } previousInterval }
            || input.Current is not { Value: { } after, Interval: { } currentInterval })
        {
            return Direction.NotAvailable;
        }

        var z = ZScore(before / 100, previousInterval.EffectiveSampleSize, after / 100, currentInterval.EffectiveSampleSize);
        return Math.Abs(z) >= CriticalZ ? DirectionRules.ByPolarity(before, after, input.Polarity) : Direction.Stable;
    }

    /// <summary>Returns z for shares <paramref name="p1"/> and <paramref name="p2"/> (0 to 1) with sizes <paramref name="n1"/> and <paramref name="n2"/>.</summary>
    public static double ZScore(double p1, double n1, double p2, double n2)
    {
        var pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        var standardError = Math.Sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        if (standardError == 0)
        {
            return p1 == p2 ? 0 : double.PositiveInfinity;
        }

        return (p2 - p1) / standardError;
    }
}

/// <summary>
/// Counts: a test for a change in a Poisson rate over two windows of equal length. Given n = c1 + c2,
/// c2 is Binomial(n, 1/2) when the rate has not changed. The two-sided p-value is exact for n up to
/// 1,000 and from the normal approximation with continuity correction above that.
/// </summary>
public sealed class PoissonRateRatioDirectionMethod : IDirectionMethod
{
    /// <summary>Significance level, two-sided.</summary>
    public const double Alpha = 0.05;

    /// <summary>Largest n for the exact binomial sum.</summary>
    public const int ExactLimit = 1000;

    /// <inheritdoc />
    public string Name => "a Poisson rate test: a change in a count counts when it is significant at 5% (two-sided)";

    /// <inheritdoc />
    public Direction Decide(DirectionInput input)
    {
        if (input.Previous.Value is not { } before || input.Current.Value is not { } after)
        {
            return Direction.NotAvailable;
        }

        var p = PValue((long)Math.Round(before), (long)Math.Round(after));
        return p < Alpha ? DirectionRules.ByPolarity(before, after, input.Polarity) : Direction.Stable;
    }

    /// <summary>Returns the two-sided p-value that counts <paramref name="previous"/> and <paramref name="current"/> share one rate.</summary>
    public static double PValue(long previous, long current)
    {
        var n = previous + current;
        if (n == 0)
        {
            return 1;
        }

        if (n <= ExactLimit)
        {
            var lower = BinomialHalfCdf(n, Math.Min(previous, current));
            return Math.Min(1, 2 * lower);
        }

        var distance = Math.Max(0, Math.Abs(current - n / 2.0) - 0.5);
        var z = distance / Math.Sqrt(n / 4.0);
        return Math.Min(1, 2 * NormalUpperTail(z));
    }

    // P(X <= k) for X ~ Binomial(n, 1/2), summing pmf terms in log space so n up to 1,000 does not underflow.
    private static double BinomialHalfCdf(long n, long k)
    {
        var logHalfPowN = n * Math.Log(0.5);
        var logChoose = 0.0;
        var sum = 0.0;
        for (long i = 0; i <= k; i++)
        {
            if (i > 0)
            {
                logChoose += Math.Log(n - i + 1) - Math.Log(i);
            }

            sum += Math.Exp(logChoose + logHalfPowN);
        }

        return sum;
    }

    // Upper tail of the standard normal from the complementary error function (Abramowitz and Stegun 7.1.26, error below 1.5e-7).
    private static double NormalUpperTail(double z)
    {
        var x = z / Math.Sqrt(2);
        var t = 1 / (1 + 0.3275911 * x);
        var erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.Exp(-x * x);
        return erfc / 2;
    }
}

/// <summary>A tolerance band: a change within the given percentage of the previous value is Stable.</summary>
/// <param name="TolerancePercent">Half-width of the band, percent of the previous value.</param>
public sealed class ToleranceBandDirectionMethod(double TolerancePercent) : IDirectionMethod
{
    /// <inheritdoc />
    public string Name => $"a tolerance band: a change within {TolerancePercent.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}% of the previous value is Stable";

    /// <inheritdoc />
    public Direction Decide(DirectionInput input)
    {
        if (input.Previous.Value is not { } before || input.Current.Value is not { } after)
        {
            return Direction.NotAvailable;
        }

        // A change from zero has no percentage, so any change from zero counts.
        if (before != 0 && Math.Abs(after - before) / Math.Abs(before) * 100 <= TolerancePercent)
        {
            return Direction.Stable;
        }

        return DirectionRules.ByPolarity(before, after, input.Polarity);
    }
}

/// <summary>
/// Statistical process control: an XmR chart of the indicator's monthly values up to the report
/// month. Improving or Deteriorating when the latest month is a special cause, by polarity; otherwise Stable.
/// </summary>
public sealed class SpcDirectionMethod(XmrOptions options) : IDirectionMethod
{
    /// <summary>Creates the method with the default XmR choices.</summary>
    public SpcDirectionMethod()
        : this(XmrOptions.Default)
    {
    }

    /// <inheritdoc />
    public string Name => "statistical process control: a change counts when the latest month is a special cause on an XmR chart";

    /// <inheritdoc />
    public Direction Decide(DirectionInput input)
    {
        var points = input.MonthlyPoints?.Invoke();
        if (points is null || points.All(point => point.Value is null))
        {
            return Direction.NotAvailable;
        }

        var chart = XmrChart.Calculate(points, options.WithRebasesInside(points), input.Polarity, target: null);
        return chart.LatestPoint?.Type switch
        {
            SpcPointType.Improvement => Direction.Improving,
            SpcPointType.Concern => Direction.Deteriorating,
            SpcPointType.CommonCause or SpcPointType.Neither => Direction.Stable,
            _ => Direction.NotAvailable,
        };
    }
}

/// <summary>Maps a plan's direction method to its implementation, and names it in notes.</summary>
public static class DirectionMethods
{
    /// <summary>
    /// Returns the method note listed under a scorecard, such as "Direction of travel by polarity:
    /// any change counts, and equal is Stable.", from the method's <see cref="IDirectionMethod.Name"/>.
    /// </summary>
    public static string Note(string methodName) => $"Direction of travel by {methodName}.";

    /// <summary>Returns the implementation for <paramref name="indicator"/>.</summary>
    public static IDirectionMethod For(Indicator indicator) => indicator.DirectionMethod switch
    {
        DirectionMethodKind.Polarity => new PolarityDirectionMethod(),
        DirectionMethodKind.IntervalOverlap => new IntervalOverlapDirectionMethod(),
        DirectionMethodKind.ZTest => new TwoProportionZTestDirectionMethod(),
        DirectionMethodKind.PoissonRateRatio => new PoissonRateRatioDirectionMethod(),
        DirectionMethodKind.ToleranceBand => new ToleranceBandDirectionMethod(indicator.TolerancePercent),
        DirectionMethodKind.Spc => new SpcDirectionMethod(indicator.SpcOptions),
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator.DirectionMethod, "Unknown direction method."),
    };
}
