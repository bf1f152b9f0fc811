using Scorecard.Core.Time;

namespace Scorecard.Core.Measures;

/// <summary>
/// Additive parts of a measure for one month or window, so that sums over months give the window's.
/// A count has only a numerator. A percentage or a mean has a numerator and a denominator. A
/// weighted survey share has the sum of weights of "yes" answers, the sum of weights and the sum of
/// squared weights, from which the effective sample size follows.
/// </summary>
/// <param name="Numerator">Count, sum of values, or sum of weights of "yes" answers.</param>
/// <param name="Denominator">Count of cases, or sum of weights; zero for a plain count.</param>
/// <param name="SquaredWeights">Sum of squared weights, for survey shares only.</param>
public readonly record struct Components(double Numerator, double Denominator, double SquaredWeights = 0)
{
    /// <summary>Components of a plain count.</summary>
    public static Components Count(double count) => new(count, 0);

    /// <summary>Returns the month-by-month sum.</summary>
    public static Components operator +(Components left, Components right) =>
        new(left.Numerator + right.Numerator, left.Denominator + right.Denominator, left.SquaredWeights + right.SquaredWeights);
}

/// <summary>
/// A measure's components per month for one force, with the months the underlying source covers.
/// A covered month with no rows has zero components; a month not covered is missing, never zero.
/// </summary>
public sealed class MonthlySeries
{
    private readonly IReadOnlyDictionary<ReportMonth, Components> _values;

    /// <summary>Creates a series from per-month components and the set of covered months.</summary>
    public MonthlySeries(IReadOnlyDictionary<ReportMonth, Components> values, IReadOnlySet<ReportMonth> coveredMonths)
    {
        _values = values;
        CoveredMonths = coveredMonths;
    }

    /// <summary>Months for which the source data was loaded.</summary>
    public IReadOnlySet<ReportMonth> CoveredMonths { get; }

    /// <summary>Returns the month's components, zero when covered and empty, or null when not covered.</summary>
    public Components? this[ReportMonth month]
    {
        get
        {
            if (!CoveredMonths.Contains(month))
            {
                return null;
            }

            return _values.TryGetValue(month, out var components) ? components : default;
        }
    }
}
