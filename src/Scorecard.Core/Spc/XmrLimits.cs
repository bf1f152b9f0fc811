namespace Scorecard.Core.Spc;

/// <summary>
/// Centre line and process limits of one XmR segment, in the indicator's unit.
/// The limits are the centre +- E2 (2.66) x the mean moving range, which is 3 sigma with
/// sigma = 2.66 / 3 x the mean moving range.
/// </summary>
/// <param name="Centre">Mean of the points the limits rest on.</param>
/// <param name="MeanMovingRange">Mean of the moving ranges kept after screening; zero for a flat series.</param>
public sealed record XmrLimits(double Centre, double MeanMovingRange)
{
    /// <summary>Estimated process standard deviation, 2.66 / 3 x the mean moving range.</summary>
    public double Sigma => XmrConstants.SigmaPerMeanMovingRange * MeanMovingRange;

    /// <summary>Upper process limit, centre + 2.66 x the mean moving range (3 sigma).</summary>
    public double Upper => Centre + XmrConstants.E2 * MeanMovingRange;

    /// <summary>Lower process limit, centre - 2.66 x the mean moving range (3 sigma).</summary>
    public double Lower => Centre - XmrConstants.E2 * MeanMovingRange;

    /// <summary>Upper edge of the two-sigma band, centre + 2 sigma.</summary>
    public double UpperTwoSigma => Centre + 2 * Sigma;

    /// <summary>Lower edge of the two-sigma band, centre - 2 sigma.</summary>
    public double LowerTwoSigma => Centre - 2 * Sigma;
}
