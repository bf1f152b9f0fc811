using Scorecard.Core.Comparison;
using Scorecard.Core.Plans;

namespace Scorecard.Core.Tests.Comparison;

public sealed class PolarityDirectionMethodTests
{
    private readonly PolarityDirectionMethod _method = new();

    [Theory]
    [InlineData(54, 44, Polarity.LowerIsBetter, Direction.Improving)]
    [InlineData(14, 17, Polarity.LowerIsBetter, Direction.Deteriorating)]
    [InlineData(421, 403, Polarity.HigherIsBetter, Direction.Deteriorating)]
    [InlineData(145, 181, Polarity.HigherIsBetter, Direction.Improving)]
    [InlineData(3, 3, Polarity.HigherIsBetter, Direction.Stable)]
    [InlineData(3, 3, Polarity.LowerIsBetter, Direction.Stable)]
    public void Decide_AnyChangeCounts(double previous, double current, Polarity polarity, Direction expected)
    {
        Assert.Equal(expected, _method.Decide(previous, current, polarity));
    }

    [Fact]
    public void Decide_TinyChange_StillCounts()
    {
        Assert.Equal(Direction.Deteriorating, _method.Decide(10.0, 10.000001, Polarity.LowerIsBetter));
    }

    [Fact]
    public void Decide_ValueMissing_IsNotAvailable()
    {
        Assert.Equal(Direction.NotAvailable, _method.Decide(null, 3, Polarity.LowerIsBetter));
        Assert.Equal(Direction.NotAvailable, _method.Decide(3, null, Polarity.LowerIsBetter));
    }
}
