using Scorecard.Core.Measures;
using Scorecard.Core.Time;

namespace Scorecard.Core.Spc;

/// <summary>
/// Sentences that a reader of a rolling 12-month SPC chart needs: a caution that the rules flag
/// too many points, and why months have no value.
/// </summary>
public static class RollingSeriesNotes
{
    private const int WindowMonths = 12;

    /// <summary>
    /// Caution for every rolling chart. Consecutive 12-month values share 11 months, so they are
    /// autocorrelated, and the XmR rules, which assume independent points, flag too many of them.
    /// </summary>
    public const string Overlap =
        "Rolling 12-month values overlap, so neighbouring points are not independent and the SPC rules flag more points than they should. "
        + "Use monthly values to judge special cause.";

    /// <summary>
    /// Returns sentences explaining each month of a rolling 12-month series that has no value, in
    /// month order. It distinguishes three causes. The first months have no value because their
    /// 12-month windows reach back before the first month of data. Later months have none because
    /// their windows include a month with no data. Otherwise the value is unavailable for its own
    /// reason, such as a zero denominator. The list is empty when every month has a value.
    /// </summary>
    /// <param name="values">One value per month, in month order, each over the 12 months ending with that month.</param>
    /// <exception cref="ArgumentException">A window is not 12 months long, or the windows do not end in consecutive months.</exception>
    public static IReadOnlyList<string> Describe(IReadOnlyList<WindowValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Validate(values);
        if (values.Count == 0)
        {
            return [];
        }

        var last = values[^1].Window.Last;

        // Every month from the first window's start to the last month is in some point's window,
        // so the missing months of the unavailable values are all the months with no data.
        var missing = values.SelectMany(value => value.MissingMonths).Distinct().Order().ToList();
        var leading = LeadingRun(missing, values[0].Window.First);
        var firstFullWindow = values[0].Window.First.AddMonths(leading.Count + WindowMonths - 1);
        var gaps = missing.Skip(leading.Count).ToList();

        var notes = new List<string>();
        if (leading.Count > 0)
        {
            notes.Add(StartNote(values, leading, firstFullWindow, last));
        }

        if (gaps.Count > 0)
        {
            var affected = values
                .Where(value => value.Window.Last >= firstFullWindow && value.MissingMonths.Any(gaps.Contains))
                .Select(value => value.Window.Last)
                .ToList();
            notes.Add(affected.Count == 0
                ? $"No data for {MonthList.Describe(gaps)}."
                : $"No data for {MonthList.Describe(gaps)}, so there is no 12-month value for {MonthList.Describe(affected)}.");
        }

        var otherReasons = values
            .Where(value => !value.IsAvailable && value.MissingMonths.Count == 0)
            .GroupBy(value => value.UnavailableReason);
        foreach (var reason in otherReasons)
        {
            notes.Add($"No 12-month value for {MonthList.Describe(reason.Select(value => value.Window.Last))}, because {reason.Key}.");
        }

        return notes;
    }

    /// <summary>Returns the run of consecutive missing months that starts at <paramref name="start"/>, or an empty list.</summary>
    private static List<ReportMonth> LeadingRun(IReadOnlyList<ReportMonth> missing, ReportMonth start)
    {
        var run = new List<ReportMonth>();
        foreach (var month in missing)
        {
            if (month != start.AddMonths(run.Count))
            {
                break;
            }

            run.Add(month);
        }

        return run;
    }

    /// <summary>
    /// Returns the sentence on the first months, which have no value because no data comes before
    /// the month after <paramref name="leading"/> within the windows charted.
    /// </summary>
    private static string StartNote(IReadOnlyList<WindowValue> values, IReadOnlyList<ReportMonth> leading, ReportMonth firstFullWindow, ReportMonth last)
    {
        var dataStart = leading[^1].AddMonths(1);
        if (dataStart > last)
        {
            return $"No month from {leading[0].ToLongName()} to {last.ToLongName()} has data, so there are no 12-month values.";
        }

        if (firstFullWindow > last)
        {
            return $"No month charted has 12 months of data, because there is no data for {MonthList.Describe(leading)}. "
                + $"The first 12-month value will be for {firstFullWindow.ToLongName()}.";
        }

        var hasValue = values.Single(value => value.Window.Last == firstFullWindow).IsAvailable;
        return hasValue
            ? $"12-month values start in {firstFullWindow.ToLongName()}, the first month with 12 months of data."
            : $"No month before {firstFullWindow.ToLongName()} has 12 months of data.";
    }

    private static void Validate(IReadOnlyList<WindowValue> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var window = values[i].Window;
            if (window.MonthCount != WindowMonths)
            {
                throw new ArgumentException($"values[{i}] covers {window}, but each value must cover the 12 months ending with its month.", nameof(values));
            }

            if (i > 0 && window.Last != values[i - 1].Window.Last.AddMonths(1))
            {
                throw new ArgumentException(
                    $"values[{i}] ends in {window.Last}, not the month after values[{i - 1}] ({values[i - 1].Window.Last}); give one value per month, in order.",
                    nameof(values));
            }
        }
    }
}
