using System.Globalization;
using System.Text.RegularExpressions;
using Scorecard.Core.Spc;
using Scorecard.Reports.Excel;
using Scorecard.Reports.Rendering;
using Scorecard.Reports.Tests.Excel;

namespace Scorecard.Reports.Tests.Rendering;

/// <summary>
/// A small count whose calculated lower limit is -2.648 (see <see cref="TestReports.SmallCounts"/>),
/// with a floor of 0 and without one, through the trend text, the sparkline and the XLSX sheet.
/// </summary>
public sealed partial class TruncatedLimitsTests
{
    private static readonly SpcBounds FloorZero = new(0, null);

    private static IndicatorTrend Trend(SpcBounds bounds) => IndicatorTrend.For(TestReports.SmallCounts(bounds).Rows.Single());

    [Fact]
    public void DescribeChart_FloorZero_ShownLimitsAndNote()
    {
        Assert.StartsWith(
            "Mean 1, process limits 0 to 5. Lower process limit truncated at 0 (calculated -3). ",
            Trend(FloorZero).DescribeChart(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void DescribeChart_NoBounds_CalculatedLimits()
    {
        var text = Trend(SpcBounds.None).DescribeChart();

        Assert.StartsWith("Mean 1, process limits -3 to 5. ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("truncated", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sparkline_FloorZero_ZerosOnBandBottom()
    {
        // The drawing spans y = 27 (lowest) to 3 (highest). The band is 0 to 4.648, so the zeros
        // lie on its bottom edge, at 27.
        var svg = TrendSparkline.Render(Trend(FloorZero), "t");
        var band = LimitsBand(svg);

        Assert.Equal(27, band.Y + band.Height, 2);
        Assert.Equal(27, ValueYs(svg).Max(), 2);
    }

    [Fact]
    public void Sparkline_NoBounds_ZerosAboveBandBottom()
    {
        // The band is -2.648 to 4.648, so the zeros lie 24 x 2.648 / 7.296 = 8.71 pixels above
        // its bottom edge, at 27 - 8.71 = 18.29.
        var svg = TrendSparkline.Render(Trend(SpcBounds.None), "t");
        var band = LimitsBand(svg);

        Assert.Equal(27, band.Y + band.Height, 2);
        Assert.Equal(18.29, ValueYs(svg).Max(), 2);
    }

    [Fact]
    public void Xlsx_FloorZero_LowerLimitColumnIsZero()
    {
        var workbook = XlsxScorecardWriterTests.Workbook.Of(TestReports.SmallCounts(FloorZero));

        Assert.Equal("Lower process limit", workbook.Text("weapons", "D4"));
        Assert.Equal(0, workbook.Number("weapons", "D5"));
        Assert.Equal(1 + 2.66 * 48 / 35, workbook.Number("weapons", "E5"), 9);
        Assert.Equal("Lower process limit truncated at 0 (calculated -3).", workbook.Text("weapons", "A3"));
    }

    [Fact]
    public void Xlsx_NoBounds_LowerLimitAsCalculated()
    {
        var workbook = XlsxScorecardWriterTests.Workbook.Of(TestReports.SmallCounts(SpcBounds.None));

        Assert.Equal(1 - 2.66 * 48 / 35, workbook.Number("weapons", "D5"), 9);
        Assert.Null(workbook.CellOrNull("weapons", "A3"));
    }

    private static (double Y, double Height) LimitsBand(string svg)
    {
        var match = LimitsRect().Match(svg);
        Assert.True(match.Success, "The sparkline has no limits band.");
        return (double.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), double.Parse(match.Groups["height"].Value, CultureInfo.InvariantCulture));
    }

    private static IEnumerable<double> ValueYs(string svg) =>
        ValuePoints().Match(svg).Groups["points"].Value.Split(' ').Select(pair => double.Parse(pair.Split(',')[1], CultureInfo.InvariantCulture));

    [GeneratedRegex("<rect class=\"limits\" x=\"[^\"]+\" y=\"(?<y>[^\"]+)\" width=\"[^\"]+\" height=\"(?<height>[^\"]+)\"")]
    private static partial Regex LimitsRect();

    [GeneratedRegex("<polyline class=\"value\" points=\"(?<points>[^\"]+)\"")]
    private static partial Regex ValuePoints();
}
