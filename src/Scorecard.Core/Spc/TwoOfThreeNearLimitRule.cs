namespace Scorecard.Core.Spc;

/// <summary>
/// Flags points near a process limit: in any three consecutive points that all lie on one side of
/// the centre line, at least two lie beyond two sigma on that side but within the limits. Only
/// those near-limit points are flagged.
/// </summary>
/// <remarks>
/// This is NHSRplotthedots' reading of the rule. A point beyond a process limit (three sigma)
/// is flagged by <see cref="OutsideLimitsRule"/> instead and does not count as one of the two,
/// though it does count as one of the three on that side. A point on the centre line is on
/// neither side, so a window containing one never fires.
/// </remarks>
public sealed class TwoOfThreeNearLimitRule : ISpcRule
{
    private const int WindowLength = 3;
    private const int NearLimitPointsNeeded = 2;

    /// <inheritdoc />
    public SpcRule Rule => SpcRule.TwoOfThreeNearLimit;

    /// <inheritdoc />
    public IReadOnlyList<SpcSide?> Evaluate(IReadOnlyList<double> values, XmrLimits limits)
    {
        var flags = new SpcSide?[values.Count];
        var sides = values.Select(value => ShiftRule.SideOfCentre(value, limits.Centre)).ToList();
        var nearLimit = values.Select(value => IsNearLimit(value, limits)).ToList();

        for (var start = 0; start + WindowLength <= values.Count; start++)
        {
            var window = Enumerable.Range(start, WindowLength).ToList();
            if (sides[start] is not { } side || window.Any(i => sides[i] != side))
            {
                continue;
            }

            var near = window.Where(i => nearLimit[i]).ToList();
            if (near.Count < NearLimitPointsNeeded)
            {
                continue;
            }

            foreach (var i in near)
            {
                flags[i] = side;
            }
        }

        return flags;
    }

    /// <summary>Whether the value lies strictly beyond two sigma but not beyond the process limit.</summary>
    private static bool IsNearLimit(double value, XmrLimits limits)
    {
        var beyondTwoSigma = value > limits.UpperTwoSigma || value < limits.LowerTwoSigma;
        return beyondTwoSigma && OutsideLimitsRule.SideOutside(value, limits) is null;
    }
}
