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
            var sources = ending.Count() == used.Count
                ? ""
                : $" ({string.Join(", ", ending.Select(source => LowerFirst(SourceKinds.Describe(source.Kind))))})";
            yield return
                $"the store's data for {report.Plan.Force}{sources} ends in {ending.Key.ToLongName()}, " +
                $"but the report is for the {report.Windows.Current.Label}, so values that need later months are not available (n/a). " +
                $"Import newer data or choose --month {ending.Key} or earlier.";
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

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
