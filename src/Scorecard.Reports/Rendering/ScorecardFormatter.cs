using System.Globalization;
using Scorecard.Core;
using Scorecard.Core.Comparison;
using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Scorecards;
using Scorecard.Core.Statistics;
using Scorecard.Core.Time;

namespace Scorecard.Reports.Rendering;

/// <summary>How formatted numbers group their digits.</summary>
public enum NumberGrouping
{
    /// <summary>Thousands separators, as a printed scorecard shows them: "168,218".</summary>
    Thousands,

    /// <summary>No separators, so that spreadsheets read the text as a number: "168218".</summary>
    None,
}

/// <summary>
/// Display rules for every scorecard renderer, so that HTML, CSV and Markdown show the same figures.
/// </summary>
/// <remarks>
/// Every figure is rounded from its unrounded value, half away from zero: a percentage that falls
/// from 35.74 to 27.26 shows a difference of -8.5 points, although the displayed values 35.7 and 27.3
/// differ by 8.4. A result that rounds to zero never keeps its minus sign. Text uses the invariant
/// culture (full stop for decimals, comma for thousands, English month names), whatever the machine's culture.
/// </remarks>
public static class ScorecardFormatter
{
    /// <summary>Text shown in place of a value that is not available.</summary>
    public const string NotAvailableText = "n/a";

    /// <summary>Text shown in place of a difference that is not shown.</summary>
    public const string NotShownText = "-";

    /// <summary>Heading of the priority column.</summary>
    public const string PriorityHeading = "Police and Crime Plan Priorities";

    /// <summary>Heading of the indicator column.</summary>
    public const string IndicatorHeading = "Police Priority Indicators";

    /// <summary>Label of the row under a survey indicator that gives each window's interval half-width.</summary>
    public const string IntervalRowLabel = "Confidence Interval";

    /// <summary>Attribution that every published scorecard carries.</summary>
    public const string OpenGovernmentLicenceAttribution =
        "Contains public sector information licensed under the Open Government Licence v3.0.";

    /// <summary>Licence line of a report made only from a force's own records and returns.</summary>
    public const string ForceDataStatement = "Figures from the force's own records and returns; the force's terms of use apply.";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// Returns the licence line: the Open Government Licence attribution when any figures come from
    /// police.uk, otherwise <see cref="ForceDataStatement"/>, because a force's own data is not published under it.
    /// </summary>
    public static string LicenceStatement(ScorecardReport report) =>
        report.Coverage.Any(source => source.Source.StartsWith("police.uk", StringComparison.Ordinal))
            ? OpenGovernmentLicenceAttribution
            : ForceDataStatement;

