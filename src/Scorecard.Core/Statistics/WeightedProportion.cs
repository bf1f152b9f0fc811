namespace Scorecard.Core.Statistics;

/// <summary>
/// A weighted survey share with its 95% confidence interval. The effective sample size is Kish's
/// n = (sum w)^2 / sum w^2. The interval is the normal approximation p +- 1.96 sqrt(p(1-p)/n).
/// Wilson's score interval replaces it when n &lt; 30, n p &lt; 5 or n (1-p) &lt; 5, because there
/// the normal approximation is poor and can cross 0% or 100%.
/// </summary>
public static class WeightedProportion
{
    /// <summary>z for a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>Smallest effective sample size for the normal approximation.</summary>
    public const double MinNormalSampleSize = 30;

    /// <summary>Smallest expected count of "yes" or of "no" responses for the normal approximation.</summary>
    public const double MinExpectedCount = 5;

    /// <summary>Returns Kish's effective sample size, or 0 when there are no weights.</summary>
    public static double EffectiveSampleSize(double sumOfWeights, double sumOfSquaredWeights) =>
        sumOfSquaredWeights > 0 ? sumOfWeights * sumOfWeights / sumOfSquaredWeights : 0;

    /// <summary>Returns the 95% interval of <paramref name="share"/> (0 to 1) with effective size <paramref name="n"/>, in percent.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is outside 0 to 1 or <paramref name="n"/> is not positive.</exception>
    public static ConfidenceInterval Interval95(double share, double n)
    {
        if (share < 0 || share > 1 || double.IsNaN(share))
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "The share must be between 0 and 1.");
        }

        if (!(n > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "The effective sample size must be positive.");
        }

        var useWilson = n < MinNormalSampleSize || n * share < MinExpectedCount || n * (1 - share) < MinExpectedCount;
        if (!useWilson)
        {
            var halfWidth = Z95 * Math.Sqrt(share * (1 - share) / n);
            return new ConfidenceInterval(100 * (share - halfWidth), 100 * (share + halfWidth), 0.95, IntervalMethod.Normal, n);
        }

        // Wilson: centre (p + z^2/2n) / (1 + z^2/n), half-width z sqrt(p(1-p)/n + z^2/4n^2) / (1 + z^2/n).
        var z2 = Z95 * Z95;
        var denominator = 1 + z2 / n;
        var centre = (share + z2 / (2 * n)) / denominator;
        var wilsonHalfWidth = Z95 * Math.Sqrt(share * (1 - share) / n + z2 / (4 * n * n)) / denominator;
        return new ConfidenceInterval(100 * (centre - wilsonHalfWidth), 100 * (centre + wilsonHalfWidth), 0.95, IntervalMethod.Wilson, n);
    }
}
