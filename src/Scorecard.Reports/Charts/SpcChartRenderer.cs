using ScottPlot;
using Scorecard.Core.Spc;

namespace Scorecard.Reports.Charts;

/// <summary>
/// Draws a calculated XmR chart as Making Data Count does. The chart shows the values, monthly or
/// as <see cref="SpcChartOptions.SeriesLabel"/> names them, as a line with points coloured by
/// special cause. It adds the mean, dashed process limits per segment, and any target line and
/// rebase markers. The variation and assurance icons appear as text under the title.
/// </summary>
public static class SpcChartRenderer
{
    /// <summary>Font of every text on the chart, from Debian's fonts-dejavu-core package.</summary>
    public const string FontName = "DejaVu Sans";

    static SpcChartRenderer()
    {
        // Without a default, ScottPlot picks a system font, which differs between machines.
        Fonts.Default = FontName;
    }

    /// <summary>Writes the chart to <paramref name="path"/> as SVG, creating its folder if needed.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names the path.</exception>
    public static void WriteSvg(XmrResult result, string title, string path, SpcChartOptions? options = null)
    {
        var svg = RenderSvg(result, title, options);
        WriteFile(path, () => File.WriteAllText(path, svg));
    }

    /// <summary>Writes the chart to <paramref name="path"/> as PNG, creating its folder if needed.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names the path.</exception>
    public static void WritePng(XmrResult result, string title, string path, SpcChartOptions? options = null)
    {
        var png = RenderPng(result, title, options);
        WriteFile(path, () => File.WriteAllBytes(path, png));
    }

    /// <summary>Returns the chart as SVG text.</summary>
    public static string RenderSvg(XmrResult result, string title, SpcChartOptions? options = null)
    {
        options ??= SpcChartOptions.Default;
        using var plot = SpcChartPlot.Build(result, title, options);
        return plot.GetSvgXml(options.Width, options.Height);
    }

    /// <summary>Returns the chart as PNG bytes.</summary>
    public static byte[] RenderPng(XmrResult result, string title, SpcChartOptions? options = null)
    {
        options ??= SpcChartOptions.Default;
        using var plot = SpcChartPlot.Build(result, title, options);
        return plot.GetImageBytes(options.Width, options.Height, ImageFormat.Png);
    }

    private static void WriteFile(string path, Action write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            write();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"Failed to write the SPC chart to '{path}': {error.Message} Check that the folder exists or can be created and is writable.", error);
        }
    }
}
