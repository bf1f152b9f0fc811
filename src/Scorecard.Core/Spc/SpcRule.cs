namespace Scorecard.Core.Spc;

/// <summary>A special-cause rule of an XmR chart.</summary>
public enum SpcRule
{
    /// <summary>A point above the upper or below the lower process limit.</summary>
    OutsideLimits,

    /// <summary>Two of three consecutive points beyond two sigma, on one side of the centre line and inside the limits.</summary>
    TwoOfThreeNearLimit,

    /// <summary>A run of points (7 by default) on one side of the centre line.</summary>
    Shift,

    /// <summary>A run of points (7 by default) each higher, or each lower, than the one before.</summary>
    Trend,
}

/// <summary>Which way a special cause points: above the centre line or rising, or below it or falling.</summary>
public enum SpcSide
{
    /// <summary>Above the centre line, or a rising trend.</summary>
    High,

    /// <summary>Below the centre line, or a falling trend.</summary>
    Low,
}

/// <summary>A rule that flagged a point, and which way it points.</summary>
public readonly record struct SpcRuleHit(SpcRule Rule, SpcSide Side);

/// <summary>
/// One special-cause rule, applied to the points of one segment in order, gaps left out.
/// </summary>
public interface ISpcRule
{
    /// <summary>Rule this class implements.</summary>
    SpcRule Rule { get; }

    /// <summary>
    /// Returns one entry per value: the side of the special cause when the rule flags that value,
    /// otherwise null. An empty list gives an empty list. Rules compare values with the calculated
    /// limits, never the shown ones truncated at bounds.
    /// </summary>
    IReadOnlyList<SpcSide?> Evaluate(IReadOnlyList<double> values, XmrLimits limits);
}
