namespace Scorecard.Core.Statistics;

/// <summary>How a confidence interval was computed.</summary>
public enum IntervalMethod
{
    /// <summary>Normal approximation: p +- z sqrt(p(1-p)/n).</summary>
    Normal,

    /// <summary>Wilson's score interval, used for small samples or shares near 0% or 100%.</summary>
    Wilson,
}

/// <summary>
/// A confidence interval of a percentage (0 to 100 scale), with the effective sample size behind it.
/// </summary>
/// <param name="Lower">Lower bound, percent.</param>
/// <param name="Upper">Upper bound, percent.</param>
/// <param name="Level">Confidence level, such as 0.95.</param>
/// <param name="Method">Normal approximation or Wilson.</param>
/// <param name="EffectiveSampleSize">Kish's effective sample size (sum w)^2 / sum w^2.</param>
public sealed record ConfidenceInterval(double Lower, double Upper, double Level, IntervalMethod Method, double EffectiveSampleSize)
{
    /// <summary>Half the interval's width, in percentage points: the "+-" figure a scorecard prints.</summary>
    public double HalfWidth => (Upper - Lower) / 2;

    /// <summary>Whether the two intervals share any point; touching ends count as overlapping.</summary>
    public bool Overlaps(ConfidenceInterval other) => Lower <= other.Upper && other.Lower <= Upper;
}
