using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Scorecard.Core.Comparison;
using Scorecard.Reports.Rendering;

namespace Scorecard.Reports.Tests.Rendering;

/// <summary>
/// Renders the test scorecard to a file, opens it from disk in Debian's Chromium and records every
/// request the page makes. Screenshots and a PDF go to /tmp/render-shots for a person to look at.
/// </summary>
public sealed class HtmlScorecardPageFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ShotsFolder = "/tmp/render-shots";
    public const int ViewportWidth = 1400;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"scorecard-render-{Guid.NewGuid():N}");
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public IPage Page { get; private set; } = null!;

    public string FileUrl { get; private set; } = "";

    public string SurveyFileUrl { get; private set; } = "";

    public List<string> RequestUrls { get; } = [];

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}. Install Debian's package with: apt-get install -y chromium");
        }

        Directory.CreateDirectory(_folder);
        Directory.CreateDirectory(ShotsFolder);
        var htmlPath = Path.Combine(_folder, "scorecard.html");
        new HtmlScorecardRenderer().RenderToFile(TestReports.Essex(), htmlPath);
        FileUrl = new Uri(htmlPath).AbsoluteUri;
        var surveyPath = Path.Combine(_folder, "survey.html");
        new HtmlScorecardRenderer().RenderToFile(TestReports.Surveys(), surveyPath);
        SurveyFileUrl = new Uri(surveyPath).AbsoluteUri;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--headless"],
        });

        Page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = ViewportWidth, Height = 900 } });
        Page.Request += (_, request) => RequestUrls.Add(request.Url);
        await Page.GotoAsync(FileUrl, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotsFolder, "scorecard-screen.png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}

public class HtmlScorecardBrowserTests(HtmlScorecardPageFixture fixture) : IClassFixture<HtmlScorecardPageFixture>
{
    private readonly IPage _page = fixture.Page;

    [Fact]
    public async Task Page_HeaderCellsInPublishedOrder()
    {
        var headers = await _page.Locator("table.scorecard thead th").AllInnerTextsAsync();

        Assert.Equal(
            [
                "Police and Crime Plan Priorities",
                "Police Priority Indicators",
                "12 months to Dec 2019",
                "12 months to May 2023",
                "12 months to May 2024",
                "Number Difference 2023/24",
                "% Difference 2023/24",
                "Direction of Travel 2023/24",
                "Monthly trend",
            ],
            headers.Select(text => text.Trim()));
    }

    [Fact]
    public async Task Page_OneBodyRowPerIndicator()
    {
        Assert.Equal(11, await _page.Locator("table.scorecard tbody tr").CountAsync());
    }

    [Fact]
    public async Task Page_BodyRowsSpanNineColumns()
    {
        // Rows after the first of a priority have eight cells because the priority cell spans them.
        var cellCounts = await _page.EvaluateAsync<int[]>(
            "() => [...document.querySelectorAll('table.scorecard tbody tr')].map(row => [...row.cells].reduce((sum, cell) => sum + cell.colSpan, 0) + (row.cells[0].scope === 'rowgroup' ? 0 : 1))");

        Assert.All(cellCounts, count => Assert.Equal(9, count));
    }

    [Fact]
    public async Task Page_DirectionCellText()
    {
        var text = await DirectionCell("Number of homicides").InnerTextAsync();

        Assert.Equal("\u25BC Deteriorating M1", text.Trim());
    }

    [Theory]
    [InlineData("Number of homicides", Direction.Deteriorating)]
    [InlineData("Number of all crime offences", Direction.Improving)]
    [InlineData("Number of dog thefts solved", Direction.Stable)]
    [InlineData("aged <16", Direction.NotAvailable)]
    public async Task Page_DirectionCellComputedColours(string label, Direction direction)
    {
        var style = DirectionStyle.For(direction);

        var colours = await DirectionCell(label).EvaluateAsync<string[]>("cell => [getComputedStyle(cell).color, getComputedStyle(cell).backgroundColor]");

        Assert.Equal(Rgb(style.TextColour), colours[0]);
        Assert.Equal(Rgb(style.BackgroundColour), colours[1]);
    }

    [Fact]
    public async Task Page_EveryDirectionCellContrastAtLeast4Point5()
    {
        var colours = await _page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('td.direction')].map(cell => [getComputedStyle(cell).color, getComputedStyle(cell).backgroundColor])");

        Assert.All(colours, pair => Assert.True(
            DirectionStyleTests.ContrastRatio(Hex(pair[0]), Hex(pair[1])) >= 4.5,
            $"{pair[0]} on {pair[1]} is below 4.5:1."));
    }

    [Fact]
    public async Task Page_FigureCellsRightAligned()
    {
        var alignments = await _page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('table.scorecard td.num')].map(cell => getComputedStyle(cell).textAlign)");

        Assert.All(alignments, alignment => Assert.Equal("right", alignment));
    }

    [Fact]
    public async Task Page_TableFitsViewportWithoutScrolling()
    {
        var width = await _page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        Assert.True(width <= HtmlScorecardPageFixture.ViewportWidth, $"The page is {width} px wide in a {HtmlScorecardPageFixture.ViewportWidth} px viewport.");
    }

    [Fact]
    public async Task Page_FootnoteLinkTargetsFootnote()
    {
        var target = await _page.Locator("sup.footnote-ref a[href='#footnote-6']").GetAttributeAsync("href");

        Assert.Equal(1, await _page.Locator(target!).CountAsync());
    }

    [Fact]
    public void Page_NoNetworkRequests()
    {
        // The only request is the file itself: no fonts, styles, scripts or images are fetched.
        Assert.Equal([fixture.FileUrl], fixture.RequestUrls);
    }

    [Fact]
    public async Task Pdf_PrintsOnA4Landscape()
    {
        var page = await fixture.Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(fixture.FileUrl);
            var pdf = await page.PdfAsync(new PagePdfOptions
            {
                Path = Path.Combine(HtmlScorecardPageFixture.ShotsFolder, "scorecard.pdf"),
                PreferCSSPageSize = true,
                PrintBackground = true,
            });

            // A4 landscape is 297 mm x 210 mm, 841.89 x 595.28 points. Chromium rounds the page to whole
            // CSS pixels (841.92 x 594.96), so one point of tolerance still distinguishes A4 from US Letter (792 x 612).
            var mediaBox = Regex.Match(Encoding.Latin1.GetString(pdf), @"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]");
            Assert.True(mediaBox.Success, "The PDF has no MediaBox.");
            Assert.Equal(841.9, double.Parse(mediaBox.Groups[1].Value, CultureInfo.InvariantCulture), 1.0);
            Assert.Equal(595.3, double.Parse(mediaBox.Groups[2].Value, CultureInfo.InvariantCulture), 1.0);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task Print_HeaderRowRepeatsAsTableHeaderGroup()
    {
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1123, Height = 794 } });
        try
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await page.GotoAsync(fixture.FileUrl);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(HtmlScorecardPageFixture.ShotsFolder, "scorecard-print.png"), FullPage = true });

            var display = await page.Locator("table.scorecard thead").EvaluateAsync<string>("head => getComputedStyle(head).display");

            Assert.Equal("table-header-group", display);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task Trend_SparklineNamedByDescription()
    {
        var name = await _page.Locator("#row-all-crime td.trend svg").EvaluateAsync<string>(
            "svg => document.getElementById(svg.getAttribute('aria-labelledby')).textContent");

        Assert.StartsWith("Monthly values from Jun 2021 to May 2024: lowest ", name);
    }

    [Fact]
    public async Task Trend_SparklineIsImage()
    {
        Assert.Equal("img", await _page.Locator("#row-all-crime td.trend svg").GetAttributeAsync("role"));
    }

    [Fact]
    public async Task Trend_SparklineDrawsEveryMonth()
    {
        var points = await _page.Locator("#row-all-crime td.trend polyline.value").GetAttributeAsync("points");

        Assert.Equal(36, points!.Split(' ').Length);
    }

    [Fact]
    public async Task Trend_SparklineBreaksAtMissingMonth()
    {
        // The children row has no value for May 2024, the last month, so the line stops one month short.
        var points = await _page.Locator("#row-children td.trend polyline.value").GetAttributeAsync("points");

        Assert.Equal(35, points!.Split(' ').Length);
    }

    [Fact]
    public async Task Trend_SparklineVisibleSize()
    {
        var box = await _page.Locator("#row-all-crime td.trend svg").BoundingBoxAsync();

        Assert.True(box is { Width: >= 100, Height: >= 24 }, $"The sparkline is {box?.Width} x {box?.Height} px.");
    }

    [Fact]
    public async Task Trend_LinkLeadsToFullChart()
    {
        var href = await _page.Locator("#row-all-crime td.trend a").GetAttributeAsync("href");
        var chart = _page.Locator($"{href} svg.spc-chart");

        Assert.Equal("#chart-all-crime", href);
        Assert.True(await chart.IsVisibleAsync());
    }

    [Fact]
    public async Task Trend_FullChartScaledToColumn()
    {
        var box = await _page.Locator("#chart-all-crime svg.spc-chart").BoundingBoxAsync();

        // At most the figure's 900 px plus the chart's 1 px border on each side.
        Assert.True(box is { Width: > 400 and <= 902 }, $"The chart is {box?.Width} px wide.");
    }

    [Fact]
    public async Task Trend_ChartPerIndicator()
    {
        Assert.Equal(11, await _page.Locator("figure.spc svg.spc-chart").CountAsync());
    }

    [Fact]
    public async Task Interval_RowsUnderEachSurvey()
    {
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = HtmlScorecardPageFixture.ViewportWidth, Height = 900 } });
        try
        {
            await page.GotoAsync(fixture.SurveyFileUrl);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(HtmlScorecardPageFixture.ShotsFolder, "survey-screen.png"), FullPage = true });
            var previousLabels = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('tr.interval')].map(row => row.previousElementSibling.querySelector('th.indicator').textContent.split(' 4')[0])");

            Assert.Equal(4, previousLabels.Length);
            Assert.All(previousLabels, label => Assert.StartsWith("Percentage of", label));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task Interval_RowCellsVisible()
    {
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = HtmlScorecardPageFixture.ViewportWidth, Height = 900 } });
        try
        {
            await page.GotoAsync(fixture.SurveyFileUrl);
            var cells = await page.Locator("tr.interval").Nth(1).Locator("th, td").AllInnerTextsAsync();

            Assert.Equal(["Confidence Interval 5", "-", "1.2", "1.2", "", "", "", ""], cells.Select(text => text.Trim()));
            Assert.True(await page.Locator("tr.interval").Nth(1).IsVisibleAsync());
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task Interval_SubgroupShownUnderLabel()
    {
        var page = await fixture.Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(fixture.SurveyFileUrl);
            var subgroup = page.Locator("#row-non-victims .subgroup");

            var hidden = await subgroup.Locator(".visually-hidden").BoundingBoxAsync();

            Assert.Equal("Sub-group: Non-Victims", (await subgroup.TextContentAsync())!.Trim());
            Assert.True(hidden is { Width: <= 1, Height: <= 1 }, "The words 'Sub-group:' are for screen readers only.");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private ILocator DirectionCell(string label) =>
        _page.Locator("table.scorecard tbody tr", new PageLocatorOptions { HasText = label }).Locator("td.direction");

    // "#8c1616" -> "rgb(140, 22, 22)", as getComputedStyle reports an opaque colour.
    private static string Rgb(string hex)
    {
        int Channel(int offset) => int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return $"rgb({Channel(0)}, {Channel(2)}, {Channel(4)})";
    }

    // "rgb(140, 22, 22)" -> "#8c1616".
    private static string Hex(string rgb)
    {
        var channels = Regex.Matches(rgb, @"\d+").Select(match => int.Parse(match.Value, CultureInfo.InvariantCulture)).Take(3);
        return "#" + string.Concat(channels.Select(channel => channel.ToString("x2", CultureInfo.InvariantCulture)));
    }
}
