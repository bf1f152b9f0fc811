using Scorecard.Core.Comparison;

namespace Scorecard.Reports.Rendering;

/// <summary>A window value as displayed.</summary>
/// <param name="Text">The rounded value, or "n/a" when the value is not available.</param>
/// <param name="NoteMarker">Letter of the data note that explains the value, such as "a", or null when it has none.</param>
/// <param name="IsAvailable">Whether a value is available; when false, <paramref name="Text"/> is "n/a".</param>
public sealed record FormattedValue(string Text, string? NoteMarker, bool IsAvailable);

/// <summary>One indicator's row as displayed, in the column order every renderer uses.</summary>
/// <param name="Priority">The priority's band label, such as "Priority 1 - Further investment in crime prevention".</param>
/// <param name="IndicatorId">The indicator's identifier, such as "all-crime".</param>
/// <param name="Indicator">The indicator's label as published.</param>
/// <param name="Footnotes">The plan's footnote numbers shown after the label.</param>
/// <param name="Values">Values in column order: baseline, previous, current.</param>
/// <param name="NumberDifference">Current minus previous in the indicator's unit, or "-".</param>
/// <param name="PercentDifference">% difference to one decimal, or "-".</param>
/// <param name="Direction">Direction of travel; <see cref="DirectionStyle.For"/> gives its text, arrow and colours.</param>
public sealed record FormattedRow(
    string Priority,
    string IndicatorId,
    string Indicator,
    IReadOnlyList<int> Footnotes,
    IReadOnlyList<FormattedValue> Values,
    string NumberDifference,
    string PercentDifference,
    Direction Direction)
{
    /// <summary>Sub-group shown beside the label, such as "Victims", or null.</summary>
    public string? Subgroup { get; init; }

    /// <summary>Sentence of the method that decided the direction, as in <see cref="MethodMarker.Name"/>.</summary>
    public string DirectionMethod { get; init; } = "";

    /// <summary>
    /// The confidence-interval row under the indicator, or null when the indicator has none.
    /// </summary>
    public FormattedIntervalRow? Interval { get; init; }
}

/// <summary>The "Confidence Interval" row that follows a survey indicator, as published scorecards print it.</summary>
/// <param name="Footnotes">The plan's footnote numbers shown after the row's label.</param>
/// <param name="HalfWidths">
/// Half-width of each window's 95% interval in percentage points, to one decimal ("1.2"), in column
/// order, or "-" where the window has no interval.
/// </param>
public sealed record FormattedIntervalRow(IReadOnlyList<int> Footnotes, IReadOnlyList<string> HalfWidths);

/// <summary>Column headings of a scorecard table, generated from its windows.</summary>
/// <param name="Priority">"Police and Crime Plan Priorities".</param>
/// <param name="Indicator">"Police Priority Indicators".</param>
/// <param name="Baseline">Baseline window, such as "12 months to Dec 2019".</param>
/// <param name="Previous">Previous-year window, such as "12 months to May 2023".</param>
/// <param name="Current">Current window, such as "12 months to May 2024".</param>
/// <param name="NumberDifference">Such as "Number Difference 2023/24".</param>
/// <param name="PercentDifference">Such as "% Difference 2023/24".</param>
/// <param name="Direction">Such as "Direction of Travel 2023/24".</param>
public sealed record ScorecardHeadings(
    string Priority,
    string Indicator,
    string Baseline,
    string Previous,
    string Current,
    string NumberDifference,
    string PercentDifference,
    string Direction)
{
    /// <summary>The three window headings in column order.</summary>
    public IReadOnlyList<string> Windows => [Baseline, Previous, Current];

    /// <summary>All eight headings in the order of the published table.</summary>
    public IReadOnlyList<string> InColumnOrder =>
        [Priority, Indicator, Baseline, Previous, Current, NumberDifference, PercentDifference, Direction];
}

/// <summary>One data source's coverage as displayed.</summary>
/// <param name="Source">Source name, such as "police.uk street-level crimes".</param>
/// <param name="Force">Force identifier.</param>
/// <param name="FirstMonth">First month loaded, such as "Dec 2017", or "-" when nothing is loaded.</param>
/// <param name="LastMonth">Last month loaded, or "-" when nothing is loaded.</param>
/// <param name="MissingMonths">Count and list of missing months, such as "2 (Jul 2019 to Aug 2019)", "none", or "-" when nothing is loaded.</param>
/// <param name="Rows">Rows loaded, with thousands separators.</param>
public sealed record FormattedCoverage(string Source, string Force, string FirstMonth, string LastMonth, string MissingMonths, string Rows);
