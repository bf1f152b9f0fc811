using System.Globalization;
using System.Net;
using System.Text;
using Scorecard.Core.Spc;

namespace Scorecard.Reports.Rendering;

/// <summary>
/// Draws a small inline SVG line of an indicator's monthly trend: the values as a line broken at
/// months with no data, the band between the latest XmR process limits as shown (truncated at the
/// indicator's bounds), the mean, and the latest
/// month as a dot coloured by its SPC point type. The SVG is an image with the trend's description
/// as its accessible name, so screen readers read the description and not the drawing.
/// </summary>
public static class TrendSparkline
{
    /// <summary>Width of the drawing in CSS pixels.</summary>
    public const int Width = 120;

    /// <summary>Height of the drawing in CSS pixels.</summary>
    public const int Height = 30;

    private const double Padding = 3;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Returns the SVG element; <paramref name="titleId"/> must be unique in the page.</summary>
    public static string Render(IndicatorTrend trend, string titleId)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentException.ThrowIfNullOrWhiteSpace(titleId);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"sparkline\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{titleId}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">{WebUtility.HtmlEncode(trend.Describe())}</title>");

        var points = trend.Points;
        var values = points.Where(point => point.Value is not null).Select(point => point.Value!.Value).ToList();
        if (values.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<line class=\"no-data\" x1=\"{Padding}\" y1=\"{Height / 2}\" x2=\"{Width - Padding}\" y2=\"{Height / 2}\" stroke=\"#767676\" stroke-dasharray=\"3 3\"/>");
            svg.Append("</svg>");
            return svg.ToString();
        }

        var limits = trend.Chart.Segments.LastOrDefault()?.Limits;
        var low = values.Min();
        var high = values.Max();
        if (limits is not null)
        {
            low = Math.Min(low, limits.LowerShown);
            high = Math.Max(high, limits.UpperShown);
        }

        double X(int index) => points.Count == 1 ? Width / 2.0 : Padding + index * (Width - 2 * Padding) / (points.Count - 1);
        double Y(double value) => high == low ? Height / 2.0 : Height - Padding - (value - low) / (high - low) * (Height - 2 * Padding);

        if (limits is not null)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"limits\" x=\"{Number(Padding)}\" y=\"{Number(Y(limits.UpperShown))}\" width=\"{Number(Width - 2 * Padding)}\" height=\"{Number(Y(limits.LowerShown) - Y(limits.UpperShown))}\" fill=\"#e3eaf3\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<line class=\"mean\" x1=\"{Number(Padding)}\" y1=\"{Number(Y(limits.Centre))}\" x2=\"{Number(Width - Padding)}\" y2=\"{Number(Y(limits.Centre))}\" stroke=\"#767676\" stroke-width=\"0.75\"/>");
        }

        foreach (var run in Runs(points))
        {
            if (run.Count == 1)
            {
                svg.Append(CultureInfo.InvariantCulture,
                    $"<circle class=\"value\" cx=\"{Number(X(run[0]))}\" cy=\"{Number(Y(points[run[0]].Value!.Value))}\" r=\"1\" fill=\"#1f3a5f\"/>");
                continue;
            }

            var coordinates = string.Join(" ", run.Select(index => $"{Number(X(index))},{Number(Y(points[index].Value!.Value))}"));
            svg.Append(CultureInfo.InvariantCulture,
                $"<polyline class=\"value\" points=\"{coordinates}\" fill=\"none\" stroke=\"#1f3a5f\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/>");
        }

        if (trend.Chart.LatestPoint is { } latest)
        {
            var index = points.ToList().FindIndex(point => point.Month == latest.Month);
            svg.Append(CultureInfo.InvariantCulture,
                $"<circle class=\"latest {PointClass(latest.Type)}\" cx=\"{Number(X(index))}\" cy=\"{Number(Y(latest.Value!.Value))}\" r=\"2.75\" fill=\"{PointColour(latest.Type)}\" stroke=\"#1b1b1b\" stroke-width=\"0.75\"/>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Returns the CSS class of a point type, such as "improvement".</summary>
    public static string PointClass(SpcPointType type) => type switch
    {
        SpcPointType.Improvement => "improvement",
        SpcPointType.Concern => "concern",
        SpcPointType.Neither => "neither",
        _ => "common-cause",
    };

    // Making Data Count's colours: blue improvement, orange concern, purple neither, grey common cause.
    private static string PointColour(SpcPointType type) => type switch
    {
        SpcPointType.Improvement => "#00b0f0",
        SpcPointType.Concern => "#e46c0a",
        SpcPointType.Neither => "#490092",
        _ => "#a6a6a6",
    };

    // Index runs of consecutive months that have values; a month with no value breaks the line.
    private static List<List<int>> Runs(IReadOnlyList<SpcPoint> points)
    {
        var runs = new List<List<int>>();
        List<int>? current = null;
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value is null)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                runs.Add(current);
            }

            current.Add(i);
        }

        return runs;
    }

    private static string Number(double value) => value.ToString("0.##", Invariant);
}
