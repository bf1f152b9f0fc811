using System.Globalization;
using ScottPlot;
using ScottPlot.Panels;
using Scorecard.Core.Spc;
using Scorecard.Core.Time;

namespace Scorecard.Reports.Charts;

/// <summary>Builds the ScottPlot plot of an XmR chart; x is the number of months after the first month.</summary>
internal static class SpcChartPlot
{
    private const float MarkerSize = 8;
    private const int MaxMonthLabels = 12;
    private const float CaptionFontSize = 12;

    // Pixels of the image width left clear of the caption, about the width of the vertical axis.
    private const float CaptionMargin = 100;

    public static Plot Build(XmrResult result, string title, SpcChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);

        var plot = new Plot();
        plot.Font.Set(SpcChartRenderer.FontName);
        plot.Title(Guard(title));
        plot.Axes.Title.Label.FontSize = 18;
        AddSubtitle(plot, Subtitle(result));
        plot.YLabel(options.ValueLabel);

        if (result.Points.Count == 0)
        {
            return plot;
        }

        var first = result.Points[0].Month;
        double X(ReportMonth month) => month.Ordinal - first.Ordinal;

        AddSegmentLines(plot, result, X);
        AddTarget(plot, result.Target);
        AddValueLine(plot, result, X, options.SeriesLabel);
        AddMarkers(plot, result, X);
        AddRebaseLines(plot, result, X);

        var monthCount = (int)X(result.Points[^1].Month) + 1;
        var (positions, labels) = MonthTicks.Choose(first, monthCount, MaxMonthLabels);
        plot.Axes.Bottom.SetTicks(positions, labels);
        plot.Axes.SetLimitsX(-0.5, monthCount - 0.5);
        var (bottom, top) = VerticalRange(result);
        plot.Axes.SetLimitsY(bottom, top);
        AddRebaseLabels(plot, result, X, monthCount, top);

