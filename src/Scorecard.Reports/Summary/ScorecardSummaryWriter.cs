using Scorecard.Core.Comparison;
using Scorecard.Core.Plans;
using Scorecard.Core.Scorecards;
using Scorecard.Reports.Rendering;

namespace Scorecard.Reports.Summary;

/// <summary>
/// Writes the summary an analyst puts above a scorecard, in British English, from the report's figures:
/// the balance of directions, the largest improvements and deteriorations, significant survey changes,
/// the comparison with the baseline year and the gaps in the data.
/// </summary>
/// <remarks>
/// Every figure in the text is a formatted cell of the table (a value, a difference or an interval
/// half-width), quoted without its sign, so the summary can never disagree with the table. The only
/// other numbers are counts of indicators and the months of window labels and data notes. Rankings
/// use unrounded values: counts by % difference, percentages by percentage points, other units by
/// their change relative to the previous value.
/// </remarks>
public static class ScorecardSummaryWriter
{
    /// <summary>Most rows listed under each kind of unit in the improvements and deteriorations.</summary>
    public const int RowsPerGroup = 3;

    /// <summary>Writes the summary of <paramref name="report"/>.</summary>
    public static ScorecardSummary Write(ScorecardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var entries = report.Priorities
            .SelectMany(priority => priority.Rows.Select(row => new Entry(row, ScorecardFormatter.FormatRow(priority.Priority, row))))
            .ToList();

        var sections = new List<SummarySection> { Overview(report, entries) };
        AddChanges(sections, "Largest improvements", Direction.Improving, entries);
        AddChanges(sections, "Largest deteriorations", Direction.Deteriorating, entries);
        AddSurveys(sections, entries);
        AddBaseline(sections, report, entries);
        sections.Add(DataGaps(report, entries));
        return new ScorecardSummary(sections);
    }

    private static SummarySection Overview(ScorecardReport report, List<Entry> entries)
    {
        var windows = report.Windows;
        if (entries.Count == 0)
        {
            return new SummarySection("Overview", $"The plan has no indicators, so there is nothing to compare for the {windows.Current.Label}.", []);
        }

        int Count(Direction direction) => entries.Count(entry => entry.Row.Direction == direction);
        string Was(int count) => count == 1 ? "was" : "were";
        string lead;
        if (entries.Count == 1)
        {
            var word = ScorecardFormatter.FormatDirection(entries[0].Row.Direction).ToLowerInvariant();
            lead = $"Compared with the {windows.Previous.Label}, the one indicator in the {windows.Current.Label} was {word}.";
        }
        else
        {
            var improving = Count(Direction.Improving);
            var stable = Count(Direction.Stable);
            var deteriorating = Count(Direction.Deteriorating);
            lead =
                $"Compared with the {windows.Previous.Label}, {Words.Number(improving)} of the {Words.Number(entries.Count)} indicators in the {windows.Current.Label} " +
                $"{Was(improving)} improving, {Words.Number(stable)} {Was(stable)} stable and {Words.Number(deteriorating)} {Was(deteriorating)} deteriorating.";
        }

        var notAvailable = Count(Direction.NotAvailable);
        if (notAvailable > 0 && entries.Count > 1)
        {
            lead += $" No direction can be given for {Words.Number(notAvailable)} {Words.Plural(notAvailable, "indicator", "indicators")} because a value is not available.";
        }

        return new SummarySection("Overview", lead, []);
    }

    private static void AddChanges(List<SummarySection> sections, string heading, Direction direction, List<Entry> entries)
    {
        var moving = entries.Where(entry => entry.Row.Direction == direction).ToList();
        if (moving.Count == 0)
        {
            return;
        }

        var counts = moving
            .Where(entry => entry.Row.Indicator.Unit == Unit.Count && entry.Row.Differences.Percent is not null)
            .OrderByDescending(entry => Math.Abs(entry.Row.Differences.Percent!.Value))
            .ThenBy(entry => entry.Formatted.Indicator, StringComparer.Ordinal)
            .Take(RowsPerGroup);
        var percentages = moving
            .Where(entry => entry.Row.Indicator.Unit == Unit.Percentage && entry.Row.Differences.Number is not null)
            .OrderByDescending(entry => Math.Abs(entry.Row.Differences.Number!.Value))
            .ThenBy(entry => entry.Formatted.Indicator, StringComparer.Ordinal)
            .Take(RowsPerGroup);
        var others = moving
            .Where(entry => entry.Row.Indicator.Unit is not (Unit.Count or Unit.Percentage) || (entry.Row.Indicator.Unit == Unit.Count && entry.Row.Differences.Percent is null))
            .Where(entry => entry.Row.Differences.Number is not null)
            .OrderByDescending(entry => RelativeChange(entry.Row.Previous.Value, entry.Row.Current.Value))
            .ThenBy(entry => entry.Formatted.Indicator, StringComparer.Ordinal)
            .Take(RowsPerGroup);

        var bullets = counts.Concat(percentages).Concat(others).Select(ChangeSentence).ToList();
        var lead = bullets.Count < moving.Count
            ? $"Of the {Words.Number(moving.Count)} {direction.ToString().ToLowerInvariant()} indicators, the largest changes (up to three each of counts by % difference, percentages by percentage points, and other measures) were:"
            : null;
        sections.Add(new SummarySection(heading, lead, bullets));
    }

