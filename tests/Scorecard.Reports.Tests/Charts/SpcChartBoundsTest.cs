using System.Xml.Linq;
using Scorecard.Core.Plans;
using Scorecard.Core.Spc;
using Scorecard.Core.Time;
using Scorecard.Reports.Charts;

namespace Scorecard.Reports.Tests.Charts;

/// <summary>Charts of small counts whose calculated lower limit is below the floor of 0.</summary>
public sealed class SpcChartBoundsTest
{
    private const string Title = "Number of possession of weapons offences";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // 1, 0, 2, 0, 1, 3, 0, 1: mean 1, mean moving range 12 / 7, limits 1 +- 4.56 = -3.56 to 5.56.
    private static readonly double[] SmallCounts = [1, 0, 2, 0, 1, 3, 0, 1];

    private static readonly XmrOptions FloorZero = XmrOptions.Default with { Bounds = new SpcBounds(0, null) };

    private static XmrResult Calculate(XmrOptions options, params double[] values)
    {
        var points = values.Select((value, i) => new SpcPoint(new ReportMonth(2019, 1).AddMonths(i), value)).ToList();
        return XmrChart.Calculate(points, options, Polarity.LowerIsBetter, target: null);
    }

    // The caption wraps, so its notes are read as the texts joined by spaces.
    private static string Caption(XmrResult result) => string.Join(" ", Texts(result));

    private static List<string> Texts(XmrResult result) =>
        XDocument.Parse(SpcChartRenderer.RenderSvg(result, Title)).Descendants(Svg + "text").Select(text => text.Value.Trim()).ToList();

    // ScottPlot writes negative tick labels with a hyphen-minus or U+2212.
    private static bool IsNegativeTick(string text) =>
        (text.StartsWith('-') || text.StartsWith('\u2212')) && double.TryParse(text[1..], System.Globalization.CultureInfo.InvariantCulture, out _);

    [Fact]
    public void RenderSvg_FloorZero_NoteGivesCalculatedLimit()
    {
        Assert.Contains("Lower process limit truncated at 0 (calculated -3.6).", Caption(Calculate(FloorZero, SmallCounts)), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderSvg_NoBounds_NoTruncationNote()
    {
        Assert.DoesNotContain("truncated", Caption(Calculate(XmrOptions.Default, SmallCounts)), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderSvg_FloorZero_NoNegativeTicks()
    {
        Assert.DoesNotContain(Texts(Calculate(FloorZero, SmallCounts)), IsNegativeTick);
    }

    [Fact]
    public void RenderSvg_NoBounds_AxisReachesCalculatedLimit()
    {
        Assert.Contains(Texts(Calculate(XmrOptions.Default, SmallCounts)), IsNegativeTick);
    }

    [Fact]
    public void RenderSvg_CeilingHundred_NoteGivesCalculatedLimit()
    {
        // 96, 99, 97, 100, 98: mean 98, mean moving range 2.5, limits 91.35 to 104.65.
        var result = Calculate(XmrOptions.Default with { Bounds = new SpcBounds(0, 100) }, 96, 99, 97, 100, 98);

        Assert.Contains("Upper process limit truncated at 100 (calculated 104.7).", Caption(result), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderSvg_TwoSegments_NoteNamesSegment()
    {
        // After the rebase 0, 1, 0, 1: mean 0.5, moving ranges 1, limits 0.5 +- 2.66 = -2.16 to 3.16.
        var options = FloorZero with { Rebases = [new SpcRebase(new ReportMonth(2019, 9), "New counting rules")] };

        var texts = Caption(Calculate(options, [.. SmallCounts, 0, 1, 0, 1]));

        Assert.Contains("Lower process limit for Jan 2019 to Aug 2019 truncated at 0 (calculated -3.6).", texts, StringComparison.Ordinal);
        Assert.Contains("Lower process limit for Sep 2019 to Dec 2019 truncated at 0 (calculated -2.2).", texts, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderPng_FloorZero_Decodes()
    {
        using var bitmap = SkiaSharp.SKBitmap.Decode(SpcChartRenderer.RenderPng(Calculate(FloorZero, SmallCounts), Title));

        Assert.Equal(1000, bitmap.Width);
    }
}
