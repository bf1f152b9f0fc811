using Scorecard.Core.Time;

namespace Scorecard.Core.Scorecards;

/// <summary>
/// The three 12-month windows of a scorecard: the baseline (12 months to December 2019 unless the
/// plan names another end month), the previous year and the current year ending with the report month.
/// </summary>
public sealed record ScorecardWindows(Window Baseline, Window Previous, Window Current)
{
    /// <summary>Months in each window.</summary>
    public const int WindowMonths = 12;

    /// <summary>Creates the windows for report month <paramref name="month"/>.</summary>
    public static ScorecardWindows For(ReportMonth month, ReportMonth baselineEnd) => new(
        Window.MonthsEnding(WindowMonths, baselineEnd),
        Window.MonthsEnding(WindowMonths, month.AddMonths(-WindowMonths)),
        Window.MonthsEnding(WindowMonths, month));

    /// <summary>Windows in column order: baseline, previous, current.</summary>
    public IReadOnlyList<Window> InColumnOrder => [Baseline, Previous, Current];

    /// <summary>Years of the comparison as published, such as "2023/24" for 12 months to May 2024 against May 2023.</summary>
    public string ComparisonYears => $"{Previous.Last.Year}/{Current.Last.Year % 100:D2}";
}