    /// <summary>Returns a sentence such as "Other theft offences fell by 57.8%, from 2,680 to 1,132."</summary>
    internal static string ChangeSentence(Entry entry)
    {
        var row = entry.Row;
        var formatted = entry.Formatted;
        var unit = row.Indicator.Unit;
        var name = Name(formatted);
        var previous = WithUnit(formatted.Values[1].Text, unit);
        var current = WithUnit(formatted.Values[2].Text, unit);
        var magnitude = Magnitude(formatted.NumberDifference);
        if (row.Differences.Number is not { } difference || magnitude is "0" or "0.0" or "00:00")
        {
            return $"{name} was unchanged at {current}.";
        }

        var verb = difference > 0 ? "rose" : "fell";
        var size = unit switch
        {
            Unit.Count when row.Differences.Percent is not null => $"{Magnitude(formatted.PercentDifference)}%",
            Unit.Percentage => $"{magnitude} percentage points",
            Unit.Score => $"{magnitude} points",
            Unit.Days => $"{magnitude} days",
            Unit.DurationSeconds => $"{magnitude} (mm:ss)",
            Unit.RatePer1000 => $"{magnitude} per thousand population",
            _ => magnitude,
        };
        return $"{name} {verb} by {size}, from {previous} to {current}.";
    }

    private static void AddSurveys(List<SummarySection> sections, List<Entry> entries)
    {
        var surveys = entries
            .Where(entry => entry.Row.Previous.Interval is not null && entry.Row.Current.Interval is not null && entry.Formatted.Interval is not null)
            .ToList();
        if (surveys.Count == 0)
        {
            return;
        }

        var bullets = new List<string>();
        foreach (var entry in surveys)
        {
            var formatted = entry.Formatted;
            var previous = $"{formatted.Values[1].Text}% (\u00B1{formatted.Interval!.HalfWidths[1]})";
            var current = $"{formatted.Values[2].Text}% (\u00B1{formatted.Interval.HalfWidths[2]})";
            var name = Name(formatted);
            if (entry.Row.Previous.Interval!.Overlaps(entry.Row.Current.Interval!))
            {
                bullets.Add($"{name} moved from {previous} to {current}; the intervals overlap, so the change is within the margin of error.");
                continue;
            }

            var verb = entry.Row.Current.Value > entry.Row.Previous.Value ? "rose" : "fell";
            bullets.Add($"{name} {verb} by {Magnitude(formatted.NumberDifference)} percentage points, from {previous} to {current}; the intervals do not overlap, so the change is significant.");
        }

        var significant = surveys.Count(entry => !entry.Row.Previous.Interval!.Overlaps(entry.Row.Current.Interval!));
        var lead =
            "Survey results carry a confidence interval (shown as \u00B1 percentage points); a change counts as significant only when the intervals of the two years do not overlap. " +
            $"{Words.Capitalise(Words.Number(significant))} of the {Words.Number(surveys.Count)} survey {Words.Plural(surveys.Count, "measure", "measures")} changed significantly.";
        sections.Add(new SummarySection("Survey measures", lead, bullets));
    }

    private static void AddBaseline(List<SummarySection> sections, ScorecardReport report, List<Entry> entries)
    {
        var compared = entries
            .Where(entry => entry.Row.Baseline.Value is not null && entry.Row.Current.Value is not null)
            .Select(entry => (Entry: entry, Standing: Standing(entry)))
            .ToList();
        if (compared.Count == 0)
        {
            return;
        }

        var better = compared.Where(item => item.Standing > 0).Select(item => item.Entry).ToList();
        var worse = compared.Where(item => item.Standing < 0).Select(item => item.Entry).ToList();
        var same = compared.Count(item => item.Standing == 0);
        var baseline = report.Windows.Baseline.Label;
        var lead =
            $"Against the baseline of the {baseline}, {Words.Number(better.Count)} {Words.Plural(better.Count, "indicator is", "indicators are")} better, " +
            $"{Words.Number(worse.Count)} {Words.Plural(worse.Count, "is", "are")} worse and {Words.Number(same)} {Words.Plural(same, "is", "are")} the same.";

        var bullets = Largest(better).Select(entry => BaselineSentence(entry, "better"))
            .Concat(Largest(worse).Select(entry => BaselineSentence(entry, "worse")))
            .ToList();
        sections.Add(new SummarySection("Against the baseline", lead, bullets));

        IEnumerable<Entry> Largest(List<Entry> group) => group
            .OrderByDescending(entry => RelativeChange(entry.Row.Baseline.Value, entry.Row.Current.Value))
            .ThenBy(entry => entry.Formatted.Indicator, StringComparer.Ordinal)
            .Take(RowsPerGroup);
    }

