namespace Scorecard.Core.Spc;

/// <summary>
/// Flags a point strictly above the upper or strictly below the lower process limit.
/// A point exactly on a limit is inside.
/// </summary>
public sealed class OutsideLimitsRule : ISpcRule
{
    /// <inheritdoc />
    public SpcRule Rule => SpcRule.OutsideLimits;

    /// <inheritdoc />
    public IReadOnlyList<SpcSide?> Evaluate(IReadOnlyList<double> values, XmrLimits limits)
    {
        var flags = new SpcSide?[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            flags[i] = SideOutside(values[i], limits);
        }

        return flags;
    }

    /// <summary>Returns the side of the limit the value lies beyond, or null when it is within the limits.</summary>
    internal static SpcSide? SideOutside(double value, XmrLimits limits)
    {
        if (value > limits.Upper)
        {
            return SpcSide.High;
        }

        return value < limits.Lower ? SpcSide.Low : null;
    }
}
