using Scorecard.Reports.Audit.Reading;

namespace Scorecard.Reports.Tests.Audit;

public class XlsxNumberFormatTests
{
    // 614 s is 614 / 86,400 of a day; mm:ss shows 10:14.
    [Theory]
    [InlineData(168218.0, "#,##0", "168,218")]
    [InlineData(35.6834, "0.0", "35.7")]
    [InlineData(34.0, "0.0", "34.0")]
    [InlineData(0.357, "0.0%", "35.7%")]
    [InlineData(-11102.0, "#,##0;[Red]-#,##0", "-11,102")]
    [InlineData(614.0 / 86400, "mm:ss", "10:14")]
    [InlineData(3723.0 / 86400, "[h]:mm:ss", "1:02:03")]
    [InlineData(13.8, null, "13.8")]
    [InlineData(35.700000000000003, "General", "35.7")]
    [InlineData(12.459, "\"£\"0.0", "12.5")]
    public void Format_Value_MatchesExcelDisplay(double value, string? format, string shown)
    {
        Assert.Equal(shown, XlsxNumberFormat.Format(value, format));
    }
}
