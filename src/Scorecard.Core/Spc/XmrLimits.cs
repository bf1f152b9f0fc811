namespace Scorecard.Core.Spc;

/// <summary>
/// Centre line and process limits of one XmR segment, in the indicator's unit.
/// The limits are the centre +- E2 (2.66) x the mean moving range, which is 3 sigma with
/// sigma = 2.66 / 3 x the mean moving range.
/// </summary>
/// <remarks>
/// Two sets of limits exist. The calculated ones (<see cref="Lower"/>, <see cref="Upper"/> and the
/// two-sigma edges) are what the special-cause rules use. The shown ones (<see cref="LowerShown"/>,
/// <see cref="UpperShown"/> and theirs) are truncated at <see cref="Bounds"/> and are what charts,
/// tables and text show, so a count's lower limit is drawn at 0, not below it.
/// For a value on or between the bounds, the rules would give the same flags with either set.
/// Where a calculated limit or two-sigma edge lies beyond a floor, no value passes it, because no
/// value is below the floor. No value passes the floor either, because the comparisons are strict:
/// a count of 0 is not below a lower limit truncated at 0. The same is true at a ceiling.
/// </remarks>
/// <param name="Centre">Mean of the points the limits rest on.</param>
/// <param name="MeanMovingRange">Mean of the moving ranges kept after screening; zero for a flat series.</param>
public sealed record XmrLimits(double Centre, double MeanMovingRange)
{
    private readonly SpcBounds _bounds = SpcBounds.None;

    /// <summary>Estimated process standard deviation, 2.66 / 3 x the mean moving range.</summary>
    public double Sigma => XmrConstants.SigmaPerMeanMovingRange * MeanMovingRange;

    /// <summary>Calculated upper process limit, centre + 2.66 x the mean moving range (3 sigma).</summary>
    public double Upper => Centre + XmrConstants.E2 * MeanMovingRange;

    /// <summary>Calculated lower process limit, centre - 2.66 x the mean moving range (3 sigma).</summary>
    public double Lower => Centre - XmrConstants.E2 * MeanMovingRange;

    /// <summary>Calculated upper edge of the two-sigma band, centre + 2 sigma.</summary>
    public double UpperTwoSigma => Centre + 2 * Sigma;

    /// <summary>Calculated lower edge of the two-sigma band, centre - 2 sigma.</summary>
    public double LowerTwoSigma => Centre - 2 * Sigma;

    /// <summary>
    /// Natural floor and ceiling at which the shown limits are truncated, <see cref="SpcBounds.None"/>
    /// by default. The centre line must lie on or between them.
    /// </summary>
    /// <exception cref="ArgumentException">The floor is above the centre line, or the ceiling below it.</exception>
    public SpcBounds Bounds
    {
        get => _bounds;
        init => _bounds = Validate(value ?? throw new ArgumentNullException(nameof(Bounds)));
    }

    /// <summary>Upper process limit as shown: the calculated one, lowered to the ceiling when it passes it.</summary>
    public double UpperShown => Bounds.Clamp(Upper);

    /// <summary>Lower process limit as shown: the calculated one, raised to the floor when it passes it.</summary>
    public double LowerShown => Bounds.Clamp(Lower);

    /// <summary>Upper edge of the two-sigma band as shown, lowered to the ceiling when it passes it.</summary>
    public double UpperTwoSigmaShown => Bounds.Clamp(UpperTwoSigma);

    /// <summary>Lower edge of the two-sigma band as shown, raised to the floor when it passes it.</summary>
    public double LowerTwoSigmaShown => Bounds.Clamp(LowerTwoSigma);

    /// <summary>Whether the calculated upper limit is above the ceiling, so the shown one is the ceiling.</summary>
    public bool IsUpperTruncated => UpperShown != Upper;

    /// <summary>Whether the calculated lower limit is below the floor, so the shown one is the floor.</summary>
    public bool IsLowerTruncated => LowerShown != Lower;

    private SpcBounds Validate(SpcBounds bounds)
    {
        if (bounds.Floor > Centre || bounds.Ceiling < Centre)
        {
            throw new ArgumentException(
                $"The bounds ({bounds}) do not contain the centre line {Centre}, so the shown limits would not either; " +
                "leave out a bound that the values pass.",
                nameof(Bounds));
        }

        return bounds;
    }
}