    /// <summary>Returns the decimal places shown for <paramref name="unit"/>: none for counts, one for percentages, scores, days and rates.</summary>
    /// <remarks>Durations are shown as mm:ss, which rounds to whole seconds.</remarks>
    public static int DecimalPlaces(Unit unit) => unit switch
    {
        Unit.Count => 0,
        Unit.DurationSeconds => 0,
        Unit.Percentage or Unit.Score or Unit.Days or Unit.RatePer1000 => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, $"Unit {unit} has no display rule."),
    };

    /// <summary>
    /// Rounds <paramref name="value"/> to <paramref name="decimalPlaces"/> places, half away from zero,
    /// and returns zero without a sign when the result is zero.
    /// </summary>
    /// <remarks>
    /// The value first becomes a decimal of at most 15 significant digits, so that a difference such
    /// as 0.03 - 38.48, which binary floating point stores as -38.449999999999996, rounds as the
    /// exact -38.45 does, to -38.5.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or its size exceeds 10^28.</exception>
    public static decimal Round(double value, int decimalPlaces)
    {
        Guard.Finite(value);
        Guard.InRange(decimalPlaces, 0, 10);
        if (Math.Abs(value) >= 1e28)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"value is {value} but a scorecard figure must be smaller than 10^28.");
        }

        var rounded = Math.Round((decimal)value, decimalPlaces, MidpointRounding.AwayFromZero);
        return rounded == 0m ? decimal.Zero : rounded;
    }

    /// <summary>
    /// Formats a value in its unit: counts as whole numbers ("168,218"), percentages, scores, days and
    /// rates to one decimal ("13.8"), durations in seconds as mm:ss ("07:00").
    /// </summary>
    public static string FormatValue(double value, Unit unit, NumberGrouping grouping = NumberGrouping.Thousands)
    {
        if (unit == Unit.DurationSeconds)
        {
            return FormatDuration(value);
        }

        return FormatDecimal(Round(value, DecimalPlaces(unit)), DecimalPlaces(unit), grouping);
    }

    /// <summary>
    /// Formats a number difference in the indicator's own unit (percentage points for percentages),
    /// with a minus sign when negative and no plus sign, or "-" when <paramref name="difference"/> is null.
    /// </summary>
    public static string FormatNumberDifference(double? difference, Unit unit, NumberGrouping grouping = NumberGrouping.Thousands) =>
        difference is { } value ? FormatValue(value, unit, grouping) : NotShownText;

    /// <summary>Formats a % difference to one decimal ("-6.9"), or "-" when <paramref name="percent"/> is null.</summary>
    public static string FormatPercentDifference(double? percent, NumberGrouping grouping = NumberGrouping.Thousands) =>
        percent is { } value ? FormatDecimal(Round(value, 1), 1, grouping) : NotShownText;

    /// <summary>
    /// Formats a duration in seconds as mm:ss, rounded to whole seconds: 420 as "07:00", -96 as "-01:36".
    /// Minutes keep counting past 59 (3,725 seconds is "62:05") so that a column stays in one form.
    /// </summary>
    public static string FormatDuration(double seconds)
    {
        var whole = Round(seconds, 0);
        var sign = whole < 0 ? "-" : "";
        var magnitude = Math.Abs(whole);
        var minutes = decimal.Truncate(magnitude / 60);
        var remainder = magnitude - minutes * 60;
        return string.Create(Invariant, $"{sign}{minutes:00}:{remainder:00}");
    }

    /// <summary>Formats a whole number with thousands separators, such as a row count: "12,345".</summary>
    public static string FormatCount(long count) => count.ToString("N0", Invariant);

    /// <summary>Formats a window's value, or "n/a" when it is not available; the note marker travels beside the text.</summary>
    public static FormattedValue FormatWindowValue(WindowValue value, string? noteMarker, Unit unit, NumberGrouping grouping = NumberGrouping.Thousands)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Value is { } number
            ? new FormattedValue(FormatValue(number, unit, grouping), noteMarker, true)
            : new FormattedValue(NotAvailableText, noteMarker, false);
    }

    /// <summary>Formats every column of <paramref name="row"/> under <paramref name="priority"/>.</summary>
    /// <exception cref="ArgumentException">The row does not have exactly three values and three note markers.</exception>
    public static FormattedRow FormatRow(Priority priority, IndicatorRow row, NumberGrouping grouping = NumberGrouping.Thousands)
    {
        ArgumentNullException.ThrowIfNull(priority);
        ArgumentNullException.ThrowIfNull(row);
        var indicator = row.Indicator;
        if (row.Values.Count != 3 || row.NoteMarkers.Count != 3)
        {
            throw new ArgumentException(
                $"Indicator '{indicator.Id}' has {row.Values.Count} values and {row.NoteMarkers.Count} note markers, " +
                "but a scorecard row needs three of each: baseline, previous and current.",
                nameof(row));
        }

        var values = row.Values
            .Select((value, index) => FormatWindowValue(value, row.NoteMarkers[index], indicator.Unit, grouping))
            .ToList();

        return new FormattedRow(
            FormatPriority(priority),
            indicator.Id,
            indicator.Label,
            indicator.Footnotes,
            values,
            FormatNumberDifference(row.Differences.Number, indicator.Unit, grouping),
            FormatPercentDifference(row.Differences.Percent, grouping),
            row.Direction)
        {
            Subgroup = string.IsNullOrWhiteSpace(indicator.Subgroup) ? null : indicator.Subgroup,
            DirectionMethod = row.DirectionMethod,
            Interval = indicator.ShowInterval
                ? new FormattedIntervalRow(indicator.IntervalFootnotes, row.Values.Select(value => FormatIntervalHalfWidth(value.Interval)).ToList())
                : null,
        };
    }

    /// <summary>
    /// Formats the half-width of a 95% confidence interval in percentage points to one decimal, such as
    /// "1.2", or "-" when there is no interval.
    /// </summary>
    public static string FormatIntervalHalfWidth(ConfidenceInterval? interval) =>
        interval is null ? NotShownText : FormatDecimal(Round(interval.HalfWidth, 1), 1, NumberGrouping.Thousands);

    /// <summary>Formats an indicator's label with its sub-group for plain text, such as "Percentage of people ... - Victims".</summary>
    public static string FormatLabelWithSubgroup(string label, string? subgroup) =>
        subgroup is null ? label : $"{label} - {subgroup}";

    /// <summary>Returns the column headings generated from the report's windows.</summary>
    public static ScorecardHeadings Headings(ScorecardWindows windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var years = windows.ComparisonYears;
        return new ScorecardHeadings(
            PriorityHeading,
            IndicatorHeading,
            windows.Baseline.Label,
            windows.Previous.Label,
            windows.Current.Label,
            $"Number Difference {years}",
            $"% Difference {years}",
            $"Direction of Travel {years}");
    }

    /// <summary>Formats a priority's band label, such as "Priority 1 - Further investment in crime prevention".</summary>
    public static string FormatPriority(Priority priority) => $"Priority {priority.Number} - {priority.Title}";

    /// <summary>Formats the title line of a report: the force and the current window, such as "Essex Police: 12 months to May 2024".</summary>
    public static string FormatSubtitle(ScorecardReport report) => $"{report.Plan.ForceDisplayName}: {report.Windows.Current.Label}";

    /// <summary>Returns the direction's word: "Improving", "Stable", "Deteriorating" or "n/a".</summary>
    public static string FormatDirection(Direction direction) => DirectionStyle.For(direction).Text;

    /// <summary>Formats footnote numbers as a list, such as "1, 4", or an empty string when there are none.</summary>
    public static string FormatFootnoteNumbers(IEnumerable<int> footnotes) =>
        string.Join(", ", footnotes.Select(number => number.ToString(Invariant)));

    /// <summary>Formats a month as a heading does, such as "Dec 2017".</summary>
    public static string FormatMonth(ReportMonth month) => month.ToLongName();

    /// <summary>Formats months in ascending order with runs collapsed, such as "Jul 2019 to Sep 2019, Jan 2020", or "none".</summary>
    public static string FormatMonthRuns(IEnumerable<ReportMonth> months)
    {
        var ordered = months.Distinct().Order().ToList();
        if (ordered.Count == 0)
        {
            return "none";
        }

        var runs = new List<string>();
        var start = 0;
        for (var i = 1; i <= ordered.Count; i++)
        {
            var runEnds = i == ordered.Count || ordered[i].Ordinal != ordered[i - 1].Ordinal + 1;
            if (!runEnds)
            {
                continue;
            }

            var first = FormatMonth(ordered[start]);
            runs.Add(i - 1 == start ? first : $"{first} to {FormatMonth(ordered[i - 1])}");
            start = i;
        }

        return string.Join(", ", runs);
    }

    /// <summary>Formats when a report was made, in UTC and the British order, such as "4 December 2026 20:45 UTC".</summary>
    public static string FormatGeneratedAt(DateTimeOffset generatedAt) =>
        generatedAt.UtcDateTime.ToString("d MMMM yyyy HH:mm", Invariant) + " UTC";

    /// <summary>Formats one data source's coverage for the coverage table.</summary>
    public static FormattedCoverage FormatCoverage(DataCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var missing = coverage.MissingMonths.Count == 0
            ? "none"
            : $"{coverage.MissingMonths.Count.ToString(Invariant)} ({FormatMonthRuns(coverage.MissingMonths)})";

        return new FormattedCoverage(
            coverage.Source,
            coverage.Force,
            coverage.FirstMonth is { } first ? FormatMonth(first) : NotShownText,
            coverage.LastMonth is { } last ? FormatMonth(last) : NotShownText,
            coverage.FirstMonth is null ? NotShownText : missing,
            FormatRows(coverage));
    }

    // Bad records were left out at import, so the count sits beside the rows it would have added to.
    private static string FormatRows(DataCoverage coverage) => coverage.BadRows == 0
        ? FormatCount(coverage.Rows)
        : $"{FormatCount(coverage.Rows)} ({FormatCount(coverage.BadRows)} bad {(coverage.BadRows == 1 ? "row" : "rows")} left out)";

    /// <summary>Returns the unit as words for a data column, such as "percentage" or "duration (mm:ss)".</summary>
    public static string FormatUnit(Unit unit) => unit switch
    {
        Unit.Count => "count",
        Unit.Percentage => "percentage",
        Unit.Score => "score",
        Unit.DurationSeconds => "duration (mm:ss)",
        Unit.Days => "days",
        Unit.RatePer1000 => "rate per 1,000",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, $"Unit {unit} has no display rule."),
    };

    /// <summary>Returns the polarity as words: "lower is better" or "higher is better".</summary>
    public static string FormatPolarity(Polarity polarity) => polarity switch
    {
        Polarity.LowerIsBetter => "lower is better",
        Polarity.HigherIsBetter => "higher is better",
        _ => throw new ArgumentOutOfRangeException(nameof(polarity), polarity, $"Polarity {polarity} has no display rule."),
    };

    private static string FormatDecimal(decimal rounded, int decimalPlaces, NumberGrouping grouping)
    {
        var format = (grouping == NumberGrouping.Thousands ? "N" : "F") + decimalPlaces.ToString(Invariant);
        return rounded.ToString(format, Invariant);
    }
}
