using Scorecard.Core.Plans;

namespace Scorecard.Core.Spc;

/// <summary>
/// Picks the bounds at which an indicator's XmR limits are truncated when its plan sets none.
/// Counts, scores, durations, days and rates cannot be negative, so they get a floor of 0.
/// Percentages get a floor of 0 and a ceiling of 100. A measure that can be negative, a
/// <see cref="DifferenceMeasure"/> or a ratio with one inside it, gets no bounds in any unit.
/// </summary>
public static class SpcDefaultBounds
{
    private static readonly SpcBounds NotNegative = new(0, null);
    private static readonly SpcBounds Percentage = new(0, 100);

    /// <summary>Returns the default bounds of an indicator in <paramref name="unit"/> whose values come from <paramref name="measure"/>.</summary>
    /// <remarks>
    /// NOTE: a ratio whose numerator is not a subset of its denominator, such as crimes solved in a
    /// month over crimes recorded in it, can pass 100. The chart then leaves out the ceiling for the
    /// segment that passes it, with a warning.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a known unit.</exception>
    public static SpcBounds For(Unit unit, MeasureDefinition measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (CanBeNegative(measure))
        {
            return SpcBounds.None;
        }

        return unit switch
        {
            Unit.Percentage => Percentage,
            Unit.Count or Unit.Score or Unit.DurationSeconds or Unit.Days or Unit.RatePer1000 => NotNegative,
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, $"Unit {unit} has no default SPC bounds; add it to {nameof(SpcDefaultBounds)}."),
        };
    }

    /// <summary>Whether the measure's value can be below 0: a difference can, and so can a ratio with a difference inside it.</summary>
    public static bool CanBeNegative(MeasureDefinition measure) => measure switch
    {
        DifferenceMeasure => true,
        RatioMeasure ratio => CanBeNegative(ratio.Numerator) || CanBeNegative(ratio.Denominator),
        _ => false,
    };
}
