using Scorecard.Core.Comparison;
using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;

namespace Scorecard.Core.Scorecards;

/// <summary>Builds a scorecard from a plan and the monthly series of its measures.</summary>
public static class ScorecardBuilder
{
    /// <summary>Evaluates every indicator of <paramref name="plan"/> for report month <paramref name="month"/>.</summary>
    public static ScorecardReport Build(
        Plan plan,
        ReportMonth month,
        IMeasureSeriesSource source,
        IReadOnlyList<DataCoverage> coverage,
        Provenance provenance)
    {
        var windows = ScorecardWindows.For(month, plan.BaselineEnd);
        var notes = new List<DataNote>();
        var methods = new List<string>();

        var priorities = plan.Priorities
            .Select(priority => new PriorityRows(priority, priority.Indicators.Select(indicator => BuildRow(indicator, windows, source, notes, methods)).ToList()))
            .ToList();

        var methodNotes = methods.Distinct().Select(DirectionMethods.Note).ToList();
        return new ScorecardReport(plan, month, windows, priorities, notes, methodNotes, coverage, provenance);
    }

    private static IndicatorRow BuildRow(Indicator indicator, ScorecardWindows windows, IMeasureSeriesSource source, List<DataNote> notes, List<string> methods)
    {
        var values = windows.InColumnOrder.Select(window => WindowEvaluator.Evaluate(indicator.Measure, source, window)).ToList();

        var markers = values.Select(value => value.IsAvailable && value.Note is null ? null : AddNote(notes, indicator, value)).ToList();

        var method = DirectionMethods.For(indicator);
        methods.Add(method.Name);
        var trend = MonthlyPoints(indicator, windows, source);
        var input = new DirectionInput(values[1], values[2], indicator.Polarity, () => trend);

        return new IndicatorRow(
            indicator,
            values,
            markers,
            Differences.Between(values[1].Value, values[2].Value, indicator),
            method.Decide(input),
            method.Name)
        {
            Trend = trend,
        };
    }

    /// <summary>Months of the trend series, up to and including the report month: enough points for firm XmR limits.</summary>
    public const int TrendMonths = 36;

    // The indicator's value in each single month of the trend.
    private static IReadOnlyList<Spc.SpcPoint> MonthlyPoints(Indicator indicator, ScorecardWindows windows, IMeasureSeriesSource source) =>
        Spc.IndicatorSeries.Monthly(indicator.Measure, source, windows.Current.Last.AddMonths(1 - TrendMonths), windows.Current.Last);

    // Months missing from the data affect every indicator of the source alike, so their note names
    // the window only and one marker serves every row it applies to. Other notes name the indicator.
    private static string AddNote(List<DataNote> notes, Indicator indicator, WindowValue value)
    {
        var reason = value.IsAvailable ? value.Note : $"not available because {value.UnavailableReason}";
        var text = value.MissingMonths.Count > 0
            ? $"{value.Window.Label}: {reason}."
            : $"{indicator.Label}, {value.Window.Label}: {reason}.";

        var existing = notes.FirstOrDefault(note => note.Text == text);
        if (existing is not null)
        {
            return existing.Marker;
        }

        var marker = NoteMarker(notes.Count);
        notes.Add(new DataNote(marker, text));
        return marker;
    }

    // Markers run a..z, then aa, ab, and so on, so they never clash with the plan's numbered footnotes.
    private static string NoteMarker(int index) =>
        index < 26 ? ((char)('a' + index)).ToString() : NoteMarker(index / 26 - 1) + (char)('a' + index % 26);
}
