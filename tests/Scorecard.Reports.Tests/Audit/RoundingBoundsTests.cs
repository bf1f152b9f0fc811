using Scorecard.Reports.Audit;

namespace Scorecard.Reports.Tests.Audit;

public class RoundingBoundsTests
{
    private static PublishedNumber Number(string text)
    {
        Assert.True(PublishedNumber.TryParse(text, out var number));
        return number;
    }

    // 35.7 lies in [35.65, 35.75] and 27.3 in [27.25, 27.35], so 27.3 - 35.7 lies in [-8.5, -8.3].
    [Fact]
    public void Difference_RoundedOperands_WidensByBothHalfUnits()
    {
        var bounds = RoundingBounds.Difference(RoundingBounds.Of(Number("35.7"), false), RoundingBounds.Of(Number("27.3"), false));

        Assert.Equal(new RoundingBounds(-8.5m, -8.3m), bounds);
    }

    [Theory]
    [InlineData("-8.5", true)]
    [InlineData("-8.3", true)]
    [InlineData("-8.6", false)]
    [InlineData("-8.2", false)]
    [InlineData("-8", true)]
    public void Admits_PublishedFigure_WithinRange(string published, bool admitted)
    {
        var bounds = new RoundingBounds(-8.5m, -8.3m);

        Assert.Equal(admitted, bounds.Admits(Number(published)));
    }

    [Fact]
    public void Of_ExactCount_IsPoint()
    {
        Assert.Equal(new RoundingBounds(1517m, 1517m), RoundingBounds.Of(Number("1,517"), exact: true));
    }

    // From exact counts 36,952 and 41,556: 4,604 / 36,952 x 100 = 12.4594...
    [Fact]
    public void PercentChange_ExactCounts_IsPoint()
    {
        var bounds = RoundingBounds.PercentChange(new RoundingBounds(36952m, 36952m), new RoundingBounds(41556m, 41556m))!.Value;

        Assert.Equal(bounds.Low, bounds.High);
        Assert.Equal(12.4594, (double)bounds.Low, 4);
    }

    // 10.0 to 11.0 shown to one decimal: lowest (10.95 - 10.05) / 10.05 = 8.955%, highest (11.05 - 9.95) / 9.95 = 11.055%.
    [Fact]
    public void PercentChange_RoundedOperands_UsesCorners()
    {
        var bounds = RoundingBounds.PercentChange(new RoundingBounds(9.95m, 10.05m), new RoundingBounds(10.95m, 11.05m))!.Value;

        Assert.Equal(8.955, (double)bounds.Low, 3);
        Assert.Equal(11.055, (double)bounds.High, 3);
    }

    [Fact]
    public void PercentChange_PreviousCouldBeZero_IsUnbounded()
    {
        Assert.Null(RoundingBounds.PercentChange(new RoundingBounds(-0.05m, 0.05m), new RoundingBounds(1m, 1m)));
    }
}
