using Scorecard.Reports.Audit;

namespace Scorecard.Reports.Tests.Audit;

public class PublishedNumberTests
{
    [Theory]
    [InlineData("168,218", 168218, 0)]
    [InlineData("-11,102", -11102, 0)]
    [InlineData("+4,604", 4604, 0)]
    [InlineData("13.8", 13.8, 1)]
    [InlineData("34.0", 34.0, 1)]
    [InlineData("-0.5", -0.5, 1)]
    [InlineData("\u22128.5", -8.5, 1)]
    [InlineData("35.7%", 35.7, 1)]
    [InlineData(" 60 ", 60, 0)]
    public void TryParse_Figure_ReadsValueAndDecimals(string text, double value, int decimals)
    {
        Assert.True(PublishedNumber.TryParse(text, out var number));
        Assert.Equal((decimal)value, number.Value);
        Assert.Equal(decimals, number.Decimals);
        Assert.False(number.IsDuration);
    }

    // 10:14 is 10 x 60 + 14 = 614 s; 1:02:03 is 3,600 + 120 + 3 = 3,723 s.
    [Theory]
    [InlineData("07:00", 420)]
    [InlineData("10:14", 614)]
    [InlineData("-01:36", -96)]
    [InlineData("1:02:03", 3723)]
    public void TryParse_Duration_ReadsSeconds(string text, int seconds)
    {
        Assert.True(PublishedNumber.TryParse(text, out var number));
        Assert.Equal(seconds, number.Value);
        Assert.True(number.IsDuration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("Victims")]
    [InlineData("1,23")]
    [InlineData("12,3456")]
    [InlineData("10:75")]
    [InlineData("36,9S2")]
    [InlineData("1.2.3")]
    public void TryParse_NotAFigure_ReturnsFalse(string text)
    {
        Assert.False(PublishedNumber.TryParse(text, out _));
    }

    [Theory]
    [InlineData("35.7", 0.05)]
    [InlineData("1,517", 0.5)]
    [InlineData("0.25", 0.005)]
    [InlineData("08:38", 0.5)]
    public void HalfUnit_IsHalfTheLastDigit(string text, double halfUnit)
    {
        PublishedNumber.TryParse(text, out var number);

        Assert.Equal((decimal)halfUnit, number.HalfUnit);
    }

    [Theory]
    [InlineData("-11,102", -11102.4, "-11,102")]
    [InlineData("-8.5", -8.4, "-8.4")]
    [InlineData("-01:36", -96, "-01:36")]
    [InlineData("3", -1114, "-1,114")]
    [InlineData("21.4", 21.45, "21.5")]
    public void FormatLike_UsesPublishedStyle(string published, double value, string expected)
    {
        PublishedNumber.TryParse(published, out var number);

        Assert.Equal(expected, number.FormatLike((decimal)value));
    }
}