        plot.ShowLegend(Edge.Bottom);
        AddNotes(plot, result, options);
        return plot;
    }

    private static string Guard(string title) =>
        string.IsNullOrWhiteSpace(title) ? throw new ArgumentException("The chart title is empty; pass the indicator's label.", nameof(title)) : title;

    /// <summary>Returns the subtitle: the variation icon at the latest point and, with a target, the assurance icon.</summary>
    private static string Subtitle(XmrResult result)
    {
        if (result.LatestPoint is not { } latest)
        {
            return "No data";
        }

        var text = $"{latest.Month.ToLongName()}: {SpcIcons.Describe(result.Variation)}";
        if (result.Assurance != AssuranceIcon.None)
        {
            text += $". {SpcIcons.Describe(result.Assurance)}";
        }

        return text;
    }

    private static void AddSegmentLines(Plot plot, XmrResult result, Func<ReportMonth, double> x)
    {
        var meanInLegend = false;
        var limitsInLegend = false;
        foreach (var segment in result.Segments)
        {
            if (segment.Limits is not { } limits)
            {
                continue;
            }

            double[] xs = [x(segment.FirstMonth) - 0.5, x(segment.LastMonth) + 0.5];
            var mean = plot.Add.Scatter(xs, new[] { limits.Centre, limits.Centre }, SpcChartPalette.Mean);
            mean.MarkerSize = 0;
            mean.LineWidth = 1.5f;
            mean.LegendText = meanInLegend ? "" : "Mean";
            meanInLegend = true;

            foreach (var y in new[] { limits.UpperShown, limits.LowerShown })
            {
                var line = plot.Add.Scatter(xs, new[] { y, y }, SpcChartPalette.Limits);
                line.MarkerSize = 0;
                line.LineWidth = 1.5f;
                line.LinePattern = LinePattern.Dashed;
                line.LegendText = limitsInLegend ? "" : "Process limits";
                limitsInLegend = true;
            }
        }
    }

    private static void AddTarget(Plot plot, double? target)
    {
        if (target is not { } goal)
        {
            return;
        }

        var line = plot.Add.HorizontalLine(goal, 1.5f, SpcChartPalette.Target);
        line.LegendText = "Target";
    }

    /// <summary>Draws the values as a grey line, broken at every gap so no line crosses a missing month.</summary>
    private static void AddValueLine(Plot plot, XmrResult result, Func<ReportMonth, double> x, string legendText)
    {
        var run = new List<XmrPoint>();
        var inLegend = false;
        foreach (var point in result.Points.Append(null))
        {
            var continues = point?.Value is not null && (run.Count == 0 || point.Month.Ordinal == run[^1].Month.Ordinal + 1);
            if (continues)
            {
                run.Add(point!);
                continue;
            }

            if (run.Count > 1)
            {
                var line = plot.Add.Scatter(run.Select(p => x(p.Month)).ToArray(), run.Select(p => p.Value!.Value).ToArray(), SpcChartPalette.ValueLine);
                line.MarkerSize = 0;
                line.LineWidth = 2;
                line.LegendText = inLegend ? "" : legendText;
                inLegend = true;
            }

            run.Clear();
            if (point?.Value is not null)
            {
                run.Add(point);
            }
        }
    }

    private static void AddMarkers(Plot plot, XmrResult result, Func<ReportMonth, double> x)
    {
        (SpcPointType Type, string Label)[] kinds =
        [
            (SpcPointType.CommonCause, "Common cause"),
            (SpcPointType.NotAssessed, "No limits"),
            (SpcPointType.Improvement, "Improvement"),
            (SpcPointType.Concern, "Concern"),
            (SpcPointType.Neither, "Special cause, neither"),
        ];

        foreach (var (type, label) in kinds)
        {
            var points = result.Points.Where(point => point.Type == type).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var markers = plot.Add.Scatter(points.Select(p => x(p.Month)).ToArray(), points.Select(p => p.Value!.Value).ToArray(), SpcChartPalette.ForPoint(type));
            markers.LineWidth = 0;
            markers.MarkerSize = MarkerSize;
            markers.MarkerShape = MarkerShape.FilledCircle;
            markers.LegendText = label;
        }
    }

    private static void AddRebaseLines(Plot plot, XmrResult result, Func<ReportMonth, double> x)
    {
        foreach (var rebase in Rebases(result))
        {
            var line = plot.Add.VerticalLine(x(rebase.Month) - 0.5, 1.5f, SpcChartPalette.Rebase);
            line.LinePattern = LinePattern.Dotted;
        }
    }

    /// <summary>
    /// Writes each rebase's month and reason at the top of the plot beside its line: to the right
    /// of it, or to the left when the line is in the right-hand third, so the text stays inside.
    /// </summary>
    private static void AddRebaseLabels(Plot plot, XmrResult result, Func<ReportMonth, double> x, int monthCount, double top)
    {
        foreach (var rebase in Rebases(result))
        {
            var lineX = x(rebase.Month) - 0.5;
            var onRight = lineX > monthCount * 2.0 / 3;
            var label = plot.Add.Text($"Rebased {rebase.Month.ToLongName()}: {rebase.Reason}", lineX, top);
            label.Alignment = onRight ? Alignment.UpperRight : Alignment.UpperLeft;
            label.OffsetX = onRight ? -4 : 4;
            label.OffsetY = 4;
            label.LabelFontSize = 12;
            label.LabelFontColor = SpcChartPalette.Rebase;
            label.LabelFontName = SpcChartRenderer.FontName;
        }
    }

    private static IEnumerable<SpcRebase> Rebases(XmrResult result) =>
        result.Segments.Select(segment => segment.Rebase).OfType<SpcRebase>();

    /// <summary>
    /// Returns the vertical axis range: every value, shown limit and target, with 5% room below
    /// and 12% above for the rebase labels. A limit truncated at a bound takes no room beyond it.
    /// </summary>
    private static (double Bottom, double Top) VerticalRange(XmrResult result)
    {
        var ys = result.Points.Where(point => point.Value is not null).Select(point => point.Value!.Value)
            .Concat(result.Segments.Where(segment => segment.Limits is not null).SelectMany(segment => new[] { segment.Limits!.LowerShown, segment.Limits.UpperShown }))
            .Concat(result.Target is { } target ? [target] : [])
            .ToList();
        if (ys.Count == 0)
        {
            return (0, 1);
        }

        var low = ys.Min();
        var high = ys.Max();
        var span = high - low;
        if (span == 0)
        {
            // A flat series with zero-width limits: give it a visible band around the value.
            span = Math.Max(Math.Abs(high), 1);
        }

        return (low - 0.05 * span, high + 0.12 * span);
    }

    /// <summary>
    /// States the series notes or gaps, then baselines, provisional limits and limits truncated at a
    /// bound, under the chart. The months on the horizontal axis need no caption, so the axis label
    /// carries these notes.
    /// </summary>
    private static void AddNotes(Plot plot, XmrResult result, SpcChartOptions options)
    {
        var seriesNotes = options.SeriesNotes;
        var notes = new List<string>(seriesNotes ?? []);
        var missing = result.Points.Where(point => point.Type == SpcPointType.Missing).Select(point => point.Month).ToList();
        if (missing.Count > 0 && seriesNotes is null)
        {
            notes.Add($"No data for {MonthList.Describe(missing)}, shown as a gap.");
        }

        foreach (var segment in result.Segments.Where(segment => segment.Limits is not null))
        {
            if (LimitsNote(result, segment) is { } note)
            {
                notes.Add(note);
            }

            var span = result.Segments.Count > 1 ? segment.Describe() : null;
            notes.AddRange(TruncatedLimitsNote.Describe(segment.Limits!, FormatLimit, span));
        }

        if (notes.Count == 0)
        {
            return;
        }

        plot.XLabel(CaptionLines.Wrap(notes, options.Width - CaptionMargin, CaptionFontSize), CaptionFontSize);
        plot.Axes.Bottom.Label.ForeColor = SpcChartPalette.Warning;
        plot.Axes.Bottom.Label.Bold = false;
    }

    /// <summary>Returns the note on a segment's limits when they are fixed from a baseline or provisional, otherwise null.</summary>
    private static string? LimitsNote(XmrResult result, XmrSegment segment)
    {
        var points = $"{segment.BaselinePointCount} points";
        if (segment.BaselinePointCount < segment.PointCount)
        {
            var baseline = result.Points.Where(point => point.SegmentIndex == segment.Index && point.InBaseline).ToList();
            var span = MonthList.Span(baseline[0].Month, baseline[^1].Month);
            return segment.IsProvisional
                ? $"Limits fixed from {span} are provisional ({points})."
                : $"Limits fixed from {span} ({points}).";
        }

        return segment.IsProvisional ? $"Limits are provisional for {segment.Describe()} ({points})." : null;
    }

    /// <summary>Formats a limit or bound for a note to one decimal, as "-3.2", with no sign on a zero.</summary>
    private static string FormatLimit(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("#,##0.#", CultureInfo.InvariantCulture);
    }

    private static void AddSubtitle(Plot plot, string text)
    {
        var panel = new TitlePanel();
        panel.Label.Text = text;
        panel.Label.FontSize = 13;
        panel.Label.Bold = false;
        panel.Label.FontName = SpcChartRenderer.FontName;
        plot.Axes.AddPanel(panel);
    }
}
