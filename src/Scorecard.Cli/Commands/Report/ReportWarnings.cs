using Scorecard.Core.Scorecards;
using Scorecard.Data.Store;

namespace Scorecard.Cli.Commands.Report;

/// <summary>
/// Warnings about a report month that runs past the data loaded. A window that lacks months is
/// still a valid report, with those values marked not available, so the warnings leave the exit
/// code at 0.
/// </summary>
internal static class ReportWarnings
{
    /// <summary>
    /// Returns a warning for each month before the report month in which a source the plan uses
    /// ends, earliest first. The warning names the sources unless every source used ends then.
    /// </summary>
    /// <param name="report">Built scorecard.</param>
    /// <param name="used">Sources loaded for the plan's force that its indicators count.</param>
    public static IEnumerable<string> DataEndsEarly(ScorecardReport report, IReadOnlyList<LoadedSource> used)
    {
        var endings = used
            .Where(source => source.Months.Count > 0 && source.Months[^1] < report.Month)
            .GroupBy(source => source.Months[^1])
            .OrderBy(ending => ending.Key);

        foreach (var ending in endings)
        {
            yield return
                $"the store's data for {report.Plan.Force}{SourceList(ending, used)} ends in {ending.Key.ToLongName()}, " +
                $"but the report is for the {report.Windows.Current.Label}, so values that need later months are not available (n/a). " +
                $"Import newer data or choose --month {ending.Key} or earlier.";
        }
    }

    /// <summary>
    /// Returns a warning for each month after the current window's first month in which a source the
    /// plan uses starts, latest first, so a report month before the data names where the data begins.
    /// </summary>
    /// <param name="report">Built scorecard.</param>
    /// <param name="used">Sources loaded for the plan's force that its indicators count.</param>
    public static IEnumerable<string> DataStartsLate(ScorecardReport report, IReadOnlyList<LoadedSource> used)
    {
        var current = report.Windows.Current;
        var startings = used
            .Where(source => source.Months.Count > 0 && source.Months[0] > current.First)
            .GroupBy(source => source.Months[0])
            .OrderByDescending(starting => starting.Key);

        foreach (var starting in startings)
        {
            var firstFullWindow = starting.Key.AddMonths(current.MonthCount - 1);
            yield return
                $"the store's data for {report.Plan.Force}{SourceList(starting, used)} starts in {starting.Key.ToLongName()}, " +
                $"but the report is for the {current.Label}, so values that need earlier months are not available (n/a). " +
                $"Choose --month {firstFullWindow} or later, or import older data.";
        }
    }

    /// <summary>Returns a warning when no indicator has a value in the current window, otherwise null.</summary>
    public static string? NoCurrentValues(ScorecardReport report)
    {
        if (report.Rows.Any(row => row.Current.IsAvailable))
        {
            return null;
        }

        return $"the scorecard has no current figures. No indicator has a value for the {report.Windows.Current.Label}, " +
            "so every current value, difference and direction of travel is n/a. " +
            "Run scorecard info to see the months loaded, and choose a --month that they cover.";
    }

    // Names the sources in brackets, or nothing when the group contains every source the plan uses.
    private static string SourceList(IEnumerable<LoadedSource> group, IReadOnlyList<LoadedSource> used)
    {
        var sources = group.ToList();
        return sources.Count == used.Count
            ? ""
            : $" ({string.Join(", ", sources.Select(source => LowerFirst(SourceKinds.Describe(source.Kind))))})";
    }

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
