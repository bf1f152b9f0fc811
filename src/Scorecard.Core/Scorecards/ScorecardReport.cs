using Scorecard.Core.Comparison;
using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;

namespace Scorecard.Core.Scorecards;

/// <summary>A note on a value that is not available, or that needs a fact stated to be read correctly, shown beside it with a letter marker.</summary>
/// <param name="Marker">Letter shown beside the value, such as "a".</param>
/// <param name="Text">Full sentence for the notes under the table.</param>
public sealed record DataNote(string Marker, string Text);

/// <summary>One indicator's row: its values in each window, differences and direction of travel.</summary>
/// <param name="Indicator">The plan's indicator.</param>
/// <param name="Values">Values in column order: baseline, previous, current.</param>
/// <param name="NoteMarkers">Data-note marker for each value, or null when the value needs none.</param>
/// <param name="Differences">Current against previous.</param>
/// <param name="Direction">Direction of travel, current against previous.</param>
/// <param name="DirectionMethod">Name of the method that decided the direction.</param>
public sealed record IndicatorRow(
    Indicator Indicator,
    IReadOnlyList<WindowValue> Values,
    IReadOnlyList<string?> NoteMarkers,
    Differences Differences,
    Direction Direction,
    string DirectionMethod)
{
    /// <summary>Baseline window value.</summary>
    public WindowValue Baseline => Values[0];

    /// <summary>Previous-year window value.</summary>
    public WindowValue Previous => Values[1];

    /// <summary>Current window value.</summary>
    public WindowValue Current => Values[2];

    /// <summary>One month's value for each of the 36 months up to the report month, oldest first; a month not available has a null value.</summary>
    public IReadOnlyList<Spc.SpcPoint> Trend { get; init; } = [];
}

/// <summary>A priority with its rows in published order.</summary>
public sealed record PriorityRows(Priority Priority, IReadOnlyList<IndicatorRow> Rows);

/// <summary>What one data source contributes to a report: which months are loaded and which are missing inside that range.</summary>
/// <param name="Source">Source name, such as "police.uk street-level crimes".</param>
/// <param name="Force">Force identifier.</param>
/// <param name="FirstMonth">First month loaded, or null when nothing is loaded.</param>
/// <param name="LastMonth">Last month loaded, or null when nothing is loaded.</param>
/// <param name="MissingMonths">Months between the first and last that are not loaded.</param>
/// <param name="Rows">Rows loaded.</param>
public sealed record DataCoverage(string Source, string Force, ReportMonth? FirstMonth, ReportMonth? LastMonth, IReadOnlyList<ReportMonth> MissingMonths, long Rows)
{
    /// <summary>
    /// Rows found bad when the source was imported, zero when none. Bad rows are left out of the
    /// figures, except offences whose outcome is dated before them, which still count as offences.
    /// </summary>
    public long BadRows { get; init; }
}

/// <summary>Where a report came from, so a reader can reproduce it.</summary>
/// <param name="PlanFile">Plan file path as given.</param>
/// <param name="PlanSha256">SHA-256 of the plan file's bytes, lower-case hex.</param>
/// <param name="ScorecardVersion">Version of Scorecard that made the report.</param>
/// <param name="GeneratedAt">When the report was made.</param>
public sealed record Provenance(string PlanFile, string PlanSha256, string ScorecardVersion, DateTimeOffset GeneratedAt);

/// <summary>A built scorecard, with values kept unrounded for the renderers.</summary>
public sealed record ScorecardReport(
    Plan Plan,
    ReportMonth Month,
    ScorecardWindows Windows,
    IReadOnlyList<PriorityRows> Priorities,
    IReadOnlyList<DataNote> DataNotes,
    IReadOnlyList<string> MethodNotes,
    IReadOnlyList<DataCoverage> Coverage,
    Provenance Provenance)
{
    /// <summary>All rows in published order.</summary>
    public IEnumerable<IndicatorRow> Rows => Priorities.SelectMany(priority => priority.Rows);
}
