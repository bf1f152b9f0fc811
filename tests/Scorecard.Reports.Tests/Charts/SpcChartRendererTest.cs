using System.Xml.Linq;
using Scorecard.Core.Plans;
using Scorecard.Core.Spc;
using Scorecard.Core.Time;
using Scorecard.Reports.Charts;
using SkiaSharp;

namespace Scorecard.Reports.Tests.Charts;

public sealed class SpcChartRendererTest : IDisposable
{
    private const string Title = "Number of all crime offences";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // SkiaSharp writes each marker as an ellipse filled with the point's colour.
    private const string CommonCauseFill = "#A6A6A6";
    private const string ImprovementFill = "#00B0F0";
    private const string ConcernFill = "#E46C0A";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "spc-chart-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static XmrResult CityOfLondon(XmrOptions? options = null, double? target = null, int months = 36) =>
        XmrChart.Calculate(CityOfLondonCrimes.Points(months), options ?? XmrOptions.Default, Polarity.LowerIsBetter, target);

    private static XDocument RenderSvg(XmrResult result, SpcChartOptions? options = null) =>
        XDocument.Parse(SpcChartRenderer.RenderSvg(result, Title, options));

    private static List<string> Texts(XDocument svg) =>
        svg.Descendants(Svg + "text").Select(text => text.Value.Trim()).ToList();

