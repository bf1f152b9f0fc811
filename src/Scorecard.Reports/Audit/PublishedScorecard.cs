using Scorecard.Core.Time;
using Scorecard.Reports.Audit.Reading;

namespace Scorecard.Reports.Audit;

/// <summary>One cell of a published row, with its cleaned text and position in the file.</summary>
/// <param name="Text">Cleaned text; empty for a blank cell.</param>
/// <param name="Line">1-based line (or XLSX row) of the cell.</param>
/// <param name="Column">1-based column of the cell.</param>
/// <param name="IsAbsent">Whether the row ended before this cell, as opposed to the cell being present and blank.</param>
public sealed record PublishedCell(string Text, int Line, int Column, bool IsAbsent = false)
{
    /// <summary>Whether the cell shows nothing: absent, empty, or only spaces.</summary>
    public bool IsBlank => Text.Length == 0;

    /// <summary>Whether the cell shows a dash, the scorecard's mark for "not available".</summary>
    public bool IsDash => Text is "-" or "\u2013" or "\u2014";

    /// <summary>Whether the cell shows neither a value nor anything else: blank or a dash.</summary>
    public bool IsEmptyValue => IsBlank || IsDash;

    /// <summary>The cell as quoted in messages: its text in single quotes, or "(blank)" or "(no cell)".</summary>
    public string Quoted
    {
        get
        {
            if (IsAbsent)
            {
                return "(no cell)";
            }

            return IsBlank ? "(blank)" : $"'{Text}'";
        }
    }
}

/// <summary>A period column of the header, such as "12 months to May 2024".</summary>
/// <param name="Column">1-based column of the heading.</param>
/// <param name="Label">Heading text.</param>
/// <param name="Window">Months the heading names, or null when it cannot be read as a period.</param>
public sealed record PeriodColumn(int Column, string Label, Window? Window);

/// <summary>The header row and the columns recovered from it.</summary>
/// <param name="Line">1-based line of the header.</param>
/// <param name="Cells">Cleaned heading of every column, in order.</param>
/// <param name="LabelColumn">1-based column of the indicator labels.</param>
/// <param name="Periods">Period columns, oldest first: baseline, previous, current.</param>
/// <param name="NumberDifferenceColumn">1-based column of "Number Difference".</param>
/// <param name="PercentDifferenceColumn">1-based column of "% Difference".</param>
/// <param name="DirectionColumn">1-based column of "Direction of Travel".</param>
public sealed record HeaderRow(
    int Line,
    IReadOnlyList<string> Cells,
    int LabelColumn,
    IReadOnlyList<PeriodColumn> Periods,
    int NumberDifferenceColumn,
    int PercentDifferenceColumn,
    int DirectionColumn)
{
    /// <summary>Returns the heading of a 1-based column, or an empty string beyond the header.</summary>
    public string Heading(int column) => column >= 1 && column <= Cells.Count ? Cells[column - 1] : "";

    /// <summary>
    /// Number of cells from the first period column to the last of the difference and direction
    /// columns: the cells an indicator row needs after its label.
    /// </summary>
    public int FieldWidth => Math.Max(DirectionColumn, Math.Max(NumberDifferenceColumn, PercentDifferenceColumn)) - Periods[0].Column + 1;

    /// <summary>The period compared against: the last but one period column.</summary>
    public PeriodColumn Previous => Periods[^2];

    /// <summary>The latest period: the last period column.</summary>
    public PeriodColumn Current => Periods[^1];
}

/// <summary>
/// A survey indicator's confidence-interval row: the half-width of the 95% interval for each period,
/// in the indicator's unit (percentage points for a percentage).
/// </summary>
/// <param name="Line">1-based line of the interval row.</param>
/// <param name="LabelColumn">1-based column in which the row's label sits.</param>
/// <param name="HalfWidths">One cell per period, oldest first; blank or a dash where no interval is shown.</param>
/// <param name="TrailingCells">Cells after the half-widths, which some exports fill with a difference of the half-widths.</param>
public sealed record PublishedInterval(int Line, int LabelColumn, IReadOnlyList<PublishedCell> HalfWidths, IReadOnlyList<PublishedCell> TrailingCells);

