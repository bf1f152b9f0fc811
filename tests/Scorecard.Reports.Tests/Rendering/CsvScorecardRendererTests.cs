using System.Text;
using Scorecard.Core.Scorecards;
using Scorecard.Reports.Rendering;

namespace Scorecard.Reports.Tests.Rendering;

public class CsvScorecardRendererTests
{
    private static readonly string Csv = Render(TestReports.Essex());
    private static readonly List<List<string>> Records = ParseRfc4180(Csv);

    private static readonly string[] ExpectedHeader =
    [
        "priority", "indicator id", "indicator", "footnotes", "unit", "polarity",
        "12 months to Dec 2019", "12 months to May 2023", "12 months to May 2024",
        "Number Difference 2023/24", "% Difference 2023/24", "Direction of Travel 2023/24", "notes",
    ];

    [Fact]
    public void Render_HeaderUsesGeneratedLabels()
    {
        Assert.Equal(ExpectedHeader, Records[0]);
    }

    [Fact]
    public void Render_OneRecordPerIndicatorAfterHeader()
    {
        Assert.Equal(12, Records.Count);
    }

    [Fact]
    public void Render_EveryRecordHasEveryColumn()
    {
        Assert.All(Records, record => Assert.Equal(ExpectedHeader.Length, record.Count));
    }

    [Fact]
    public void Render_IndicatorsInPublishedOrder()
    {
        Assert.Equal(
            ["all-crime", "harm-score", "homicides", "calls-abandoned", "wait-time", "drug-homicides", "knife-crime", "ocg-disruptions", "children", "investigation-days", "dog-thefts-solved"],
            Records.Skip(1).Select(record => record[1]));
    }

    [Fact]
    public void Render_AllCrimeRecordWithoutThousandsSeparators()
    {
        Assert.Equal(
            ["Priority 1 - Further investment in crime prevention", "all-crime", "Number of all crime offences", "", "count", "lower is better",
             "168218", "161421", "150319", "-11102", "-6.9", "Improving", ""],
            Record("all-crime"));
    }

    [Fact]
    public void Render_PercentageRecordRoundedAsDisplayed()
    {
        Assert.Equal(["34.0", "35.7", "27.3", "-8.5", "-"], Record("calls-abandoned")[6..11]);
    }

    [Fact]
    public void Render_DurationRecordAsMinutesAndSeconds()
    {
        Assert.Equal(["duration (mm:ss)", "lower is better", "07:00", "10:14", "08:38", "-01:36", "-"], Record("wait-time")[4..11]);
    }

    [Fact]
    public void Render_FootnotesListedInOneField()
    {
        Assert.Equal("2, 6", Record("drug-homicides")[3]);
    }

    [Fact]
    public void Render_SuppressedPercentDifferenceIsDash()
    {
        Assert.Equal("-", Record("drug-homicides")[10]);
    }

    [Fact]
    public void Render_NotAvailableValueIsEmptyCell()
    {
        Assert.Equal("", Record("knife-crime")[6]);
    }

    [Fact]
    public void Render_NotAvailableValueNoteInNotesColumn()
    {
        Assert.Equal("a: " + TestReports.MissingBaselineNote, Record("knife-crime")[12]);
    }

    [Fact]
    public void Render_NotAvailableCurrent_DashesAndNa()
    {
        Assert.Equal(["5259", "6020", "", "-", "-", "n/a", "b: " + TestReports.MissingCurrentNote], Record("children")[6..]);
    }

    [Fact]
    public void Render_SpecialCharactersKeptLiterally()
    {
        Assert.Equal(TestReports.ChildrenLabel, Record("children")[2]);
    }

    [Fact]
    public void Render_HigherIsBetterPolarity()
    {
        Assert.Equal("higher is better", Record("ocg-disruptions")[5]);
    }

    [Fact]
    public void Render_StableCountShowsZeroDifference()
    {
        // 3 -> 3 dog thefts solved: difference 0, % difference 0 / 3 x 100 = 0.0, Stable.
        Assert.Equal(["0", "0.0", "Stable"], Record("dog-thefts-solved")[9..12]);
    }

    [Fact]
    public void Render_PriorityRepeatedOnEveryRecord()
    {
        Assert.Equal("Priority 2 - Reducing drug driven violence", Record("ocg-disruptions")[0]);
    }

    [Fact]
    public void Render_EveryLineEndsWithCrLf()
    {
        var withoutCrLf = Csv.Replace("\r\n", "", StringComparison.Ordinal);

        Assert.DoesNotContain('\n', withoutCrLf);
        Assert.DoesNotContain('\r', withoutCrLf);
        Assert.EndsWith("\r\n", Csv);
    }

    [Fact]
    public void Render_FieldWithCommaAndQuoteParsedBack()
    {
        const string label = "Offences, \"serious\" only";
        var records = ParseRfc4180(Render(TestReports.SingleRow(label)));

        Assert.Equal(label, records[1][2]);
    }

    [Fact]
    public void Render_FieldWithCommaQuoted()
    {
        var csv = Render(TestReports.SingleRow("Offences, \"serious\" only"));

        Assert.Contains(",\"Offences, \"\"serious\"\" only\",", csv);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.invalid\")")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    public void Render_FormulaLikeLabelPrefixedWithApostrophe(string label)
    {
        var records = ParseRfc4180(Render(TestReports.SingleRow(label)));

        Assert.Equal("'" + label, records[1][2]);
    }

    [Fact]
    public void Render_NegativeFiguresNotPrefixed()
    {
        var records = ParseRfc4180(Render(TestReports.SingleRow("Offences", 100, 90, 80)));

        Assert.Equal("-10", records[1][9]);
    }

    private List<string> Record(string indicatorId) => Records.Single(record => record[1] == indicatorId);

    private static string Render(ScorecardReport report)
    {
        var writer = new StringWriter();
        new CsvScorecardRenderer().Render(report, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Parses CSV by RFC 4180: records end in CRLF, fields are separated by commas, a quoted field
    /// may contain commas, CRLF and doubled quotes. Anything else fails the test.
    /// </summary>
    private static List<List<string>> ParseRfc4180(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "A quoted field is not closed.");
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }

            while (i < text.Length && text[i] != ',' && text[i] != '\r')
            {
                Assert.NotEqual('"', text[i]);
                Assert.NotEqual('\n', text[i]);
                field.Append(text[i++]);
            }

            record.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            Assert.True(i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n', $"Record {records.Count + 1} does not end in CRLF.");
            i += 2;
            records.Add(record);
            record = [];
        }

        return records;
    }
}