    private static int Markers(XDocument svg, string fill) =>
        svg.Descendants(Svg + "ellipse").Count(ellipse => string.Equals((string?)ellipse.Attribute("fill"), fill, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void RenderSvg_TitleAndAxisLabel()
    {
        var texts = Texts(RenderSvg(CityOfLondon(), new SpcChartOptions { ValueLabel = "Crimes per month" }));

        Assert.Contains(Title, texts);
        Assert.Contains("Crimes per month", texts);
    }

    [Fact]
    public void RenderSvg_CityOfLondon_VariationInSubtitle()
    {
        // November 2020 (412) is below the lower limit, and fewer crimes is better.
        var texts = Texts(RenderSvg(CityOfLondon()));

        Assert.Contains("Nov 2020: Special cause improving variation (low)", texts);
    }

    [Fact]
    public void RenderSvg_Target_AssuranceInSubtitle()
    {
        var result = CityOfLondon(target: 600);

        var texts = Texts(RenderSvg(result));

        Assert.Equal(AssuranceIcon.HitAndMiss, result.Assurance);
        Assert.Contains("Nov 2020: Special cause improving variation (low). Hit and miss (the target lies within the process limits)", texts);
        Assert.Contains("Target", texts);
    }

    [Fact]
    public void RenderSvg_NoTarget_NoTargetInLegend()
    {
        Assert.DoesNotContain("Target", Texts(RenderSvg(CityOfLondon())));
    }

    [Fact]
    public void RenderSvg_ThirtySixMonths_QuarterlyBritishLabels()
    {
        // 36 months fit 12 labels at one every three months, on January, April, July and October.
        var texts = Texts(RenderSvg(CityOfLondon()));

        string[] expected = ["Jan 2018", "Apr 2018", "Jul 2018", "Oct 2018", "Jan 2019", "Apr 2019", "Jul 2019", "Oct 2019", "Jan 2020", "Apr 2020", "Jul 2020", "Oct 2020"];
        Assert.Equal(expected, texts.Where(text => expected.Contains(text) || text == "Dec 2017"));
    }

    [Fact]
    public void RenderSvg_TenMonths_EveryMonthLabelled()
    {
        var texts = Texts(RenderSvg(CityOfLondon(months: 10)));

        Assert.Contains("Dec 2017", texts);
        Assert.Contains("Sep 2018", texts);
    }

    [Fact]
    public void RenderSvg_MarkersPerPointType()
    {
        var result = CityOfLondon();
        var svg = RenderSvg(result);

        // Each colour has one marker per point of that type and one in the legend.
        Assert.Equal(result.Points.Count(point => point.Type == SpcPointType.CommonCause) + 1, Markers(svg, CommonCauseFill));
        Assert.Equal(result.Points.Count(point => point.Type == SpcPointType.Improvement) + 1, Markers(svg, ImprovementFill));
        Assert.Equal(result.Points.Count(point => point.Type == SpcPointType.Concern) + 1, Markers(svg, ConcernFill));
    }

    [Fact]
    public void RenderSvg_CityOfLondon_ThirtySixMarkers()
    {
        // 36 points plus three legend markers (common cause, improvement, concern).
        var svg = RenderSvg(CityOfLondon());

        Assert.Equal(39, svg.Descendants(Svg + "ellipse").Count());
    }

    [Fact]
    public void RenderSvg_Gap_NoMarkerAndNote()
    {
        // Ten months with April 2018 missing: nine markers, all common cause, plus one in the legend.
        var points = CityOfLondonCrimes.Points(10).Select(point => point.Month == new ReportMonth(2018, 4) ? point with { Value = null } : point).ToList();
        var svg = RenderSvg(XmrChart.Calculate(points, XmrOptions.Default, Polarity.LowerIsBetter, null));

        Assert.Equal(10, svg.Descendants(Svg + "ellipse").Count());
        Assert.Contains(Texts(svg), text => text.StartsWith("No data for Apr 2018, shown as a gap.", StringComparison.Ordinal));
    }

    [Fact]
    public void RenderSvg_DefaultOptions_LegendSaysMonthlyValue()
    {
        Assert.Contains("Monthly value", Texts(RenderSvg(CityOfLondon())));
    }

    [Fact]
    public void RenderSvg_SeriesLabel_NamesValueLine()
    {
        var texts = Texts(RenderSvg(CityOfLondon(), new SpcChartOptions { SeriesLabel = "12-month total" }));

        Assert.Contains("12-month total", texts);
        Assert.DoesNotContain("Monthly value", texts);
    }

    [Fact]
    public void RenderSvg_SeriesNotes_ReplaceGapNote()
    {
        // The first two months have no value, as at the start of a rolling series.
        var points = CityOfLondonCrimes.Points(20).Select((point, i) => i < 2 ? point with { Value = null } : point).ToList();
        var result = XmrChart.Calculate(points, XmrOptions.Default, Polarity.LowerIsBetter, null);
        var options = new SpcChartOptions { SeriesNotes = ["Values start in Feb 2018."] };

        var texts = Texts(RenderSvg(result, options));

        Assert.Contains("Values start in Feb 2018.", texts);
        Assert.DoesNotContain(texts, text => text.StartsWith("No data for", StringComparison.Ordinal));
    }

    [Fact]
    public void RenderSvg_LongCaption_WrapsWithinWidth()
    {
        string[] notes =
        [
            "Rolling 12-month values overlap, so neighbouring points are not independent and the SPC rules flag more points than they should. Use monthly values to judge special cause.",
            "12-month values start in Nov 2018, the first month with 12 months of data.",
        ];
        var caption = string.Join(" ", notes);
        var options = new SpcChartOptions { Width = 800, Height = 450, SeriesNotes = notes };

        var lines = Texts(RenderSvg(CityOfLondon(), options)).Where(text => text.Length > 20 && caption.Contains(text, StringComparison.Ordinal)).ToList();

        Assert.True(lines.Count >= 2, $"Expected the caption on several lines, got {lines.Count}.");
        Assert.Equal(caption, string.Join(" ", lines));
        using var font = new SKFont(SKTypeface.FromFamilyName(SpcChartRenderer.FontName), 12);
        Assert.All(lines, line => Assert.True(font.MeasureText(line) <= options.Width - 100, $"'{line}' is wider than the chart allows."));
    }

    [Fact]
    public void RenderSvg_TwelvePoints_ProvisionalNote()
    {
        var texts = Texts(RenderSvg(CityOfLondon(months: 12)));

        Assert.Contains("Limits are provisional for Dec 2017 to Nov 2018 (12 points).", texts);
    }

    [Fact]
    public void RenderSvg_ThirteenPoints_NoProvisionalNote()
    {
        var texts = Texts(RenderSvg(CityOfLondon(months: 13)));

        Assert.DoesNotContain(texts, text => text.Contains("provisional", StringComparison.Ordinal));
    }

    [Fact]
    public void RenderSvg_Baseline_FixedPeriodNote()
    {
        var texts = Texts(RenderSvg(CityOfLondon(XmrOptions.Default with { BaselinePoints = 12 })));

        Assert.Contains("Limits fixed from Dec 2017 to Nov 2018 are provisional (12 points).", texts);
    }

    [Fact]
    public void RenderSvg_Rebase_ReasonShown()
    {
        var options = XmrOptions.Default with { Rebases = [new SpcRebase(new ReportMonth(2020, 4), "First national lockdown")] };

        var texts = Texts(RenderSvg(CityOfLondon(options)));

        Assert.Contains("Rebased Apr 2020: First national lockdown", texts);
    }

    [Fact]
    public void RenderSvg_EveryText_DejaVuSans()
    {
        var svg = RenderSvg(CityOfLondon(target: 600));
        var fonts = svg.Descendants(Svg + "text").Select(text => (string?)text.Attribute("font-family")).Distinct().ToList();

        Assert.Equal(["DejaVu Sans"], fonts);
    }

    [Fact]
    public void RenderSvg_EmptySeries_NoDataSubtitle()
    {
        var empty = XmrChart.Calculate([], XmrOptions.Default, Polarity.LowerIsBetter, null);

        var texts = Texts(RenderSvg(empty));

        Assert.Contains("No data", texts);
        Assert.Empty(RenderSvg(empty).Descendants(Svg + "ellipse"));
    }

    [Fact]
    public void RenderSvg_BlankTitle_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => SpcChartRenderer.RenderSvg(CityOfLondon(), " "));

        Assert.StartsWith("The chart title is empty; pass the indicator's label.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderPng_DefaultOptions_DecodesAt1000By600()
    {
        using var bitmap = SKBitmap.Decode(SpcChartRenderer.RenderPng(CityOfLondon(), Title));

        Assert.Equal(1000, bitmap.Width);
        Assert.Equal(600, bitmap.Height);
    }

    [Fact]
    public void WritePng_NewFolder_CreatesDecodableFile()
    {
        var path = Path.Combine(_folder, "charts", "all-crime.png");

        SpcChartRenderer.WritePng(CityOfLondon(), Title, path, new SpcChartOptions { Width = 800, Height = 450 });

        using var bitmap = SKBitmap.Decode(path);
        Assert.Equal(800, bitmap.Width);
        Assert.Equal(450, bitmap.Height);
    }

    [Fact]
    public void WriteSvg_NewFolder_WritesParsableSvg()
    {
        var path = Path.Combine(_folder, "all-crime.svg");

        SpcChartRenderer.WriteSvg(CityOfLondon(), Title, path);

        Assert.Equal("svg", XDocument.Load(path).Root!.Name.LocalName);
    }

    [Fact]
    public void WriteSvg_FolderIsFile_IOExceptionNamesPath()
    {
        Directory.CreateDirectory(_folder);
        var blocker = Path.Combine(_folder, "not-a-folder");
        File.WriteAllText(blocker, "");
        var path = Path.Combine(blocker, "chart.svg");

        var error = Assert.Throws<IOException>(() => SpcChartRenderer.WriteSvg(CityOfLondon(), Title, path));

        Assert.StartsWith($"Failed to write the SPC chart to '{path}'", error.Message, StringComparison.Ordinal);
    }
}
