using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Spc;
using Scorecard.Core.Time;
using Scorecard.Data.Measures;
using Scorecard.Reports.Charts;

namespace Scorecard.Cli.Commands.Chart;

/// <summary>
/// The months, kind of series and folder shared by the charts of one <c>scorecard chart</c> run,
/// for the whole force and for areas alike.
/// </summary>
/// <param name="First">First month charted.</param>
/// <param name="Last">Last month charted.</param>
/// <param name="Kind">Value per point: the month's own, or the 12 months to it.</param>
/// <param name="Folder">Folder the SVG and PNG files are written to.</param>
internal sealed record ChartSet(ReportMonth First, ReportMonth Last, SpcSeriesKind Kind, string Folder)
{
    /// <summary>
    /// Builds the indicator's series from <paramref name="source"/> and calculates its XmR chart.
    /// An area's chart has no target when the indicator is a count, because a plan sets counts
    /// for the whole force and an area's share of one is not a target.
    /// </summary>
    public ChartedSeries Calculate(Indicator indicator, StoreSeriesSource source)
    {
        var values = IndicatorSeries.Evaluate(indicator.Measure, source, First, Last, Kind);
        var points = values.Select(value => new SpcPoint(value.Window.Last, value.Value)).ToList();
        var target = source.Area is not null && indicator.Unit == Unit.Count ? null : indicator.Target;
        var notes = SeriesNotes(values);
        var result = XmrChart.Calculate(points, indicator.SpcOptions.WithRebasesInside(points), indicator.Polarity, target, notes);
        return new ChartedSeries(result, notes);
    }

    /// <summary>Returns the indicator's value over the last point's window, for the reason when it has none.</summary>
    public WindowValue LastValue(Indicator indicator, IMeasureSeriesSource source) =>
        WindowEvaluator.Evaluate(indicator.Measure, source, Window.MonthsEnding(IndicatorSeries.WindowMonths(Kind), Last));

    /// <summary>
    /// Writes the chart as <c>ID-spc.svg</c> and <c>.png</c>, or <c>ID-spc-SLUG</c> for an area,
    /// with <c>-rolling-12</c> after <c>spc</c> for a rolling series so it never replaces the monthly
    /// chart, and returns the path without its extension.
    /// </summary>
    public string Write(Indicator indicator, ChartedSeries chart, string? area, string? slug)
    {
        var title = area is null ? indicator.Label : $"{indicator.Label}: {area}";
        if (Kind == SpcSeriesKind.Rolling12Months)
        {
            title += " (rolling 12 months)";
        }

        var options = new SpcChartOptions
        {
            ValueLabel = UnitLabel(indicator.Unit),
            SeriesLabel = SeriesLabel.For(indicator, Kind),
            SeriesNotes = chart.Notes,
        };
        var kind = Kind == SpcSeriesKind.Rolling12Months ? "spc-rolling-12" : "spc";
        var stem = Path.Combine(Folder, slug is null ? $"{indicator.Id}-{kind}" : $"{indicator.Id}-{kind}-{slug}");
        SpcChartRenderer.WriteSvg(chart.Result, title, stem + ".svg", options);
        SpcChartRenderer.WritePng(chart.Result, title, stem + ".png", options);
        return stem;
    }

    // A rolling series explains its own gaps and cautions against reading its special causes. A
    // monthly series keeps the chart's usual note on months with no data.
    private IReadOnlyList<string>? SeriesNotes(IReadOnlyList<WindowValue> values) =>
        Kind == SpcSeriesKind.Rolling12Months ? [RollingSeriesNotes.Overlap, .. RollingSeriesNotes.Describe(values)] : null;

    private static string UnitLabel(Unit unit) => unit switch
    {
        Unit.Count => "Number",
        Unit.Percentage => "Percentage",
        Unit.Score => "Score",
        Unit.DurationSeconds => "Seconds",
        Unit.Days => "Days",
        Unit.RatePer1000 => "Rate per 1,000",
        _ => "Value",
    };
}

/// <summary>A calculated XmR chart and the notes its series puts under it.</summary>
/// <param name="Result">The chart, whose warnings begin with <paramref name="Notes"/>.</param>
/// <param name="Notes">Caution and gap notes of a rolling series, or null for a monthly series, whose chart names its months with no data itself.</param>
internal sealed record ChartedSeries(XmrResult Result, IReadOnlyList<string>? Notes);
