using Scorecard.Core.Time;

namespace Scorecard.Core.Spc;

/// <summary>
/// A month from which an XmR chart recalculates its centre line and limits, with the reason,
/// such as a change in recording practice. The month is the first one of the new segment.
/// </summary>
public sealed record SpcRebase
{
    /// <summary>Creates a rebase at <paramref name="month"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    public SpcRebase(ReportMonth month, string reason)
    {
        Month = month;
        Reason = Guard.NotBlank(reason).Trim();
    }

    /// <summary>First month of the new segment.</summary>
    public ReportMonth Month { get; }

    /// <summary>Why the process changed, shown beside the rebase marker on charts.</summary>
    public string Reason { get; }
}
