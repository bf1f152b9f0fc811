using System.Globalization;
using Scorecard.Core.Spc;

namespace Scorecard.Core.Tests.Spc;

public class TruncatedLimitsNoteTest
{
    private static string OneDecimal(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    // Adding 0.0 turns a rounded -0 into 0, as the report formatters do.
    private static string Whole(double value) => (Math.Round(value) + 0.0).ToString("0", CultureInfo.InvariantCulture);

    [Fact]
    public void Describe_LowerTruncated_OneSentence()
    {
        // Centre 1, mean moving range 12 / 7: limits -3.56 to 5.56.
        var limits = new XmrLimits(1, 12.0 / 7) { Bounds = new SpcBounds(0, null) };

        Assert.Equal(["Lower process limit truncated at 0.0 (calculated -3.6)."], TruncatedLimitsNote.Describe(limits, OneDecimal));
    }

    [Fact]
    public void Describe_BothTruncated_LowerFirst()
    {
        // Centre 50, mean moving range 20: limits -3.2 to 103.2.
        var limits = new XmrLimits(50, 20) { Bounds = new SpcBounds(0, 100) };

        Assert.Equal(
            ["Lower process limit truncated at 0.0 (calculated -3.2).", "Upper process limit truncated at 100.0 (calculated 103.2)."],
            TruncatedLimitsNote.Describe(limits, OneDecimal));
    }

    [Fact]
    public void Describe_NotTruncated_Empty()
    {
        // Centre 10, mean moving range 3: limits 2.02 to 17.98, inside 0 to 100.
        Assert.Empty(TruncatedLimitsNote.Describe(new XmrLimits(10, 3) { Bounds = new SpcBounds(0, 100) }, OneDecimal));
    }

    [Fact]
    public void Describe_CalculatedFormatsAsBound_JustBelow()
    {
        // Centre 1, mean moving range 0.4: lower limit 1 - 1.064 = -0.064, which rounds to 0.
        var limits = new XmrLimits(1, 0.4) { Bounds = new SpcBounds(0, null) };

        Assert.Equal(["Lower process limit truncated at 0 (calculated just below 0)."], TruncatedLimitsNote.Describe(limits, Whole));
    }

    [Fact]
    public void Describe_Segment_NamedAfterLimit()
    {
        var limits = new XmrLimits(1, 12.0 / 7) { Bounds = new SpcBounds(0, null) };

        Assert.Equal(
            ["Lower process limit for Apr 2020 to Nov 2020 truncated at 0.0 (calculated -3.6)."],
            TruncatedLimitsNote.Describe(limits, OneDecimal, "Apr 2020 to Nov 2020"));
    }
}
