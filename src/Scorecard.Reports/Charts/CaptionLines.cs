using SkiaSharp;

namespace Scorecard.Reports.Charts;

/// <summary>Breaks the sentences under a chart into lines that fit its width, because ScottPlot does not wrap labels.</summary>
internal static class CaptionLines
{
    /// <summary>
    /// Returns the sentences joined by spaces, with a line break wherever the next word would make
    /// the line wider than <paramref name="maxWidth"/> pixels in <paramref name="fontSize"/>-pixel
    /// DejaVu Sans. A word wider than the line stays whole on a line of its own.
    /// </summary>
    public static string Wrap(IEnumerable<string> sentences, float maxWidth, float fontSize)
    {
        using var typeface = SKTypeface.FromFamilyName(SpcChartRenderer.FontName);
        using var font = new SKFont(typeface, fontSize);

        var lines = new List<string>();
        var line = "";
        foreach (var word in string.Join(" ", sentences).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var longer = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && font.MeasureText(longer) > maxWidth)
            {
                lines.Add(line);
                longer = word;
            }

            line = longer;
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return string.Join("\n", lines);
    }
}
