using Scorecard.Core.Spc;

namespace Scorecard.Core.Tests.Spc;

public class SpcBoundsTest
{
    [Fact]
    public void Construction_FloorBelowCeiling_Kept()
    {
        var bounds = new SpcBounds(0, 100);

        Assert.Equal(0, bounds.Floor);
        Assert.Equal(100, bounds.Ceiling);
        Assert.False(bounds.IsNone);
    }

    [Theory]
    [InlineData(100.0, 0.0)]
    [InlineData(5.0, 5.0)]
    public void Construction_FloorNotBelowCeiling_Rejected(double floor, double ceiling)
    {
        var error = Assert.Throws<ArgumentException>(() => new SpcBounds(floor, ceiling));

        Assert.StartsWith($"The limits floor {floor} is not below the limits ceiling {ceiling}; give a floor below the ceiling", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_NotFinite_Rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpcBounds(double.NaN, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpcBounds(null, double.PositiveInfinity));
    }

    [Fact]
    public void None_HasNeitherBound()
    {
        Assert.True(SpcBounds.None.IsNone);
        Assert.Equal(new SpcBounds(null, null), SpcBounds.None);
    }

    [Theory]
    [InlineData(-3.2, 0.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(42.5, 42.5)]
    [InlineData(104.65, 100.0)]
    public void Clamp_FloorAndCeiling(double value, double expected)
    {
        Assert.Equal(expected, new SpcBounds(0, 100).Clamp(value));
    }

    [Fact]
    public void Clamp_NoBounds_Unchanged()
    {
        Assert.Equal(-3.2, SpcBounds.None.Clamp(-3.2));
    }

    [Fact]
    public void ToString_NamesEachBound()
    {
        Assert.Equal("floor 0, ceiling 100", new SpcBounds(0, 100).ToString());
        Assert.Equal("ceiling 12.5", new SpcBounds(null, 12.5).ToString());
        Assert.Equal("none", SpcBounds.None.ToString());
    }
}
