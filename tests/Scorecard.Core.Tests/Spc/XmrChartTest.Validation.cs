using Scorecard.Core.Spc;
using Scorecard.Core.Time;
using static Scorecard.Core.Tests.Spc.SpcTestData;

namespace Scorecard.Core.Tests.Spc;

public partial class XmrChartTest
{
    [Fact]
    public void Calculate_MonthsOutOfOrder_Throws()
    {
        SpcPoint[] points = [new(Month(1), 10), new(Month(0), 12)];

        var error = Assert.Throws<ArgumentException>(() => Calculate(points));

        Assert.Equal("points[1] is 2019-01, not after points[0] (2019-02); give each month once, in increasing order. (Parameter 'points')", error.Message);
    }

    [Fact]
    public void Calculate_RepeatedMonth_Throws()
    {
        SpcPoint[] points = [new(Month(0), 10), new(Month(0), 12)];

        Assert.Throws<ArgumentException>(() => Calculate(points));
    }

    [Fact]
    public void Calculate_NaNValue_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Calculate(Monthly(10, double.NaN)));

        Assert.StartsWith("points[1] (2019-02) has the value NaN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_RebaseAtFirstMonth_Throws()
    {
        var options = XmrOptions.Default with { Rebases = [new SpcRebase(Month(0), "Start")] };

        var error = Assert.Throws<ArgumentException>(() => Calculate(Monthly(10, 12, 11), options));

        Assert.StartsWith("The rebase month 2019-01 is not a month of the series after its first (2019-01)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_RebaseAfterLastMonth_Throws()
    {
        var options = XmrOptions.Default with { Rebases = [new SpcRebase(new ReportMonth(2020, 1), "Later")] };

        Assert.Throws<ArgumentException>(() => Calculate(Monthly(10, 12, 11), options));
    }

    [Fact]
    public void Calculate_RebaseTwice_Throws()
    {
        var options = XmrOptions.Default with { Rebases = [new SpcRebase(Month(1), "One"), new SpcRebase(Month(1), "Two")] };

        var error = Assert.Throws<ArgumentException>(() => Calculate(Monthly(10, 12, 11), options));

        Assert.StartsWith("The rebase month 2019-02 is given twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_InfiniteTarget_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculate(Monthly(10, 12), target: double.PositiveInfinity));
    }

    [Fact]
    public void Rebase_BlankReason_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SpcRebase(Month(1), " "));
    }

    [Fact]
    public void Options_ShiftLengthFour_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => XmrOptions.Default with { ShiftLength = 4 });

        Assert.StartsWith("ShiftLength is 4 but must be between 5 and 10 inclusive.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_BaselineOfOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => XmrOptions.Default with { BaselinePoints = 1 });
    }
}
