using System.Net;
using Microsoft.Playwright;
using Scorecard.Core.Scorecards;
using Scorecard.Reports.Rendering;

namespace Scorecard.Reports.Pdf;

/// <summary>
/// Prints the HTML scorecard to PDF with headless Chromium: A4 landscape, each priority from a new
/// page, the table's header row repeated on every page, the notes after the table, the trend charts
/// after the notes, and a footer with the plan, the period and "Page n of N".
/// </summary>
/// <remarks>
/// Chromium is Debian's package at <see cref="DefaultChromiumPath"/> unless another path is given;
/// Playwright drives it and never downloads a browser of its own. The PDF is tagged, so screen
/// readers see its headings and tables.
/// </remarks>
public sealed class PdfScorecardWriter(string chromiumPath = PdfScorecardWriter.DefaultChromiumPath) : IScorecardOutput
{
    /// <summary>Where Debian's chromium package installs the browser.</summary>
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>Path of the Chromium executable this writer starts.</summary>
    public string ChromiumPath { get; } = chromiumPath;

    /// <inheritdoc />
    public string FormatName => "pdf";

    /// <inheritdoc />
    public string FileExtension => ".pdf";

    /// <inheritdoc />
    public async Task WriteFileAsync(ScorecardReport report, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var pdf = await RenderAsync(report, cancellationToken).ConfigureAwait(false);
        await File.WriteAllBytesAsync(path, pdf, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns the PDF of <paramref name="report"/>.</summary>
    /// <exception cref="ScorecardOutputException">Chromium is missing or fails to start; the message names what to install.</exception>
    public async Task<byte[]> RenderAsync(ScorecardReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!File.Exists(ChromiumPath))
        {
            throw new ScorecardOutputException(
                $"PDF output needs Chromium, which is not installed at {ChromiumPath}. " +
                "Install Debian's package with 'apt-get install -y chromium', or give the browser's path with --chromium. " +
                "The other formats do not need it.");
        }

        var html = new StringWriter();
        new HtmlScorecardRenderer().Render(report, html);
        cancellationToken.ThrowIfCancellationRequested();

        try
        {
            using var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--headless"],
            }).ConfigureAwait(false);
            var page = await browser.NewPageAsync().ConfigureAwait(false);
            await page.SetContentAsync(html.ToString(), new PageSetContentOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return await page.PdfAsync(PdfOptions(report)).ConfigureAwait(false);
        }
        catch (PlaywrightException error)
        {
            throw new ScorecardOutputException(
                $"Chromium at {ChromiumPath} failed to print the PDF: {error.Message.Split('\n')[0]} " +
                "Check that Debian's chromium package is installed and starts with 'chromium --headless --no-sandbox --version'.",
                error);
        }
    }

    /// <summary>Page size, margins and the footer of every page.</summary>
    internal static PagePdfOptions PdfOptions(ScorecardReport report)
    {
        var left = WebUtility.HtmlEncode($"{report.Plan.Name} - {ScorecardFormatter.FormatSubtitle(report)}");

        // Chromium fills the pageNumber and totalPages spans; the template has no access to the page's styles.
        var footer =
            "<div style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 7.5px; color: #3b3b3b; width: 100%; margin: 0 10mm; display: flex; justify-content: space-between;\">" +
            $"<span>{left}</span><span>Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></span></div>";
        return new PagePdfOptions
        {
            Format = "A4",
            Landscape = true,
            PrintBackground = true,
            PreferCSSPageSize = false,
            DisplayHeaderFooter = true,
            HeaderTemplate = "<div></div>",
            FooterTemplate = footer,
            Margin = new Margin { Top = "10mm", Bottom = "14mm", Left = "10mm", Right = "10mm" },
            Tagged = true,
            Outline = true,
        };
    }
}
