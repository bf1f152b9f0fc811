namespace Scorecard.Core.Spc;

/// <summary>
/// Choices for an XmR chart. The defaults follow NHS England's Making Data Count: moving-range
/// screening on, limits from all points, no rebases, shifts and trends of 7 points, and limits
/// called provisional when they rest on fewer than 13 points. The default has no bounds, and a plan's
/// indicators get theirs from <see cref="SpcDefaultBounds"/> unless the plan sets them.
/// </summary>
public sealed record XmrOptions
{
    private readonly int? _baselinePoints;
    private readonly int _shiftLength = 7;
    private readonly int _trendLength = 7;
    private readonly int _minimumPointsForFirmLimits = 13;
    private readonly IReadOnlyList<SpcRebase> _rebases = [];
    private readonly SpcBounds _bounds = SpcBounds.None;

    /// <summary>Options with every default.</summary>
    public static XmrOptions Default { get; } = new();

    /// <summary>
    /// Whether moving ranges above D4 (3.267) x the mean moving range are left out once and the
    /// mean moving range recalculated, so one abrupt jump does not widen the limits. On by default.
    /// </summary>
    public bool ScreenMovingRanges { get; init; } = true;

    /// <summary>
    /// Number of points from the start of each segment from which the centre line and limits are
    /// calculated, or null to use every point. Later points are judged against these fixed limits.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 2, so no moving range exists.</exception>
    public int? BaselinePoints
    {
        get => _baselinePoints;
        init => _baselinePoints = value is { } points ? Guard.InRange(points, 2, int.MaxValue, nameof(BaselinePoints)) : null;
    }

    /// <summary>Months from which the centre line and limits are recalculated, each with its reason.</summary>
    public IReadOnlyList<SpcRebase> Rebases
    {
        get => _rebases;
        init => _rebases = value ?? throw new ArgumentNullException(nameof(Rebases));
    }

    /// <summary>Points in a row on one side of the centre line that make a shift: 7, or 6 in older guidance. Allowed 5 to 10.</summary>
    public int ShiftLength
    {
        get => _shiftLength;
        init => _shiftLength = Guard.InRange(value, 5, 10, nameof(ShiftLength));
    }

    /// <summary>Points in a row each above (or each below) the one before that make a trend: 7, or 6 in older guidance. Allowed 5 to 10.</summary>
    public int TrendLength
    {
        get => _trendLength;
        init => _trendLength = Guard.InRange(value, 5, 10, nameof(TrendLength));
    }

    /// <summary>
    /// Fewest points a segment's limits may rest on without being called provisional: 13 by default.
    /// NHSRplotthedots warns below 12; Making Data Count recommends 15 to 20.
    /// </summary>
    public int MinimumPointsForFirmLimits
    {
        get => _minimumPointsForFirmLimits;
        init => _minimumPointsForFirmLimits = Guard.InRange(value, 2, 1000, nameof(MinimumPointsForFirmLimits));
    }

    /// <summary>
    /// Natural floor and ceiling at which the shown limits are truncated, <see cref="SpcBounds.None"/>
    /// by default. The special-cause rules and the centre line use the calculated limits, which give
    /// the same flags for values inside the bounds (see <see cref="XmrLimits"/>). A segment with a
    /// value beyond a bound is shown without that bound, with a warning, because the bound is then
    /// not natural for its values.
    /// </summary>
    public SpcBounds Bounds
    {
        get => _bounds;
        init => _bounds = value ?? throw new ArgumentNullException(nameof(Bounds));
    }

    /// <summary>
    /// Returns these options keeping only the rebases after the first month of <paramref name="points"/>
    /// and not after its last, so a plan's rebases fit any range of months charted.
    /// </summary>
    public XmrOptions WithRebasesInside(IReadOnlyList<SpcPoint> points)
    {
        if (points.Count == 0)
        {
            return this with { Rebases = [] };
        }

        var first = points[0].Month;
        var last = points[^1].Month;
        return this with { Rebases = Rebases.Where(rebase => rebase.Month > first && rebase.Month <= last).ToList() };
    }
}
