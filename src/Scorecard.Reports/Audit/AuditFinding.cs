using Scorecard.Core.Comparison;

namespace Scorecard.Reports.Audit;

/// <summary>The most likely reason a published figure differs from the one recomputed from the others.</summary>
public enum FindingCause
{
    /// <summary>
    /// The published figure lies within the rounding of the figures shown, so it was most likely worked
    /// out from unrounded values. Not a discrepancy.
    /// </summary>
    Rounding,

    /// <summary>A heading names years other than those its period columns compare.</summary>
    HeaderWrongYear,

    /// <summary>The direction of travel is the opposite of what the change and the indicator's polarity give.</summary>
    DirectionContradictsPolarity,

    /// <summary>The row's cells are shifted against the header; read one cell over, its figures agree.</summary>
    MisalignedRow,

    /// <summary>The difference has the opposite sign: previous minus current instead of current minus previous.</summary>
    SignReversed,

    /// <summary>None of the other causes explains the difference.</summary>
    Unexplained,
}

/// <summary>A published figure that does not match what the other figures give.</summary>
/// <param name="Line">1-based line (or XLSX row) of the figure.</param>
/// <param name="Column">1-based column of the figure.</param>
/// <param name="Location">Position as a user finds it, such as "line 12, column 7" or "cell G12".</param>
/// <param name="Row">Indicator label (with sub-group), or "Header row".</param>
/// <param name="Field">Column heading of the figure, such as "% Difference 2023/24".</param>
/// <param name="Published">The figure as published, or a short description when it is a layout problem.</param>
/// <param name="Recomputed">The figure recomputed from the others, or what was expected.</param>
/// <param name="Cause">Most likely cause.</param>
/// <param name="Explanation">Full sentence giving the working and the reason for the cause.</param>
public sealed record AuditFinding(
    int Line,
    int Column,
    string Location,
    string Row,
    string Field,
    string Published,
    string Recomputed,
    FindingCause Cause,
    string Explanation)
{
    /// <summary>Whether the finding is a real inconsistency; a difference explained by rounding is not.</summary>
    public bool IsDiscrepancy => Cause != FindingCause.Rounding;
}

/// <summary>
/// The cells of an indicator row, assigned to the header's fields. Cells keep the columns they were
/// found in, so a realigned reading still points at the right place in the file.
/// </summary>
/// <param name="Values">One cell per period, oldest first.</param>
/// <param name="NumberDifference">Number Difference cell.</param>
/// <param name="PercentDifference">% Difference cell.</param>
/// <param name="Direction">Direction of Travel cell.</param>
/// <param name="Unassigned">Cells that belong to no field: past the last field or in a gap of the header.</param>
public sealed record IndicatorReading(
    IReadOnlyList<PublishedCell> Values,
    PublishedCell NumberDifference,
    PublishedCell PercentDifference,
    PublishedCell Direction,
    IReadOnlyList<PublishedCell> Unassigned)
{
    /// <summary>Assigns <paramref name="cells"/>, the cells after a row's label, to the fields of <paramref name="header"/>.</summary>
    public static IndicatorReading Assign(IReadOnlyList<PublishedCell> cells, HeaderRow header)
    {
        var first = header.Periods[0].Column;
        var padded = Pad(cells, header.FieldWidth);
        var used = new HashSet<int>();
        PublishedCell Take(int column)
        {
            used.Add(column - first);
            return padded[column - first];
        }

        var values = header.Periods.Select(period => Take(period.Column)).ToList();
        var number = Take(header.NumberDifferenceColumn);
        var percent = Take(header.PercentDifferenceColumn);
        var direction = Take(header.DirectionColumn);
        var unassigned = padded.Where((_, index) => !used.Contains(index)).ToList();
        return new IndicatorReading(values, number, percent, direction, unassigned);
    }

    private static List<PublishedCell> Pad(IReadOnlyList<PublishedCell> cells, int width)
    {
        var padded = cells.ToList();
        var line = cells.Count > 0 ? cells[0].Line : 0;
        var nextColumn = cells.Count > 0 ? cells[^1].Column + 1 : 1;
        while (padded.Count < width)
        {
            padded.Add(new PublishedCell("", line, nextColumn++, IsAbsent: true));
        }

        return padded;
    }
}

/// <summary>One indicator's audit: how it was read, its figures and what was found.</summary>
/// <param name="Indicator">The row as published.</param>
/// <param name="Profile">Unit and polarity used, with their basis.</param>
/// <param name="Reading">How the row's cells were assigned to fields.</param>
/// <param name="Values">Published value per period, oldest first; null where not available or not readable.</param>
/// <param name="HalfWidths">Published confidence-interval half-width per period; null where none.</param>
/// <param name="NumberDifference">Published number difference, or null.</param>
/// <param name="PercentDifference">Published % difference, or null.</param>
/// <param name="Direction">Published direction of travel, or null.</param>
/// <param name="Realignment">How the row was realigned to make its figures agree, or null when read as the header lays out.</param>
/// <param name="Findings">What was found on this row and its interval row.</param>
public sealed record IndicatorAudit(
    PublishedIndicator Indicator,
    IndicatorProfile Profile,
    IndicatorReading Reading,
    IReadOnlyList<PublishedNumber?> Values,
    IReadOnlyList<PublishedNumber?> HalfWidths,
    PublishedNumber? NumberDifference,
    PublishedNumber? PercentDifference,
    Direction? Direction,
    string? Realignment,
    IReadOnlyList<AuditFinding> Findings);

/// <summary>The result of auditing a published scorecard.</summary>
/// <param name="Scorecard">The scorecard as read.</param>
/// <param name="Indicators">Each indicator's audit, in published order.</param>
/// <param name="Findings">Every finding, header first, then in line and column order.</param>
public sealed record AuditReport(PublishedScorecard Scorecard, IReadOnlyList<IndicatorAudit> Indicators, IReadOnlyList<AuditFinding> Findings)
{
    /// <summary>Exit code when no discrepancy was found.</summary>
    public const int NoDiscrepancyExitCode = 0;

    /// <summary>Exit code when at least one discrepancy was found.</summary>
    public const int DiscrepancyExitCode = 1;

    /// <summary>Exit code when the input could not be read.</summary>
    public const int UnreadableInputExitCode = 2;

    /// <summary>Findings that are real inconsistencies.</summary>
    public IReadOnlyList<AuditFinding> Discrepancies => Findings.Where(finding => finding.IsDiscrepancy).ToList();

    /// <summary>Published figures that differ from the recomputed ones only by rounding.</summary>
    public IReadOnlyList<AuditFinding> ExplainedByRounding => Findings.Where(finding => !finding.IsDiscrepancy).ToList();

    /// <summary>The comparison years the period columns give, such as "2023/24", or null when the periods cannot be read.</summary>
    public string? ComparisonYears =>
        Scorecard.Header.Previous.Window is { } previous && Scorecard.Header.Current.Window is { } current
            ? PeriodLabel.ComparisonYears(previous, current)
            : null;

    /// <summary>0 when no discrepancy was found, 1 otherwise.</summary>
    public int ExitCode => Discrepancies.Count == 0 ? NoDiscrepancyExitCode : DiscrepancyExitCode;
}
