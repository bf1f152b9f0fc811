using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Scorecard.Core.Scorecards;
using Scorecard.Reports.Pdf;
using Scorecard.Reports.Rendering;
using Scorecard.Reports.Tests.Rendering;

namespace Scorecard.Reports.Tests.Pdf;

/// <summary>
/// Prints the test scorecard once with Debian's Chromium and reads it back with poppler-utils
/// (pdfinfo, pdftotext). Page PNGs for a person to look at go to /tmp/render-shots.
/// </summary>
public sealed class PrintedScorecardFixture : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"scorecard-pdf-{Guid.NewGuid():N}");

    public string PdfPath => Path.Combine(Folder, "scorecard.pdf");

    public int PageCount { get; private set; }

    public List<string> Pages { get; } = [];

    public string PageSize { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        await new PdfScorecardWriter().WriteFileAsync(TestReports.Essex(), PdfPath);
        var info = PdfTools.Run("pdfinfo", PdfPath);
        PageCount = int.Parse(Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        PageSize = Regex.Match(info, @"Page size:\s+(.+)").Groups[1].Value.Trim();
        for (var page = 1; page <= PageCount; page++)
        {
            Pages.Add(PdfTools.Run("pdftotext", "-layout", "-f", $"{page}", "-l", $"{page}", PdfPath, "-"));
        }

        Directory.CreateDirectory(HtmlScorecardPageFixture.ShotsFolder);
        PdfTools.Run("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "4", PdfPath, Path.Combine(HtmlScorecardPageFixture.ShotsFolder, "scorecard-pdf"));
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}

public class PdfScorecardWriterTests(PrintedScorecardFixture printed) : IClassFixture<PrintedScorecardFixture>
{
    [Fact]
    public void Pdf_A4Landscape()
    {
        // A4 landscape is 841.89 x 595.28 points; Chromium rounds to whole CSS pixels.
        var size = Regex.Match(printed.PageSize, @"([\d.]+) x ([\d.]+) pts");

        Assert.Equal(842, double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture), 1.5);
        Assert.Equal(595.5, double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture), 1.5);
    }

    [Fact]
    public void Pdf_SummaryOnFirstPage()
    {
        Assert.Contains("Summary", printed.Pages[0]);
        Assert.Contains("Largest improvements", printed.Pages[0]);
    }

    [Fact]
    public void Pdf_EachPriorityStartsAPage()
    {
        var pages = new[] { "Priority 1 -", "Priority 2 -", "Priority 3 -" }
            .Select(label => printed.Pages.FindIndex(page => page.Contains(label, StringComparison.Ordinal) && page.Contains("Police Priority Indicators", StringComparison.Ordinal)))
            .ToList();

        Assert.Equal([1, 2, 3], pages);
    }

    [Fact]
    public void Pdf_HeaderRowRepeatedOnEveryTablePage()
    {
        Assert.All(printed.Pages.Skip(1).Take(3), page => Assert.Contains("Direction of", page));
    }

    [Fact]
    public void Pdf_FiguresAsInTable()
    {
        Assert.Matches(@"Number of all crime offences\s+168,218\s+161,421\s+150,319\s+-11,102\s+-6.9\s+▲ Improving", printed.Pages[1]);
    }

    [Fact]
    public void Pdf_FooterPageNumbers()
    {
        for (var page = 1; page <= printed.PageCount; page++)
        {
            Assert.Contains($"Page {page} of {printed.PageCount}", printed.Pages[page - 1]);
        }
    }

    [Fact]
    public void Pdf_FooterNamesPlanAndPeriod()
    {
        Assert.Contains("Police, Fire and Crime Plan 2021-2024 - Essex Police: 12 months to May 2024", printed.Pages[^1]);
    }

    [Fact]
    public void Pdf_NotesAfterTable()
    {
        var notes = printed.Pages.FindIndex(page => page.Contains("Footnotes", StringComparison.Ordinal) && page.Contains("Method notes", StringComparison.Ordinal));

        Assert.True(notes >= 3, $"The notes are on page {notes + 1}.");
    }

    [Fact]
    public void Pdf_ChartsAfterNotes()
    {
        var charts = printed.Pages.FindIndex(page => page.Contains("Trend charts", StringComparison.Ordinal));

        Assert.True(charts > 3, $"The charts start on page {charts + 1}.");
    }

    [Fact]
    public void Pdf_ProvenanceOnLastPages()
    {
        Assert.Contains(printed.Pages, page => page.Contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RenderAsync_MissingChromiumSaysWhatToInstall()
    {
        var writer = new PdfScorecardWriter("/nonexistent/chromium");

        var error = await Assert.ThrowsAsync<ScorecardOutputException>(() => writer.RenderAsync(TestReports.Essex()));

        Assert.Equal(
            "PDF output needs Chromium, which is not installed at /nonexistent/chromium. Install Debian's package with 'apt-get install -y chromium', " +
            "or give the browser's path with --chromium. The other formats do not need it.",
            error.Message);
    }

    [Fact]
    public async Task WriteFileAsync_MissingChromiumWritesNoFile()
    {
        var path = Path.Combine(printed.Folder, "not-written.pdf");

        await Assert.ThrowsAsync<ScorecardOutputException>(() => new PdfScorecardWriter("/nonexistent/chromium").WriteFileAsync(TestReports.Essex(), path));

        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task RenderAsync_SameTextApartFromTimestamp()
    {
        var later = TestReports.Essex() with { Provenance = TestReports.Essex().Provenance with { GeneratedAt = TestReports.GeneratedAt.AddDays(3) } };
        var path = Path.Combine(printed.Folder, "later.pdf");
        await File.WriteAllBytesAsync(path, await new PdfScorecardWriter().RenderAsync(later));

        var first = PdfTools.Run("pdftotext", "-layout", printed.PdfPath, "-");
        var second = PdfTools.Run("pdftotext", "-layout", path, "-");

        Assert.NotEqual(first, second);
        Assert.Equal(
            first.Replace(ScorecardFormatter.FormatGeneratedAt(TestReports.GeneratedAt), "<generated>", StringComparison.Ordinal),
            second.Replace(ScorecardFormatter.FormatGeneratedAt(later.Provenance.GeneratedAt), "<generated>", StringComparison.Ordinal));
    }
}

/// <summary>Runs poppler-utils, which Debian's poppler-utils package installs.</summary>
internal static class PdfTools
{
    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException($"{tool} is missing. Install Debian's package with: apt-get install -y poppler-utils", error);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {error}");
            }

            return output;
        }
    }
}
