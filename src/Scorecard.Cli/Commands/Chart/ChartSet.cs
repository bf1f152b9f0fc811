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
    public XmrResult Calculate(Indicator indicator, StoreSeriesSource source)
    {
        var points = IndicatorSeries.Build(indicator.Measure, source, First, Last, Kind);
        var target = source.Area is not null && indicator.Unit == Unit.Count ? null : indicator.Target;
        return XmrChart.Calculate(points, indicator.SpcOptions.WithRebasesInside(points), indicator.Polarity, target);
    }

    /// <summary>Returns the indicator's value over the last point's window, for the reason when it has none.</summary>
    public WindowValue LastValue(Indicator indicator, IMeasureSeriesSource source) =>
        WindowEvaluator.Evaluate(indicator.Measure, source, Window.MonthsEnding(Kind == SpcSeriesKind.Monthly ? 1 : 12, Last));

    /// <summary>
    /// Writes the chart as <c>ID-spc.svg</c> and <c>.png</c>, or <c>ID-spc-SLUG</c> for an area,
    /// and returns the path without its extension.
    /// </summary>
    public string Write(Indicator indicator, XmrResult result, string? area, string? slug)
    {
        var title = area is null ? indicator.Label : $"{indicator.Label}: {area}";
        if (Kind == SpcSeriesKind.Rolling12Months)
        {
            title += " (rolling 12 months)";
        }

        var options = new SpcChartOptions { ValueLabel = UnitLabel(indicator.Unit) };
        var stem = Path.Combine(Folder, slug is null ? $"{indicator.Id}-spc" : $"{indicator.Id}-spc-{slug}");
        SpcChartRenderer.WriteSvg(result, title, stem + ".svg", options);
        SpcChartRenderer.WritePng(result, title, stem + ".png", options);
        return stem;
    }

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
