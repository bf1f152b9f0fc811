namespace Scorecard.Core.Spc;

/// <summary>
/// Flags every point of a run of <see cref="Length"/> or more consecutive points on one side of
/// the centre line (a shift). A point exactly on the centre line belongs to neither side and
/// breaks the run.
/// </summary>
public sealed class ShiftRule : ISpcRule
{
    /// <summary>Creates the rule for runs of <paramref name="length"/> points.</summary>
    public ShiftRule(int length)
    {
        Length = Guard.InRange(length, 2, 100);
    }

    /// <summary>Points in a row that make a shift.</summary>
    public int Length { get; }

    /// <inheritdoc />
    public SpcRule Rule => SpcRule.Shift;

    /// <inheritdoc />
    public IReadOnlyList<SpcSide?> Evaluate(IReadOnlyList<double> values, XmrLimits limits)
    {
        var sides = values.Select(value => SideOfCentre(value, limits.Centre)).ToList();
        return RunFlags.FlagRuns(sides, Length);
    }

    /// <summary>Returns the side of the centre line, or null for a point exactly on it.</summary>
    internal static SpcSide? SideOfCentre(double value, double centre)
    {
        if (value > centre)
        {
            return SpcSide.High;
        }

        return value < centre ? SpcSide.Low : null;
    }
}

/// <summary>Marks runs of equal, non-null sides that reach a length: shared by the shift and trend rules.</summary>
internal static class RunFlags
{
    /// <summary>
    /// Returns, per position, the side when the position is inside a run of at least
    /// <paramref name="length"/> equal non-null sides, otherwise null.
    /// </summary>
    public static SpcSide?[] FlagRuns(IReadOnlyList<SpcSide?> sides, int length)
    {
        var flags = new SpcSide?[sides.Count];
        var start = 0;
        for (var i = 1; i <= sides.Count; i++)
        {
            var runContinues = i < sides.Count && sides[i] is not null && sides[i] == sides[start];
            if (runContinues)
            {
                continue;
            }

            if (sides[start] is { } side && i - start >= length)
            {
                for (var j = start; j < i; j++)
                {
                    flags[j] = side;
                }
            }

            start = i;
        }

        return flags;
    }
}