    private static string BaselineSentence(Entry entry, string comparison)
    {
        var unit = entry.Row.Indicator.Unit;
        return $"{Name(entry.Formatted)} stood at {WithUnit(entry.Formatted.Values[2].Text, unit)} against {WithUnit(entry.Formatted.Values[0].Text, unit)} in the baseline year ({comparison}).";
    }

    // +1 better than the baseline, -1 worse, 0 the same as displayed.
    private static int Standing(Entry entry)
    {
        if (entry.Formatted.Values[0].Text == entry.Formatted.Values[2].Text)
        {
            return 0;
        }

        var rose = entry.Row.Current.Value!.Value > entry.Row.Baseline.Value!.Value;
        return rose == (entry.Row.Indicator.Polarity == Polarity.HigherIsBetter) ? 1 : -1;
    }

    private static SummarySection DataGaps(ScorecardReport report, List<Entry> entries)
    {
        var bullets = new List<string>();
        bullets.AddRange(report.DataNotes.Select(note => note.Text));

        foreach (var coverage in report.Coverage)
        {
            if (coverage.FirstMonth is null)
            {
                bullets.Add($"No data is loaded from {coverage.Source} for {coverage.Force}.");
            }
            else if (coverage.MissingMonths.Count > 0)
            {
                bullets.Add($"{coverage.Source} ({coverage.Force}) has no data for {ScorecardFormatter.FormatMonthRuns(coverage.MissingMonths)}.");
            }

            if (coverage.BadRows > 0)
            {
                bullets.Add($"{coverage.Source} ({coverage.Force}) had {ScorecardFormatter.FormatCount(coverage.BadRows)} bad {(coverage.BadRows == 1 ? "row" : "rows")} left out at import.");
            }
        }

        var trendGaps = entries
            .Select(entry => (Entry: entry, Missing: entry.Row.Trend.Where(point => point.Value is null).Select(point => point.Month).ToList()))
            .Where(item => item.Missing.Count > 0)
            .GroupBy(item => ScorecardFormatter.FormatMonthRuns(item.Missing), StringComparer.Ordinal);
        foreach (var gap in trendGaps)
        {
            var names = gap.Select(item => Name(item.Entry.Formatted)).ToList();
            var whose = names.Count == entries.Count && entries.Count > 1 ? "every indicator" : Words.List(names);
            bullets.Add($"The monthly trend of {whose} has no value for {gap.Key}.");
        }

        var lead = bullets.Count == 0
            ? "Every value in the table is available, and no data source has months missing."
            : null;
        return new SummarySection("Data gaps", lead, bullets);
    }

    /// <summary>Returns |after - before| / |before|, or infinity when only <paramref name="before"/> is zero.</summary>
    private static double RelativeChange(double? before, double? after)
    {
        if (before is not { } from || after is not { } to)
        {
            return 0;
        }

        if (from == 0)
        {
            return to == 0 ? 0 : double.PositiveInfinity;
        }

        return Math.Abs(to - from) / Math.Abs(from);
    }

    // "Number of other theft offences" reads as "Other theft offences" in a sentence; a sub-group follows the label.
    private static string Name(FormattedRow row)
    {
        const string prefix = "Number of ";
        var label = row.Indicator.StartsWith(prefix, StringComparison.Ordinal) && row.Indicator.Length > prefix.Length
            ? Words.Capitalise(row.Indicator[prefix.Length..])
            : row.Indicator;
        return row.Subgroup is null ? label : $"{label} ({row.Subgroup})";
    }

    private static string WithUnit(string text, Unit unit) =>
        unit == Unit.Percentage && text != ScorecardFormatter.NotAvailableText ? text + "%" : text;

    private static string Magnitude(string formatted) => formatted.TrimStart('-');

    /// <summary>A row with its formatted cells.</summary>
    internal sealed record Entry(IndicatorRow Row, FormattedRow Formatted);
}
