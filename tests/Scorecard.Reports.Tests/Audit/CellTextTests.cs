using Scorecard.Reports.Audit;

namespace Scorecard.Reports.Tests.Audit;

public class CellTextTests
{
    [Theory]
    [InlineData("Number of homicides <sup>2</sup>", "Number of homicides", "2")]
    [InlineData("Number of offences with a repeat victim <sup>20</sup>", "Number of offences with a repeat victim", "20")]
    [InlineData("<i>Confidence Interval</i> <sup>5</sup>", "Confidence Interval", "5")]
    [InlineData("Number of homicides<SUP class=\"fn\">1, 3</SUP>", "Number of homicides", "1|3")]
    [InlineData("Number of dog thefts\u00b9\u00b2", "Number of dog thefts", "12")]
    [InlineData("Stalking &amp; Harassment", "Stalking & Harassment", "")]
    [InlineData("Stalking & Harassment", "Stalking & Harassment", "")]
    [InlineData("Repeat<br/>victims\u00a0of DA", "Repeat victims of DA", "")]
    [InlineData("  168,218 ", "168,218", "")]
    public void Clean_Cell_SplitsTextAndFootnotes(string raw, string text, string footnotes)
    {
        var clean = CellText.Clean(raw);

        Assert.Equal(text, clean.Text);
        Assert.Equal(footnotes, string.Join("|", clean.Footnotes));
    }
}
