using Scorecard.Reports.Rendering;

namespace Scorecard.Reports.Tests.Rendering;

public class ScorecardRenderersTests
{
    [Theory]
    [InlineData("html", typeof(HtmlScorecardRenderer), ".html")]
    [InlineData("csv", typeof(CsvScorecardRenderer), ".csv")]
    [InlineData("md", typeof(MarkdownScorecardRenderer), ".md")]
    public void ForFormat_KnownName_ReturnsRenderer(string name, Type expectedType, string extension)
    {
        var renderer = ScorecardRenderers.ForFormat(name);

        Assert.IsType(expectedType, renderer);
        Assert.Equal(extension, renderer.FileExtension);
    }

    [Fact]
    public void ForFormat_IgnoresCase()
    {
        Assert.IsType<HtmlScorecardRenderer>(ScorecardRenderers.ForFormat("HTML"));
    }

    [Fact]
    public void ForFormat_UnknownName_ListsFormats()
    {
        var error = Assert.Throws<ArgumentException>(() => ScorecardRenderers.ForFormat("pdf"));

        Assert.StartsWith("'pdf' is not a scorecard format. Use one of: html, csv, md.", error.Message);
    }

    [Fact]
    public void TryForFormat_Null_ReturnsFalse()
    {
        Assert.False(ScorecardRenderers.TryForFormat(null, out _));
    }

    [Fact]
    public void FormatNames_InOrder()
    {
        Assert.Equal(["html", "csv", "md"], ScorecardRenderers.FormatNames);
    }

    [Fact]
    public void RenderToFile_Utf8WithoutByteOrderMark()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scorecard-{Guid.NewGuid():N}.md");
        try
        {
            ScorecardRenderers.ForFormat("md").RenderToFile(TestReports.Essex(), path);
            var bytes = File.ReadAllBytes(path);

            Assert.Equal((byte)'#', bytes[0]);
            Assert.Contains("\u25B2 Improving", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
