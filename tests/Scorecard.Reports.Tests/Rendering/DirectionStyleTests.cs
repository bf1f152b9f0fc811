using System.Globalization;
using Scorecard.Core.Comparison;
using Scorecard.Reports.Rendering;

namespace Scorecard.Reports.Tests.Rendering;

public class DirectionStyleTests
{
    [Theory]
    [InlineData(Direction.Improving)]
    [InlineData(Direction.Stable)]
    [InlineData(Direction.Deteriorating)]
    [InlineData(Direction.NotAvailable)]
    public void For_TextContrastAtLeast4Point5(Direction direction)
    {
        var style = DirectionStyle.For(direction);

        var ratio = ContrastRatio(style.TextColour, style.BackgroundColour);

        Assert.True(ratio >= 4.5, $"{direction}: {style.TextColour} on {style.BackgroundColour} has contrast {ratio:F2}:1, below 4.5:1.");
    }

    [Theory]
    [InlineData(Direction.Improving, "\u25B2 Improving")]
    [InlineData(Direction.Stable, "\u25BA Stable")]
    [InlineData(Direction.Deteriorating, "\u25BC Deteriorating")]
    [InlineData(Direction.NotAvailable, "n/a")]
    public void Label_ArrowAndWord(Direction direction, string expected)
    {
        Assert.Equal(expected, DirectionStyle.For(direction).Label);
    }

    [Fact]
    public void All_DistinctBackgrounds()
    {
        Assert.Equal(DirectionStyle.All.Count, DirectionStyle.All.Select(style => style.BackgroundColour).Distinct().Count());
    }

    [Fact]
    public void ContrastRatio_BlackOnWhite_Is21()
    {
        // (1.0 + 0.05) / (0.0 + 0.05) = 21.
        Assert.Equal(21.0, ContrastRatio("#000000", "#ffffff"), 6);
    }

    /// <summary>Returns the WCAG 2 contrast ratio of two #rrggbb colours: (L1 + 0.05) / (L2 + 0.05), lighter over darker.</summary>
    internal static double ContrastRatio(string foreground, string background)
    {
        var first = RelativeLuminance(foreground);
        var second = RelativeLuminance(background);
        return (Math.Max(first, second) + 0.05) / (Math.Min(first, second) + 0.05);
    }

    internal static double RelativeLuminance(string hex)
    {
        double Channel(int offset)
        {
            var value = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }
}
