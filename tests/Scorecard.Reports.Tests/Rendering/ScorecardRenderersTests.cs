using Scorecard.Reports.Excel;
using Scorecard.Reports.Json;
using Scorecard.Reports.Pdf;
using Scorecard.Reports.Rendering;
using Scorecard.Reports.Summary;

namespace Scorecard.Reports.Tests.Rendering;

public class ScorecardRenderersTests
{
    [Theory]
    [InlineData("html", typeof(HtmlScorecardRenderer), ".html")]
    [InlineData("csv", typeof(CsvScorecardRenderer), ".csv")]
    [InlineData("md", typeof(MarkdownScorecardRenderer), ".md")]
    [InlineData("xlsx", typeof(XlsxScorecardWriter), ".xlsx")]
    [InlineData("pdf", typeof(PdfScorecardWriter), ".pdf")]
    [InlineData("json", typeof(JsonScorecardRenderer), ".json")]
    [InlineData("summary", typeof(SummaryMarkdownRenderer), ".summary.md")]
    public void ForFormat_KnownName_ReturnsOutput(string name, Type expectedType, string extension)
    {
        var output = ScorecardRenderers.ForFormat(name);

        Assert.IsType(expectedType, output);
        Assert.Equal(extension, output.FileExtension);
    }

    [Fact]
    public void ForFormat_IgnoresCase()
    {
        Assert.IsType<HtmlScorecardRenderer>(ScorecardRenderers.ForFormat("HTML"));
    }

    [Fact]
    public void ForFormat_UnknownName_ListsFormats()
    {
        var error = Assert.Throws<ArgumentException>(() => ScorecardRenderers.ForFormat("docx"));

        Assert.StartsWith("'docx' is not a scorecard format. Use one of: html, csv, md, xlsx, pdf, json, summary.", error.Message);
    }

    [Fact]
    public void TryForFormat_Null_ReturnsFalse()
    {
        Assert.False(ScorecardRenderers.TryForFormat(null, out _));
    }

    [Fact]
    public void FormatNames_InOrder()
    {
        Assert.Equal(["html", "csv", "md", "xlsx", "pdf", "json", "summary"], ScorecardRenderers.FormatNames);
    }

    [Fact]
    public void Create_PdfUsesGivenChromium()
    {
        var pdf = ScorecardRenderers.Create("/opt/chromium/chrome").OfType<PdfScorecardWriter>().Single();

        Assert.Equal("/opt/chromium/chrome", pdf.ChromiumPath);
    }

    [Fact]
    public void RenderToFile_Utf8WithoutByteOrderMark()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scorecard-{Guid.NewGuid():N}.md");
        try
        {
            new MarkdownScorecardRenderer().RenderToFile(TestReports.Essex(), path);
            var bytes = File.ReadAllBytes(path);

            Assert.Equal((byte)'#', bytes[0]);
            Assert.Contains("\u25B2 Improving", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task WriteFileAsync_TextFormatWritesUtf8WithoutByteOrderMark()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scorecard-{Guid.NewGuid():N}.json");
        try
        {
            await ScorecardRenderers.ForFormat("json").WriteFileAsync(TestReports.Essex(), path);
            var bytes = File.ReadAllBytes(path);

            Assert.Equal((byte)'{', bytes[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
