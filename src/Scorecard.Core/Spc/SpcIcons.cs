using Scorecard.Core.Plans;

namespace Scorecard.Core.Spc;

/// <summary>What a point of an XmR chart shows, as Making Data Count colours it.</summary>
public enum SpcPointType
{
    /// <summary>The month has no value: a gap in the line.</summary>
    Missing,

    /// <summary>The point's segment has no limits (no two consecutive months with values), so no rule was applied.</summary>
    NotAssessed,

    /// <summary>No rule flags the point.</summary>
    CommonCause,

    /// <summary>A special cause in the better direction for the indicator's polarity (blue).</summary>
    Improvement,

    /// <summary>A special cause in the worse direction for the indicator's polarity (orange).</summary>
    Concern,

    /// <summary>A special cause on an indicator with no polarity, so neither better nor worse (purple).</summary>
    Neither,
}

/// <summary>Variation icon of the latest point, as in Making Data Count.</summary>
public enum VariationIcon
{
    /// <summary>No icon: the series has no values, or the latest point has no limits.</summary>
    None,

    /// <summary>Common cause variation: no special cause at the latest point.</summary>
    CommonCause,

    /// <summary>Special cause variation, improving, with high values.</summary>
    ImprovingHigh,

    /// <summary>Special cause variation, improving, with low values.</summary>
    ImprovingLow,

    /// <summary>Special cause variation, concerning, with high values.</summary>
    ConcerningHigh,

    /// <summary>Special cause variation, concerning, with low values.</summary>
    ConcerningLow,

    /// <summary>Special cause variation with high values on an indicator with no polarity.</summary>
    NeitherHigh,

    /// <summary>Special cause variation with low values on an indicator with no polarity.</summary>
    NeitherLow,
}

/// <summary>Assurance icon: whether the current process will meet a target, as in Making Data Count.</summary>
public enum AssuranceIcon
{
    /// <summary>No icon: no target, no polarity, or no limits.</summary>
    None,

    /// <summary>The target lies outside the limits on the bad side, so every expected value passes it.</summary>
    ConsistentlyPassing,

    /// <summary>The target lies outside the limits on the good side, so every expected value fails it.</summary>
    ConsistentlyFailing,

    /// <summary>The target lies within the limits (or on one), so the process will sometimes pass and sometimes fail.</summary>
    HitAndMiss,
}

/// <summary>Maps special causes, polarity and targets to point types and icons, and icons to text.</summary>
public static class SpcIcons
{
    /// <summary>
    /// Returns the point type for a special cause on <paramref name="side"/>: improvement when the
    /// side is the better one for <paramref name="polarity"/>, concern when it is the worse one,
    /// neither when the indicator has no polarity.
    /// </summary>
    public static SpcPointType Classify(SpcSide side, Polarity? polarity)
    {
        if (polarity is not { } better)
        {
            return SpcPointType.Neither;
        }

        var highIsBetter = better == Polarity.HigherIsBetter;
        return (side == SpcSide.High) == highIsBetter ? SpcPointType.Improvement : SpcPointType.Concern;
    }

    /// <summary>Returns the variation icon for a point of type <paramref name="type"/> whose special cause, if any, is on <paramref name="side"/>.</summary>
    public static VariationIcon Variation(SpcPointType type, SpcSide? side) => (type, side) switch
    {
        (SpcPointType.CommonCause, _) => VariationIcon.CommonCause,
        (SpcPointType.Improvement, SpcSide.High) => VariationIcon.ImprovingHigh,
        (SpcPointType.Improvement, SpcSide.Low) => VariationIcon.ImprovingLow,
        (SpcPointType.Concern, SpcSide.High) => VariationIcon.ConcerningHigh,
        (SpcPointType.Concern, SpcSide.Low) => VariationIcon.ConcerningLow,
        (SpcPointType.Neither, SpcSide.High) => VariationIcon.NeitherHigh,
        (SpcPointType.Neither, SpcSide.Low) => VariationIcon.NeitherLow,
        _ => VariationIcon.None,
    };

    /// <summary>
    /// Returns the assurance icon for <paramref name="target"/> against the shown limits of
    /// <paramref name="limits"/>. A target above the upper limit fails every expected value when
    /// higher is better, and passes every one when lower is better. Below the lower limit it is the
    /// reverse. On or between the limits it is hit and miss.
    /// </summary>
    /// <remarks>
    /// The shown limits, truncated at the natural bounds, are the range of values the process can
    /// give. A count never falls below 0, so a target of -1 is failed by every month when lower is
    /// better, though it lies inside calculated limits of -3.2 to 13.1. For a target on or between
    /// the bounds both sets give the same icon, because where a limit is truncated, such a target
    /// passes neither the bound nor the calculated limit beyond it.
    /// </remarks>
    public static AssuranceIcon Assurance(double? target, XmrLimits? limits, Polarity? polarity)
    {
        if (target is not { } goal || limits is null || polarity is not { } better)
        {
            return AssuranceIcon.None;
        }

        var higherIsBetter = better == Polarity.HigherIsBetter;
        if (goal > limits.UpperShown)
        {
            return higherIsBetter ? AssuranceIcon.ConsistentlyFailing : AssuranceIcon.ConsistentlyPassing;
        }

        if (goal < limits.LowerShown)
        {
            return higherIsBetter ? AssuranceIcon.ConsistentlyPassing : AssuranceIcon.ConsistentlyFailing;
        }

        return AssuranceIcon.HitAndMiss;
    }

    /// <summary>Returns the icon's wording for a chart subtitle or a table, such as "Special cause improving variation (low)".</summary>
    public static string Describe(VariationIcon icon) => icon switch
    {
        VariationIcon.None => "No variation assessment",
        VariationIcon.CommonCause => "Common cause variation",
        VariationIcon.ImprovingHigh => "Special cause improving variation (high)",
        VariationIcon.ImprovingLow => "Special cause improving variation (low)",
        VariationIcon.ConcerningHigh => "Special cause concerning variation (high)",
        VariationIcon.ConcerningLow => "Special cause concerning variation (low)",
        VariationIcon.NeitherHigh => "Special cause variation, neither improving nor concerning (high)",
        VariationIcon.NeitherLow => "Special cause variation, neither improving nor concerning (low)",
        _ => throw new ArgumentOutOfRangeException(nameof(icon), icon, "Unknown variation icon."),
    };

    /// <summary>Returns the icon's wording, such as "Hit and miss (the target lies within the process limits)".</summary>
    public static string Describe(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.None => "No assurance assessment",
        AssuranceIcon.ConsistentlyPassing => "Consistently passing the target",
        AssuranceIcon.ConsistentlyFailing => "Consistently failing the target",
        AssuranceIcon.HitAndMiss => "Hit and miss (the target lies within the process limits)",
        _ => throw new ArgumentOutOfRangeException(nameof(icon), icon, "Unknown assurance icon."),
    };
}