/// <summary>One indicator row as published, before its figures are interpreted.</summary>
public sealed class PublishedIndicator
{
    internal PublishedIndicator(
        int line,
        int priorityNumber,
        string priorityTitle,
        string label,
        IReadOnlyList<string> footnotes,
        string? subGroup,
        int labelColumn,
        IReadOnlyList<PublishedCell> valueCells)
    {
        Line = line;
        PriorityNumber = priorityNumber;
        PriorityTitle = priorityTitle;
        Label = label;
        Footnotes = footnotes;
        SubGroup = subGroup;
        LabelColumn = labelColumn;
        ValueCells = valueCells;
    }

    /// <summary>1-based line (or XLSX row) of the indicator.</summary>
    public int Line { get; }

    /// <summary>Number of the priority the indicator sits under.</summary>
    public int PriorityNumber { get; }

    /// <summary>Title of the priority, without its "Priority N -" prefix.</summary>
    public string PriorityTitle { get; }

    /// <summary>Label as published, with tags and footnote markers removed.</summary>
    public string Label { get; }

    /// <summary>Footnote markers attached to the label, in order.</summary>
    public IReadOnlyList<string> Footnotes { get; }

    /// <summary>Sub-group named in the first value column, such as "Victims", or null.</summary>
    public string? SubGroup { get; }

    /// <summary>1-based column in which the label sits.</summary>
    public int LabelColumn { get; }

    /// <summary>
    /// The cells after the label (and sub-group), to the end of the row: period values, number
    /// difference, % difference, direction of travel, then anything that should not be there.
    /// </summary>
    public IReadOnlyList<PublishedCell> ValueCells { get; }

    /// <summary>The confidence-interval row under the indicator, or null.</summary>
    public PublishedInterval? Interval { get; internal set; }

    /// <summary>Label with the sub-group, such as "Percentage of victims ... (Victims)", for messages.</summary>
    public string DisplayName => SubGroup is null ? Label : $"{Label} ({SubGroup})";
}

/// <summary>A numbered priority of the plan with its indicators in published order.</summary>
/// <param name="Number">Priority number, such as 1 for "Priority 1 - Further investment in crime prevention".</param>
/// <param name="Title">Title without the "Priority N -" prefix.</param>
/// <param name="Line">1-based line on which the priority starts.</param>
/// <param name="Indicators">Indicators in published order.</param>
public sealed record PublishedPriority(int Number, string Title, int Line, IReadOnlyList<PublishedIndicator> Indicators);

/// <summary>Something the reader had to recover from, such as a shifted interval row, stated for the audit trail.</summary>
/// <param name="Line">1-based line it concerns.</param>
/// <param name="Text">Full sentence saying what was found and how it was read.</param>
public sealed record StructureNote(int Line, string Text);

/// <summary>A published scorecard with its structure recovered: header, priorities, indicators and interval rows.</summary>
/// <param name="Table">The raw table it was read from.</param>
/// <param name="Header">The first header row.</param>
/// <param name="RepeatedHeaders">Header rows repeated further down, such as at a page break.</param>
/// <param name="Priorities">Priorities in published order.</param>
/// <param name="Notes">What the reader recovered from, in line order.</param>
public sealed record PublishedScorecard(
    RawTable Table,
    HeaderRow Header,
    IReadOnlyList<HeaderRow> RepeatedHeaders,
    IReadOnlyList<PublishedPriority> Priorities,
    IReadOnlyList<StructureNote> Notes)
{
    /// <summary>Path of the file, as given.</summary>
    public string File => Table.File;

    /// <summary>All indicators in published order.</summary>
    public IEnumerable<PublishedIndicator> Indicators => Priorities.SelectMany(priority => priority.Indicators);
}
