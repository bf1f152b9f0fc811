namespace Scorecard.Core.Spc;

/// <summary>
/// Control-chart constants for an XmR (individuals and moving range) chart, whose moving ranges
/// are ranges of subgroups of two consecutive points. Values from the standard table of
/// control-chart factors for n = 2 (Montgomery, Introduction to Statistical Quality Control).
/// </summary>
public static class XmrConstants
{
    /// <summary>
    /// d2 for n = 2: the expected range of two independent normal observations, in units of their
    /// standard deviation, so sigma is estimated as the mean moving range / 1.128.
    /// </summary>
    public const double D2 = 1.128;

    /// <summary>
    /// E2 = 3 / d2 = 3 / 1.128 = 2.6596, rounded to 2.66 as NHS England's Making Data Count and the
    /// R package NHSRplotthedots use it: the process limits are the mean +- 2.66 x the mean moving range.
    /// </summary>
    public const double E2 = 2.66;

    /// <summary>
    /// D4 for n = 2: the upper limit of the moving-range chart is 3.267 x the mean moving range.
    /// A moving range above it is screened out of the mean moving range.
    /// </summary>
    public const double D4 = 3.267;

    /// <summary>Sigma per unit of mean moving range, E2 / 3 (about 1 / d2), so 3 sigma is exactly E2 x the mean moving range.</summary>
    public const double SigmaPerMeanMovingRange = E2 / 3;
}
