using System.Net;
using System.Text.RegularExpressions;
using Scorecard.Reports.Charts;

namespace Scorecard.Reports.Rendering;

/// <summary>
/// An indicator's full XmR chart as an SVG element to place inside an HTML page: the ScottPlot drawing
/// of <see cref="SpcChartRenderer"/> without its XML declaration, with every id made unique to the
/// chart so that several charts share one page, and with an accessible name and description.
/// </summary>
public static partial class InlineSpcChart
{
    /// <summary>Size of the chart in user units; the page scales it to the width available.</summary>
    public static SpcChartOptions Options(Core.Plans.Unit unit) => new()
    {
        Width = 900,
        Height = 420,
        ValueLabel = IndicatorTrend.ValueLabel(unit),
    };

    /// <summary>Returns the SVG element; <paramref name="idPrefix"/> must be unique in the page and valid in an id.</summary>
    public static string Render(IndicatorTrend trend, string title, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentException.ThrowIfNullOrWhiteSpace(idPrefix);
        var svg = SpcChartRenderer.RenderSvg(trend.Chart, DrawnTitle(title), Options(trend.Row.Indicator.Unit));

        svg = XmlDeclaration().Replace(svg, "");

        // ScottPlot numbers clip paths from a process-wide counter, so ids are renumbered in order of
        // appearance: the same chart then gives the same text in every run, and ids stay unique per chart.
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in IdAttribute().Matches(svg))
        {
            renamed.TryAdd(match.Groups[1].Value, $"{idPrefix}-{renamed.Count + 1}");
        }

        string Rename(string id) => renamed.TryGetValue(id, out var name) ? name : id;
        svg = IdAttribute().Replace(svg, match => $"id=\"{Rename(match.Groups[1].Value)}\"");
        svg = UrlReference().Replace(svg, match => $"url(#{Rename(match.Groups[1].Value)})");
        svg = HrefReference().Replace(svg, match => $"{match.Groups[1].Value}=\"#{Rename(match.Groups[2].Value)}\"");

        // The drawing keeps its pixel size as a viewBox so that CSS can scale it to the column width.
        var titleId = $"{idPrefix}-title";
        var descriptionId = $"{idPrefix}-desc";
        var root = SvgRoot().Match(svg);
        if (!root.Success)
        {
            throw new InvalidOperationException("The SPC chart renderer returned text without an <svg> element.");
        }

        var width = root.Groups["width"].Value;
        var height = root.Groups["height"].Value;
        var opening =
            $"<svg class=\"spc-chart\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" " +
            $"role=\"img\" aria-labelledby=\"{titleId}\" aria-describedby=\"{descriptionId}\">" +
            $"<title id=\"{titleId}\">{WebUtility.HtmlEncode(title)}: XmR chart of monthly values</title>" +
            $"<desc id=\"{descriptionId}\">{WebUtility.HtmlEncode(trend.Describe() + " " + trend.DescribeChart())}</desc>";
        return svg[..root.Index] + opening + svg[(root.Index + root.Length)..].Trim();
    }

    /// <summary>Most characters of a title drawn on the chart; at 18 px about 75 fit its 900 px width.</summary>
    public const int MaxDrawnTitleLength = 72;

    // A longer label is cut at a word with an ellipsis on the drawing; the accessible title and the caption keep it whole.
    private static string DrawnTitle(string title)
    {
        if (title.Length <= MaxDrawnTitleLength)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', MaxDrawnTitleLength - 1);
        return title[..(cut > 0 ? cut : MaxDrawnTitleLength - 1)].TrimEnd(',', ' ') + "\u2026";
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex("\\b((?:xlink:)?href)=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();

    [GeneratedRegex("<svg\\b[^>]*?\\bwidth=\"(?<width>[\\d.]+)\"[^>]*?\\bheight=\"(?<height>[\\d.]+)\"[^>]*>")]
    private static partial Regex SvgRoot();
}
