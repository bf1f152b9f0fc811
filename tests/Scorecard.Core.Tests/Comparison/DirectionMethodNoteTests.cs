using Scorecard.Core.Comparison;
using Scorecard.Core.Plans;

namespace Scorecard.Core.Tests.Comparison;

public sealed class DirectionMethodNoteTests
{
    [Theory]
    [InlineData(DirectionMethodKind.Polarity, "Direction of travel by polarity: any change counts, and equal is Stable.")]
    [InlineData(DirectionMethodKind.IntervalOverlap, "Direction of travel by confidence intervals: a change counts only when the two 95% intervals do not overlap.")]
    [InlineData(DirectionMethodKind.ZTest, "Direction of travel by a two-proportion z-test: a change counts when it is significant at 5% (two-sided).")]
    [InlineData(DirectionMethodKind.PoissonRateRatio, "Direction of travel by a Poisson rate test: a change in a count counts when it is significant at 5% (two-sided).")]
    [InlineData(DirectionMethodKind.ToleranceBand, "Direction of travel by a tolerance band: a change within 2.5% of the previous value is Stable.")]
    [InlineData(DirectionMethodKind.Spc, "Direction of travel by statistical process control: a change counts when the latest month is a special cause on an XmR chart.")]
    public void Note_EachMethod_ReadsAsOneSentence(DirectionMethodKind kind, string expected)
    {
        var note = DirectionMethods.Note(DirectionMethods.For(IndicatorWith(kind)).Name);

        Assert.Equal(expected, note);
    }

    [Fact]
    public void Note_EveryMethodKind_HasOneColon()
    {
        foreach (var kind in Enum.GetValues<DirectionMethodKind>())
        {
            var note = DirectionMethods.Note(DirectionMethods.For(IndicatorWith(kind)).Name);

            Assert.True(note.Count(character => character == ':') == 1, $"{kind}: {note}");
        }
    }

    private static Indicator IndicatorWith(DirectionMethodKind kind) =>
        new("test", "Test indicator", [], Unit.Count, Polarity.LowerIsBetter, new AsbCountMeasure(), true, kind) { TolerancePercent = 2.5 };
}
